/**
 * The self-check's export file (and saved state): its zod schema, from which the published JSON
 * Schema (`/assessment.schema.json`) is generated. The browser decodes with the hand-written
 * `decodeAssessment` (src/lib/assessment.ts), which tests check against this schema.
 */
import { z } from 'astro/zod';
import { ANSWER_VALUES } from '../lib/answers';
import {
	ASSESSMENT_FORMAT,
	MAX_NAME_LENGTH,
	MAX_SNAPSHOTS,
	READABLE_FORMAT_VERSIONS,
} from '../lib/assessment';

const id = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
	.max(80);
const answers = z.record(id, z.enum(ANSWER_VALUES));
const targets = z.record(id, z.number().int().min(0).max(9));

export const AssessmentFileSchema = z
	.object({
		format: z.literal(ASSESSMENT_FORMAT).describe('Always "mlops-atlas-assessment".'),
		formatVersion: z
			.union(READABLE_FORMAT_VERSIONS.map((v) => z.literal(v)))
			.describe(
				'The version of this file format: 2 since snapshots; files of version 1 are still read.'
			),
		questionSet: z
			.string()
			.max(64)
			.describe('The version of the question set the answers were given to, e.g. "q30-1a2b3c4d".'),
		updated: z.iso.datetime().describe('When the answers last changed (ISO 8601).'),
		answers: answers.describe(
			'Answers keyed by practice id (or "theme-<id>" for AI Adoption themes). A missing key means "not answered".'
		),
		targets: targets.optional().describe('Target level per framework id.'),
		snapshots: z
			.array(
				z.object({
					id: z.string().min(1).max(100).describe('Unique among the snapshots of the file.'),
					name: z.string().max(MAX_NAME_LENGTH).optional().describe("The reader's name for it."),
					taken: z.iso.datetime().describe('When it was taken (ISO 8601).'),
					answers: answers.describe('The answers as they were then.'),
					targets: targets.optional().describe('The targets as they were then.'),
				})
			)
			.max(MAX_SNAPSHOTS)
			.optional()
			.describe('Version 2: dated copies of earlier answers ("Save a snapshot"), newest first.'),
	})
	.describe('An MLOps Maturity Atlas self-check, as exported from /self-check/.');

export type AssessmentFile = z.output<typeof AssessmentFileSchema>;

/** The JSON Schema of the export file, published with the site. */
export function assessmentJsonSchema(): Record<string, unknown> {
	return {
		...z.toJSONSchema(AssessmentFileSchema, { target: 'draft-2020-12' }),
		$id: '/assessment.schema.json',
		title: 'MLOps Maturity Atlas self-check',
	};
}
