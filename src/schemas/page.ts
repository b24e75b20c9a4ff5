/**
 * Extra docs frontmatter merged into Starlight's schema. A page is a framework page when it has
 * a `framework` key and a practice page when it has a `practice` key; plain pages have neither.
 * Nesting (instead of a flat union on `type`) keeps zod's error paths precise, e.g.
 * `framework.levels.2.name`.
 */
import { z } from 'astro/zod';
import { FrameworkSchema } from './framework';
import { GlossarySchema } from './glossary';
import { PracticeSchema } from './practice';

export const PageExtensionSchema = z
	.object({
		framework: FrameworkSchema.optional(),
		practice: PracticeSchema.optional(),
		/**
		 * `wide`: the page drops the table of contents and uses the whole width, for side-by-side
		 * tables (compare, crosswalk) and the self-check's questions beside their results.
		 */
		width: z.enum(['normal', 'wide']).default('normal'),
		/** Only on the glossary page: its terms. */
		glossary: GlossarySchema.optional(),
	})
	.refine((page) => !(page.framework && page.practice), {
		message: 'a page is either a framework page or a practice page, not both',
	});
