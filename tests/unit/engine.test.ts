/** The self-check engine: a model from content, one scorer per kind, one result shape. */
import { describe, expect, test } from 'vitest';
import { answerOptions, type Answers } from '~/lib/answers';
import {
	buildSelfCheckModel,
	clientContent,
	evaluateAll,
	itemQuestionId,
	type Result,
} from '~/lib/engine';
import { markdownReport } from '~/lib/report';
import { coverageText, evidenceText, remainingText, resultHeadline } from '~/lib/result-text';
import {
	fixtureLadder as ladder,
	fixturePractice as practice,
	realContent,
} from '../support/content';

const tiny = [
	practice('tracking', [{ framework: 'tiny-ladder', level: 1 }]),
	practice('registry', [{ framework: 'tiny-ladder', level: 1 }]),
	practice('pipeline', [{ framework: 'tiny-ladder', level: 2, minimum: 'automated' }], {
		answer: 'automation',
	}),
];
const tinyModel = buildSelfCheckModel([ladder], tiny);
const result = (results: Result[], id: string) => results.find((r) => r.id === id)!;

describe('a ladder framework added as content alone', () => {
	test('its practices become questions, and it gets a result and a place in the report', () => {
		expect(tinyModel.questions.map((q) => q.id)).toEqual(['tracking', 'registry', 'pipeline']);
		expect(evaluateAll(tinyModel, {}).map((r) => r.id)).toEqual(['tiny-ladder']);
		const answers = { tracking: 'yes', registry: 'yes' } as const;
		const report = markdownReport(tinyModel, evaluateAll(tinyModel, answers), answers, new Date(0));
		expect(report).toContain('- **Tiny**: Level 1 · Tracked; based on 2 of 3 questions');
		expect(report).toContain('1. **pipeline** (/practices/pipeline/): helps Tiny.');
	});

	test.each<{ name: string; answers: Answers; level: number | undefined; answered: number }>([
		{ name: 'nothing answered', answers: {}, level: undefined, answered: 0 },
		{ name: 'a level-1 practice missing', answers: { tracking: 'no' }, level: 0, answered: 1 },
		{
			name: 'level 1 in place',
			answers: { tracking: 'yes', registry: 'yes' },
			level: 1,
			answered: 2,
		},
		{
			name: 'level 2 done by hand, which is not enough',
			answers: { tracking: 'yes', registry: 'yes', pipeline: 'manual' },
			level: 1,
			answered: 3,
		},
		{
			name: 'level 2 automated',
			answers: { tracking: 'yes', registry: 'na', pipeline: 'automated' },
			level: 2,
			answered: 3,
		},
		{
			name: 'level 2 in place but a level-1 practice missing',
			answers: { tracking: 'no', registry: 'yes', pipeline: 'automated' },
			level: 0,
			answered: 3,
		},
	])('$name gives level $level', ({ answers, level, answered }) => {
		const r = evaluateAll(tinyModel, answers)[0]!;
		expect(r.level).toBe(level);
		expect(r.status).toBe(level === undefined ? 'pending' : 'scored');
		expect([r.answered, r.asked]).toEqual([answered, 3]);
	});

	test('"why" lists every practice in place at any level, and what blocks the next', () => {
		const r = evaluateAll(tinyModel, {
			tracking: 'yes',
			registry: 'no',
			pipeline: 'automated',
		})[0]!;
		expect(r.level).toBe(0);
		expect(r.inPlace.map((e) => [e.questionId, e.answer, e.where])).toEqual([
			['tracking', 'yes', 'Level 1'],
			['pipeline', 'automated', 'Level 2'],
		]);
		expect(r.blockers.map((e) => [e.questionId, e.answer])).toEqual([['registry', 'no']]);
	});

	test('an unanswered practice of the next level is a blocker, shown as unanswered', () => {
		const r = evaluateAll(tinyModel, { tracking: 'yes', registry: 'yes' })[0]!;
		expect(r.next).toEqual({ n: 2, name: 'Automated' });
		expect(r.blockers).toEqual([
			expect.objectContaining({ questionId: 'pipeline', answer: undefined, needsAutomation: true }),
		]);
	});
});

