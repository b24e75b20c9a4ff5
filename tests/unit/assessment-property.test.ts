/**
 * Property tests for the self-check's decoders: whatever a link, file or stored value holds,
 * decoding never throws, never keeps an answer that does not fit its question, and agrees with
 * the published zod schema on valid files.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ANSWER_VALUES } from '~/lib/answers';
import {
	decodeAssessment,
	encodeAssessment,
	questionSetVersion,
	type Question,
} from '~/lib/assessment';
import { decodeShareFragment, encodeShareFragment } from '~/lib/share-link';
import { AssessmentFileSchema } from '~/schemas/assessment';

const questions: Question[] = [
	{ id: 'model-registry', answer: 'binary' },
	{ id: 'training-pipeline', answer: 'automation' },
	{ id: 'theme-learn', answer: 'choice' },
];
const version = questionSetVersion(questions);
const targets = { 'microsoft-mlops': [0, 1, 2, 3, 4] };
/** A few thousand inputs per property: enough to find the shapes that matter, fast on a slow machine. */
const RUNS = 3000;
/** Each property needs well under 2 s here; the limit leaves room for a busy machine. */
const TIME_LIMIT = 60_000;

/** The decoded result keeps only answers valid for their question. */
function onlyValidAnswers(result: ReturnType<typeof decodeAssessment>): boolean {
	if (!result.ok) return typeof result.error === 'string' && result.error.length > 0;
	return Object.entries(result.assessment.answers).every(([id, value]) => {
		const q = questions.find((x) => x.id === id);
		return q !== undefined && ANSWER_VALUES.includes(value);
	});
}

const idLike = fc.oneof(
	fc.constantFrom(
		...questions.map((q) => q.id),
		'__proto__',
		'constructor',
		'toString',
		'<script>alert(1)</script>'
	),
	fc.string()
);
const valueLike = fc.oneof(
	fc.constantFrom(...ANSWER_VALUES),
	fc.string(),
	fc.integer(),
	fc.boolean(),
	fc.constant(null),
	fc.object()
);
const nearlyValid = fc.record(
	{
		format: fc.oneof(fc.constant('mlops-atlas-assessment'), fc.string()),
		formatVersion: fc.oneof(fc.constant(1), fc.integer(), fc.string()),
		questionSet: fc.oneof(fc.constant(version), fc.string(), fc.integer()),
		updated: fc.oneof(
			fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
			fc.string()
		),
		answers: fc.oneof(fc.dictionary(idLike, valueLike), fc.array(valueLike), fc.string()),
		targets: fc.oneof(
			fc.dictionary(
				fc.oneof(fc.constant('microsoft-mlops'), fc.string()),
				fc.oneof(fc.integer(), fc.string())
			),
			fc.constant(undefined)
		),
	},
	{ requiredKeys: [] }
);

describe('decodeAssessment never throws', () => {
	test(
		'on any string',
		() => {
			fc.assert(
				fc.property(fc.string({ maxLength: 2000 }), (input) =>
					onlyValidAnswers(decodeAssessment(input, questions, version, targets))
				),
				{ numRuns: RUNS }
			);
		},
		TIME_LIMIT
	);

	test(
		'on any JSON value',
		() => {
			fc.assert(
				fc.property(fc.jsonValue(), (value) =>
					onlyValidAnswers(decodeAssessment(JSON.stringify(value), questions, version, targets))
				),
				{ numRuns: RUNS }
			);
		},
		TIME_LIMIT
	);

	test(
		'on nearly valid assessments (hostile keys, wrong types, unknown versions)',
		() => {
			fc.assert(
				fc.property(nearlyValid, (value) =>
					onlyValidAnswers(decodeAssessment(JSON.stringify(value), questions, version, targets))
				),
				{ numRuns: RUNS }
			);
		},
		TIME_LIMIT
	);

	test(
		'on truncations of a valid assessment',
		() => {
			const valid = JSON.stringify(
				encodeAssessment(version, { 'model-registry': 'yes', 'training-pipeline': 'manual' })
			);
			fc.assert(
				fc.property(fc.nat({ max: valid.length }), (cut) =>
					onlyValidAnswers(decodeAssessment(valid.slice(0, cut), questions, version))
				),
				{ numRuns: RUNS }
			);
		},
		TIME_LIMIT
	);
});

describe('decodeShareFragment never throws', () => {
	test(
		'on any fragment',
		() => {
			fc.assert(
				fc.property(
					fc.oneof(
						fc.string(),
						fc.string().map((s) => `check=${s}`),
						fc.base64String().map((s) => `#check=${s}`)
					),
					(fragment) => {
						const result = decodeShareFragment(fragment, questions, version, targets);
						return result === undefined || onlyValidAnswers(result);
					}
				),
				{ numRuns: RUNS }
			);
		},
		TIME_LIMIT
	);
});

