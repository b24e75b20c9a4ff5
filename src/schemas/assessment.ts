/**
 * The self-check's export file (and saved state): its zod schema, from which the published JSON
 * Schema (`/assessment.schema.json`) is generated. The browser decodes with the hand-written
 * `decodeAssessment` (src/lib/assessment.ts), which tests check against this schema.
 */
import { z } from 'astro/zod';
import { ANSWER_VALUES } from '../lib/answers';
import { ASSESSMENT_FORMAT, ASSESSMENT_FORMAT_VERSION } from '../lib/assessment';

export const AssessmentFileSchema = z
	.object({
		format: z.literal(ASSESSMENT_FORMAT).describe('Always "mlops-atlas-assessment".'),
		formatVersion: z
			.literal(ASSESSMENT_FORMAT_VERSION)
			.describe('The version of this file format.'),
		questionSet: z
			.string()
			.max(64)
			.describe('The version of the question set the answers were given to, e.g. "q30-1a2b3c4d".'),
		updated: z.iso.datetime().describe('When the answers last changed (ISO 8601).'),
		answers: z
			.record(
				z
					.string()
					.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
					.max(80),
				z.enum(ANSWER_VALUES)
			)
			.describe(
				'Answers keyed by practice id (or "theme-<id>" for AI Adoption themes). A missing key means "not answered".'
			),
		targets: z
			.record(
				z
					.string()
					.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
					.max(80),
				z.number().int().min(0).max(9)
			)
			.optional()
			.describe('Target level per framework id.'),
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