describe('the real content', () => {
	const { frameworks, practices } = realContent();
	const model = buildSelfCheckModel(frameworks, practices);
	const empty = evaluateAll(model, {});

	test('every framework has a result or a stated reason', () => {
		for (const fw of frameworks) {
			const own = empty.filter((r) => r.frameworkId === fw.id);
			expect(own.length, fw.id).toBeGreaterThan(0);
			for (const r of own) {
				if (r.status === 'no-verdict') expect(r.note, fw.id).toBeTruthy();
				else expect(r.asked, fw.id).toBeGreaterThan(0);
			}
		}
	});

	test('with no answer, no framework shows a level', () => {
		expect(empty.filter((r) => r.level !== undefined).map((r) => r.id)).toEqual([]);
		expect(new Set(empty.map((r) => r.status))).toEqual(new Set(['pending', 'no-verdict']));
	});

	test('question ids are unique, and items and themes are namespaced by framework', () => {
		const ids = model.questions.map((q) => q.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const q of model.questions.filter((q) => q.frameworkId && q.id !== q.frameworkId)) {
			expect(q.id.startsWith(`${q.frameworkId}:`)).toBe(true);
		}
	});

	test("the browser's model (the page fetches clientContent) asks and scores as the server's", () => {
		const slim = clientContent(model);
		const browser = buildSelfCheckModel(slim.frameworks, slim.practices);
		expect(browser.questionSet).toBe(model.questionSet);
		expect(browser.questions.map((q) => [q.id, q.answer, q.quick])).toEqual(
			model.questions.map((q) => [q.id, q.answer, q.quick])
		);
		// Every question's first option, then its last: the same results either way.
		for (const pick of [0, -1]) {
			const answers = Object.fromEntries(
				model.questions.map((q) => [q.id, (q.options ?? answerOptions(q.answer)).at(pick)!.value])
			);
			const levels = (m: typeof model) =>
				evaluateAll(m, answers).map((r) => [r.id, r.status, r.level, r.score]);
			expect(levels(browser)).toEqual(levels(model));
		}
		// Texts the page already shows, or fetches on need, are not in it.
		expect(slim.practices.every((p) => p.statement === '' && p.startManually === '')).toBe(true);
	});

	test('a rubric item answered directly counts, and its band follows the weakest section', () => {
		const rubric = frameworks.find((f) => f.kind === 'rubric')!;
		const answers: Record<string, 'automated'> = {};
		for (const item of rubric.items) answers[itemQuestionId(rubric.id, item.id)] = 'automated';
		const all = result(evaluateAll(model, answers), rubric.id);
		expect(all.score).toBe(7);
		expect(all.blockers).toEqual([]);
		const firstSection = rubric.sections[0]!.id;
		for (const item of rubric.items.filter((i) => i.section === firstSection))
			delete answers[itemQuestionId(rubric.id, item.id)];
		const weak = result(evaluateAll(model, answers), rubric.id);
		expect(weak.score).toBe(0);
		expect(weak.blockers.every((b) => b.where === rubric.sections[0]!.name)).toBe(true);
	});
});

describe('the words of a result', () => {
	const at = (answers: Answers) => evaluateAll(tinyModel, answers)[0]!;
	test.each([
		{ answers: {}, headline: 'Not enough answers yet', remaining: '' },
		{
			answers: { tracking: 'yes', registry: 'yes' },
			headline: 'Level 1 · Tracked',
			remaining: '1 question of the deep check is still unanswered.',
		},
		{
			answers: { tracking: 'yes', registry: 'yes', pipeline: 'automated' },
			headline: 'Level 2 · Automated',
			remaining: 'This is the top, and every question its rule uses is answered.',
		},
	] as const)('$headline', ({ answers, headline, remaining }) => {
		const r = at(answers);
		expect(resultHeadline(r)).toBe(headline);
		expect(remainingText(r)).toBe(remaining);
	});

	test('coverage names the counts and the framework', () => {
		expect(coverageText(at({ tracking: 'no' }))).toBe(
			"based on 1 of 3 questions Tiny's result depends on"
		);
	});

	test('evidence says the answer, where it counts, and what it still needs', () => {
		const r = at({ tracking: 'yes', registry: 'yes', pipeline: 'manual' });
		expect(r.blockers.map((e) => evidenceText(tinyModel, e))).toEqual([
			'pipeline (manually, needs it automated, Level 2)',
		]);
		expect(r.inPlace.map((e) => evidenceText(tinyModel, e))).toEqual([
			'tracking (yes, Level 1)',
			'registry (yes, Level 1)',
		]);
	});
});
