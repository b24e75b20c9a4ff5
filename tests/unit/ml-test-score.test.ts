/** The ML Test Score through the engine's rubric rule, with the real frontmatter: points, section sums, the minimum, and the band edges. */
import { describe, expect, test } from 'vitest';
import type { AnswerValue } from '~/lib/answers';
import { buildSelfCheckModel, evaluateAll } from '~/lib/engine';
import { realContent } from '../support/content';

const mlts = realContent().frameworks.find((f) => f.id === 'ml-test-score')!;
const model = buildSelfCheckModel([mlts], []);
const SECTIONS = mlts.sections.map((s) => s.id);
const score = (answers: Record<string, unknown>) =>
	evaluateAll(model, answers as Record<string, AnswerValue>)[0]!;
/** The band (0 to 5) a final score falls in, through a rubric whose only section scores it. */
const bandOf = (final: number) => {
	const answers = answersFor({});
	for (const section of SECTIONS) {
		let left = final;
		for (let i = 1; i <= 7 && left > 0; i++, left -= left >= 1 ? 1 : 0.5)
			answers[`ml-test-score:${section}-${i}`] = left >= 1 ? 'automated' : 'manual';
	}
	return score(answers).level;
};

/** Answers giving each section a chosen number of automated and manual tests. */
function answersFor(
	perSection: Record<string, { automated?: number; manual?: number }>
): Record<string, AnswerValue> {
	const answers: Record<string, AnswerValue> = {};
	for (const section of SECTIONS) {
		const { automated = 0, manual = 0 } = perSection[section] ?? {};
		for (let i = 1; i <= 7; i++) {
			if (i <= automated) answers[`ml-test-score:${section}-${i}`] = 'automated';
			else if (i <= automated + manual) answers[`ml-test-score:${section}-${i}`] = 'manual';
			else answers[`ml-test-score:${section}-${i}`] = 'not-yet';
		}
	}
	return answers;
}
const every = (counts: { automated?: number; manual?: number }) =>
	Object.fromEntries(SECTIONS.map((s) => [s, counts]));

describe('bands: the six of the 2017 paper, from the framework page', () => {
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
	])('a final score of %d is band %d', (final, band) => expect(bandOf(final)).toBe(band));
});

describe('the ML Test Score rule', () => {
	test.each([
		{
			name: 'every test not done',
			answers: answersFor({}),
			sections: [0, 0, 0, 0],
			final: 0,
			band: 0,
		},
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
		const result = score(answers);
		expect(result.parts!.map((p) => p.score)).toEqual(sections);
		expect(result.score).toBe(final);
		expect(result.level).toBe(band);
	});

	test('nothing answered gives no score yet', () => {
		expect(score({})).toMatchObject({ status: 'pending', answered: 0, asked: 28 });
		expect(score({}).level).toBeUndefined();
	});

	test('ignores unknown tests, unknown answers and prototype keys', () => {
		const answers = JSON.parse(
			'{"__proto__": "automated", "ml-test-score:data-1": "sometimes", "elsewhere": "automated", "ml-test-score:model-1": "automated"}'
		);
		const result = score(answers);
		expect(result.score).toBe(0);
		expect(result.parts!.find((p) => p.id === 'model')!.score).toBe(1);
		expect(result.parts!.find((p) => p.id === 'data')!.score).toBe(0);
	});

	test('reports the weakest sections and how many tests are answered', () => {
		const result = score({ 'ml-test-score:data-1': 'manual', 'ml-test-score:model-1': 'manual' });
		expect(result.parts!.filter((p) => p.weakest).map((p) => p.id)).toEqual(['infra', 'monitor']);
		expect(result.answered).toBe(2);
	});
});