describe('round trips and agreement with the schema', () => {
	const answersArb = fc.record(
		{
			'model-registry': fc.constantFrom('yes', 'no', 'na'),
			'training-pipeline': fc.constantFrom('not-yet', 'manual', 'automated', 'na'),
			'theme-learn': fc.constantFrom('phase-1', 'phase-2', 'phase-3'),
		},
		{ requiredKeys: [] }
	);
	const targetArb = fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined });

	test(
		'a shared link decodes to the same answers and targets',
		() => {
			fc.assert(
				fc.property(answersArb, targetArb, (answers, target) => {
					const assessment = encodeAssessment(version, answers, new Date(0), {
						'microsoft-mlops': target,
					});
					const decoded = decodeShareFragment(
						`#${encodeShareFragment(assessment)}`,
						questions,
						version,
						targets
					);
					expect(decoded).toMatchObject({ ok: true, dropped: [] });
					expect(decoded!.ok && decoded!.assessment).toEqual(assessment);
				}),
				{ numRuns: RUNS }
			);
		},
		TIME_LIMIT
	);

	test(
		'every assessment the site writes is valid under the published schema',
		() => {
			fc.assert(
				fc.property(
					answersArb,
					targetArb,
					fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }),
					(answers, target, when) => {
						expect(
							AssessmentFileSchema.safeParse(
								encodeAssessment(version, answers, when, { 'microsoft-mlops': target })
							).success
						).toBe(true);
					}
				),
				{ numRuns: RUNS }
			);
		},
		TIME_LIMIT
	);

	test(
		'whatever the decoder accepts and re-encodes is valid under the schema',
		() => {
			fc.assert(
				fc.property(nearlyValid, (value) => {
					const decoded = decodeAssessment(JSON.stringify(value), questions, version, targets);
					if (decoded.ok)
						expect(AssessmentFileSchema.safeParse(decoded.assessment).success).toBe(true);
				}),
				{ numRuns: RUNS }
			);
		},
		TIME_LIMIT
	);
});

describe('hostile inputs, by hand', () => {
	test.each([
		{
			name: 'script tags as ids and values',
			input: JSON.stringify({
				format: 'mlops-atlas-assessment',
				formatVersion: 1,
				questionSet: '<script>',
				answers: {
					'<script>alert(1)</script>': '<img onerror=alert(1)>',
					'model-registry': '<b>yes</b>',
				},
			}),
			ok: true,
			kept: {},
		},
		{
			name: '__proto__ pollution',
			input:
				'{"format":"mlops-atlas-assessment","formatVersion":1,"questionSet":"x","answers":{"__proto__":{"admin":true},"model-registry":"yes"}}',
			ok: true,
			kept: { 'model-registry': 'yes' },
		},
		{
			name: 'wrong types everywhere',
			input: '{"format":"mlops-atlas-assessment","formatVersion":1,"questionSet":7,"answers":[]}',
			ok: false,
		},
		{
			name: 'an unknown version',
			input: '{"format":"mlops-atlas-assessment","formatVersion":"2","answers":{}}',
			ok: false,
		},
		{
			name: 'over 100 KB',
			input: `{"format":"mlops-atlas-assessment","pad":"${'x'.repeat(100_001)}"}`,
			ok: false,
		},
		{ name: 'deeply nested arrays', input: `${'['.repeat(5000)}${']'.repeat(5000)}`, ok: false },
		{
			name: 'a target outside the ladder',
			input:
				'{"format":"mlops-atlas-assessment","formatVersion":1,"questionSet":"x","answers":{},"targets":{"microsoft-mlops":99,"__proto__":1}}',
			ok: true,
			kept: {},
		},
	])('$name', ({ input, ok, kept }) => {
		const result = decodeAssessment(input, questions, version, targets);
		expect(result.ok).toBe(ok);
		if (result.ok) {
			expect(result.assessment.answers).toEqual(kept);
			expect(result.assessment.targets).toBeUndefined();
		}
		expect(({} as Record<string, unknown>).admin).toBeUndefined();
	});

	test.each([
		{ name: 'not base64', fragment: '#check=%%%', ok: false },
		{ name: 'empty', fragment: '#check=', ok: false },
		{ name: 'base64 of non-JSON', fragment: '#check=bm90IGpzb24', ok: false },
		{ name: '200,000 characters', fragment: `#check=${'A'.repeat(200_000)}`, ok: false },
		{ name: 'not a check link', fragment: '#something-else', ok: undefined },
	])('share fragment: $name', ({ fragment, ok }) => {
		const result = decodeShareFragment(fragment, questions, version, targets);
		expect(result?.ok).toBe(ok);
	});
});
