/** The ML Test Score, 2017 rules: points, section sums, the minimum, and the band edges. */
import { describe, expect, test } from 'vitest';
import type { AnswerValue } from '~/lib/answers';
import { SECTIONS, bandFor, mlTestScore, testPoints, type ScoredTest } from '~/lib/ml-test-score';
import { realContent } from '../support/content';

/** The bands as the framework page declares them: the one copy the calculator reads. */
const bands = realContent().frameworks.find((f) => f.id === 'ml-test-score')!.selfCheck.bands;

const tests: ScoredTest[] = SECTIONS.flatMap((section) =>
	Array.from({ length: 7 }, (_, i) => ({ id: `${section}-${i + 1}`, section }))
);

/** Answers giving each section a chosen number of automated and manual tests. */
function answersFor(
	perSection: Record<string, { automated?: number; manual?: number }>
): Record<string, AnswerValue> {
	const answers: Record<string, AnswerValue> = {};
	for (const section of SECTIONS) {
		const { automated = 0, manual = 0 } = perSection[section] ?? {};
		for (let i = 1; i <= 7; i++) {
			if (i <= automated) answers[`${section}-${i}`] = 'automated';
			else if (i <= automated + manual) answers[`${section}-${i}`] = 'manual';
		}
	}
	return answers;
}
const every = (counts: { automated?: number; manual?: number }) =>
	Object.fromEntries(SECTIONS.map((s) => [s, counts]));

describe('testPoints', () => {
	test.each([
		['automated', 1],
		['manual', 0.5],
		['not-yet', 0],
		[undefined, 0],
		['yes', 0],
		[42, 0],
	])('%s → %d', (answer, points) => expect(testPoints(answer)).toBe(points));
});

describe('bandFor: the six bands of the 2017 paper', () => {
	test.each([
		[0, 0],
		[0.5, 1],
		[1, 1],
		[1.5, 2],
		[2, 2],
		[2.5, 3],
		[3, 3],
		[3.5, 4],
		[5, 4],
		[5.5, 5],
		[7, 5],
		[Number.NaN, 0],
		[-1, 0],
	])('a final score of %d is band %d', (score, band) => expect(bandFor(score, bands)).toBe(band));
});

describe('mlTestScore', () => {
	test.each([
		{ name: 'nothing answered', answers: {}, sections: [0, 0, 0, 0], final: 0, band: 0 },
		{
			name: 'all 28 manual',
			answers: answersFor(every({ manual: 7 })),
			sections: [3.5, 3.5, 3.5, 3.5],
			final: 3.5,
			band: 4,
		},
		{
			name: 'all 28 automated',
			answers: answersFor(every({ automated: 7 })),
			sections: [7, 7, 7, 7],
			final: 7,
			band: 5,
		},
		{
			name: 'exactly 1 everywhere',
			answers: answersFor(every({ automated: 1 })),
			sections: [1, 1, 1, 1],
			final: 1,
			band: 1,
		},
		{
			name: 'exactly 2 everywhere',
			answers: answersFor(every({ manual: 4 })),
			sections: [2, 2, 2, 2],
			final: 2,
			band: 2,
		},
		{
			name: 'exactly 3 everywhere',
			answers: answersFor(every({ automated: 2, manual: 2 })),
			sections: [3, 3, 3, 3],
			final: 3,
			band: 3,
		},
		{
			name: 'exactly 5 everywhere',
			answers: answersFor(every({ automated: 4, manual: 2 })),
			sections: [5, 5, 5, 5],
			final: 5,
			band: 4,
		},
		{
			name: 'one empty section sets the final score to 0',
			answers: answersFor({
				data: { automated: 7 },
				model: { automated: 7 },
				infra: { automated: 7 },
			}),
			sections: [7, 7, 7, 0],
			final: 0,
			band: 0,
		},
		{
			name: 'the weakest section decides',
			answers: answersFor({
				data: { automated: 6 },
				model: { manual: 3 },
				infra: { automated: 5 },
				monitor: { automated: 4 },
			}),
			sections: [6, 1.5, 5, 4],
			final: 1.5,
			band: 2,
		},
	])('$name', ({ answers, sections, final, band }) => {
		const result = mlTestScore(tests, answers, bands);
		expect(SECTIONS.map((s) => result.sections[s])).toEqual(sections);
		expect(result.final).toBe(final);
		expect(result.band).toBe(band);
	});

	test('ignores unknown tests, unknown answers and prototype keys', () => {
		const answers = JSON.parse(
			'{"__proto__": "automated", "data-1": "sometimes", "elsewhere": "automated", "model-1": "automated"}'
		);
		const result = mlTestScore([...tests, { id: 'elsewhere', section: 'other' }], answers, bands);
		expect(result.final).toBe(0);
		expect(result.sections.model).toBe(1);
		expect(result.sections.data).toBe(0);
	});

	test('reports the weakest sections and how many tests are answered', () => {
		const result = mlTestScore(
			tests,
			answersFor({ data: { manual: 1 }, model: { manual: 1 } }),
			bands
		);
		expect(result.weakest).toEqual(['infra', 'monitor']);
		expect(result.answered).toBe(2);
	});
});
