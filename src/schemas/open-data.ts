/**
 * The atlas as data: the files `/data/frameworks.json` and `/data/practices.json` publish, and
 * their JSON Schemas, generated from the same zod schemas that check the content. Each entry is a
 * page's frontmatter block (`framework` or `practice`) with the page's title, description and
 * address added.
 */
import { z } from 'astro/zod';
import { FrameworkSchema } from './framework';
import { PracticeSchema } from './practice';

/** Bumped when a field is removed or changes meaning; new fields keep the version. */
export const OPEN_DATA_VERSION = 1;

const page = {
	/** The page's address on the site, relative to its root, e.g. `/frameworks/google-mlops/`. */
	url: z.string(),
	title: z.string(),
	description: z.string().optional(),
};

export const OpenFrameworksSchema = z.object({
	version: z.literal(OPEN_DATA_VERSION),
	frameworks: z.array(FrameworkSchema.extend(page)),
});
export const OpenPracticesSchema = z.object({
	version: z.literal(OPEN_DATA_VERSION),
	practices: z.array(PracticeSchema.extend(page)),
});

/** The data files and their schemas, by file name under `/data/`. */
export const OPEN_DATA_FILES = {
	frameworks: { schema: OpenFrameworksSchema, title: 'MLOps Maturity Atlas: frameworks' },
	practices: { schema: OpenPracticesSchema, title: 'MLOps Maturity Atlas: practices' },
} as const;
export type OpenDataFile = keyof typeof OPEN_DATA_FILES;

/** The JSON Schema (2020-12) of one data file. */
export function openDataJsonSchema(file: OpenDataFile): Record<string, unknown> {
	return {
		...z.toJSONSchema(OPEN_DATA_FILES[file].schema, { target: 'draft-2020-12', io: 'output' }),
		$id: `/data/${file}.schema.json`,
		title: OPEN_DATA_FILES[file].title,
	};
}
