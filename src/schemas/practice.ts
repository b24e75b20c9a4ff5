/** The frontmatter of a practice page: `content/docs/practices/<id>.md`, key `practice`. */
import { z } from 'astro/zod';
import { DimensionIdSchema, IdSchema } from './common';

/** How a practice is answered in the self-check. */
export const ANSWER_TYPES = ['binary', 'automation'] as const;

/** Where a practice counts in one framework: a level of a ladder or an item of a rubric. */
export const MappingSchema = z
	.object({
		/** The framework's id, e.g. `google-mlops`. */
		framework: IdSchema,
		/** A level number of a ladder framework. */
		level: z.number().int().min(0).optional(),
		/** An item id of a rubric or checklist framework. */
		item: IdSchema.optional(),
		/** For phase profiles (AI Adoption): the theme (a dimension id) the level applies to. */
		theme: IdSchema.optional(),
		/** For automation practices: the answer the level needs (default: manual is enough). */
		minimum: z.enum(['manual', 'automated']).optional(),
	})
	.refine((m) => (m.level === undefined) !== (m.item === undefined), {
		message: 'a mapping names exactly one of `level` or `item`',
	})
	.refine((m) => m.theme === undefined || m.level !== undefined, {
		message: 'a `theme` goes with a `level` (the phase of that theme)',
		path: ['theme'],
	});

export const PracticeSchema = z.object({
	/** Stable id, equal to the file name; never reused for another practice. */
	id: IdSchema,
	/** One checkable sentence, written as an observable fact. */
	statement: z.string().min(10),
	answer: z.enum(ANSWER_TYPES),
	dimension: DimensionIdSchema,
	mappings: z
		.array(MappingSchema)
		.min(1, 'a practice must map to at least one framework level or item'),
	/** Practices that must be in place first. */
	dependsOn: z.array(IdSchema).default([]),
	/** Whether the quick self-check asks this practice. */
	quickCheck: z.boolean().default(false),
	/** Other names readers search for, e.g. "CT" for continuous training. */
	aliases: z.array(z.string().min(1)).default([]),
});

export type Practice = z.output<typeof PracticeSchema>;
export type Mapping = z.output<typeof MappingSchema>;
export type AnswerType = Practice['answer'];
