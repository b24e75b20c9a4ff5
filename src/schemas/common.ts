/** Shapes shared by framework and practice frontmatter. */
import { z } from 'astro/zod';
import { DIMENSIONS, type DimensionId } from '../lib/dimensions';

/** A kebab-case identifier that stays stable once published, e.g. `microsoft-mlops`. */
export const IdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (lowercase letters, digits and dashes)');

/** A date as precise as the source allows: `2020`, `2020-06` or `2020-06-01`. */
export const PartialDateSchema = z
	.string()
	.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

/** A full calendar date, `YYYY-MM-DD`, for example when a source was last read. */
export const IsoDateSchema = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

/** A cited source with the date the site last read it. */
export const SourceSchema = z.object({
	/** Title of the cited document as its publisher gives it. */
	title: z.string().min(1),
	/** Where the source can be read. */
	url: z.url(),
	/** When the site last checked the source (YYYY-MM-DD). */
	accessed: IsoDateSchema,
	/** What this source is used for on the page, e.g. "secondary: publication date". */
	note: z.string().optional(),
});

/** The nine capability dimensions live in a zod-free module, so that browser code can use them. */
export { DIMENSIONS, type DimensionId };

export const DimensionIdSchema = z.enum(
	DIMENSIONS.map((d) => d.id) as [DimensionId, ...DimensionId[]]
);
