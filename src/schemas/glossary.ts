/** The glossary's terms: frontmatter key `glossary` of `content/docs/glossary.mdx`. */
import { z } from 'astro/zod';
import { IdSchema } from './common';

export const TermSchema = z.object({
	/** Anchor on the glossary page, e.g. `training-serving-skew`. */
	id: IdSchema,
	/** The term as written in prose, e.g. "training–serving skew". */
	term: z.string().min(1),
	/** Other spellings and abbreviations that also link to the term, e.g. "CT". */
	aliases: z.array(z.string().min(1)).default([]),
	/** One to three sentences in the site's own words. */
	definition: z.string().min(20),
});

export const GlossarySchema = z.array(TermSchema).min(1);
export type Term = z.output<typeof TermSchema>;
