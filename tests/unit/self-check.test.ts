/** The quick self-check's evaluation: every framework's rule, targets, estimates and next steps. */
import { describe, expect, test } from 'vitest';
import type { Answers } from '~/lib/answers';
import { plainText, sectionText } from '~/lib/markdown-text';
import { evaluate, practiceValue, type CheckPractice, type SelfCheckModel } from '~/lib/self-check';

const practice = (
	id: string,
	answer: 'binary' | 'automation',
	mappings: CheckPractice['mappings'],
	dependsOn: string[] = [],
	dimension = 'testing'
): CheckPractice => ({
	id,
	title: id.toUpperCase(),
	statement: `${id} is in place.`,
	answer,
	mappings,
	dependsOn,
	dimension,
	startManually: `Do ${id} by hand.`,
});

const model: SelfCheckModel = {
	questionSet: 'q-test',
	practices: [
		practice('vcs', 'binary', [
			{ framework: 'ms', level: 1 },
			{ framework: 'aws', level: 1 },
			{ framework: 'marv', item: 's-1' },
		]),
		practice(
			'ci',
			'automation',
			[
				{ framework: 'ms', level: 1, minimum: 'automated' },
				{ framework: 'mlts', item: 'infra-3' },
			],
			['vcs']
		),
		practice(
			'train',
			'automation',
			[
				{ framework: 'ms', level: 2, minimum: 'automated' },
				{ framework: 'aws', level: 2 },
				{ framework: 'mlts', item: 'infra-1' },
			],
			['ci'],
			'training'
		),
		practice(
			'docs',
			'binary',
			[
				{ framework: 'marv', item: 's-2' },
				{ framework: 'aws', level: 1 },
			],
			[],
			'governance'
		),
	],
	ladders: [
		{
			id: 'ms',
			shortName: 'MS',
			levelTerm: 'Level',
			levels: [
				{ n: 0, name: 'None' },
				{ n: 1, name: 'One' },
				{ n: 2, name: 'Two' },
			],
		},
		{
			id: 'aws',
			shortName: 'AWS',
			levelTerm: 'Phase',
			levels: [
				{ n: 1, name: 'Initial' },
				{ n: 2, name: 'Repeatable' },
			],
		},
	],
	themes: {
		frameworkId: 'aaf',
		themes: [
			{ id: 'learn', name: 'Learn' },
			{ id: 'lead', name: 'Lead' },
		],
		phases: [
			{ n: 1, name: 'Tactical' },
			{ n: 2, name: 'Strategic' },
			{ n: 3, name: 'Transformational' },
		],
	},
	marvelous: { frameworkId: 'marv', baselineItems: ['s-1', 's-2', 's-3'] },
	mlTestScore: {
		frameworkId: 'mlts',
		tests: ['data', 'model', 'infra', 'monitor'].flatMap((s) =>
			[1, 2, 3].map((n) => ({ id: `${s}-${n}`, section: s }))
		),
		bands: [{ upTo: 0 }, { upTo: 1 }, { upTo: 2 }, { upTo: 3 }, { upTo: 5 }, {}],
	},
	dimensions: [
		{ id: 'testing', name: 'Testing' },
		{ id: 'training', name: 'Training' },
		{ id: 'governance', name: 'Governance' },
	],
};

describe('practiceValue', () => {
	test.each([
		['yes', 1],
		['automated', 1],
		['manual', 0.5],
		['no', 0],
		['not-yet', 0],
		[undefined, 0],
		['na', undefined],
	] as const)('%s → %s', (answer, value) => expect(practiceValue(answer)).toBe(value));
});

describe('evaluate: ladders', () => {
	test.each<{ name: string; answers: Answers; ms: number; aws: number }>([
		{ name: 'nothing answered', answers: {}, ms: 0, aws: 0 },
		{
			name: 'level 1 of each',
			answers: { vcs: 'yes', ci: 'automated', docs: 'yes' },
			ms: 1,
			aws: 1,
		},
		{
			name: 'manual CI does not reach an automated level',
			answers: { vcs: 'yes', ci: 'manual', docs: 'yes' },
			ms: 0,
			aws: 1,
		},
		{
			name: 'the top of both',
			answers: { vcs: 'yes', ci: 'automated', train: 'automated', docs: 'na' },
			ms: 2,
			aws: 2,
		},
	])('$name', ({ answers, ms, aws }) => {
		const [msOutcome, awsOutcome] = evaluate(model, answers).ladders;
		expect([msOutcome!.result.level, awsOutcome!.result.level]).toEqual([ms, aws]);
	});

	test.each<{ name: string; target?: number; gap: number; toward: string[] }>([
		{ name: 'without a target, the next level', target: undefined, gap: 0, toward: ['ci'] },
		{ name: 'a target two levels up', target: 2, gap: 2, toward: ['ci', 'train'] },
		{ name: 'a target already reached', target: 0, gap: 0, toward: ['ci'] },
		{ name: 'an impossible target is ignored', target: 9, gap: 0, toward: ['ci'] },
	])('targets: $name', ({ target, gap, toward }) => {
		const outcome = evaluate(model, { vcs: 'yes' }, { ms: target }).ladders[0]!;
		expect(outcome.gap).toBe(gap);
		expect(outcome.toward.map((v) => v.practiceId)).toEqual(toward);
		expect(outcome.target).toBe(target === 9 ? undefined : target);
	});
});

describe('evaluate: profiles and estimates', () => {
	test('AI Adoption phases per theme, unanswered as 0', () => {
		const themes = evaluate(model, { 'theme-learn': 'phase-2', 'theme-lead': 'yes' }).themes;
		expect(themes.map((t) => [t.id, t.phase, t.phaseName])).toEqual([
			['learn', 2, 'Strategic'],
			['lead', 0, 'Not answered'],
		]);
	});

	test.each<{ answers: Answers; covered: number; met: number }>([
		{ answers: {}, covered: 2, met: 0 },
		{ answers: { vcs: 'yes' }, covered: 2, met: 1 },
		{ answers: { vcs: 'yes', docs: 'na' }, covered: 2, met: 2 },
	])('Marvelous baseline estimate for $answers', ({ answers, covered, met }) => {
		expect(evaluate(model, answers).marvelous).toMatchObject({ covered, met, total: 3 });
	});

	test.each<{ answers: Answers; infra: number; estimate: number }>([
		{ answers: {}, infra: 0, estimate: 0 },
		{ answers: { ci: 'manual', train: 'automated' }, infra: 1.5, estimate: 0 },
	])('ML Test Score lower bound for $answers', ({ answers, infra, estimate }) => {
		const result = evaluate(model, answers).mlTestScore;
		expect(result.sections.infra).toBe(infra);
		expect(result.estimate).toBe(estimate);
		expect(result.coveredTests).toBe(2);
	});

	test('dimension profile: automated or yes 1, manually 0.5, N/A left out, unanswered counted', () => {
		const dims = evaluate(model, { vcs: 'yes', ci: 'manual', docs: 'na' }).dimensions;
		expect(dims.map((d) => [d.id, d.score, d.unanswered, d.notApplicable])).toEqual([
			['testing', 0.75, 0, 0],
			['training', 0, 1, 0],
			['governance', 0, 0, 1],
		]);
	});

	test('counts answered questions, themes included', () => {
		expect(
			evaluate(model, { vcs: 'yes', 'theme-learn': 'phase-1', stranger: 'yes' } as Answers)
		).toMatchObject({ answered: 2, total: 6 });
	});
});

describe('next steps', () => {
	test.each<{
		name: string;
		answers: Answers;
		targets?: Record<string, number>;
		expected: string[];
	}>([
		{
			name: 'dependencies come first, then what unlocks the most frameworks',
			answers: {},
			expected: ['VCS', 'CI', 'DOCS'],
		},
		{
			name: 'what blocks the next level of each framework',
			answers: { vcs: 'yes', docs: 'yes' },
			expected: ['CI', 'TRAIN'],
		},
		{
			name: 'without a target, only the next level',
			answers: { vcs: 'yes' },
			expected: ['CI', 'DOCS'],
		},
		{
			name: 'a target pulls in later levels, after their dependencies',
			answers: { vcs: 'yes' },
			targets: { ms: 2 },
			expected: ['CI', 'DOCS', 'TRAIN'],
		},
		{
			name: 'nothing when everything is reached',
			answers: { vcs: 'yes', ci: 'automated', train: 'automated', docs: 'yes' },
			expected: [],
		},
	])('$name', ({ answers, targets, expected }) => {
		expect(evaluate(model, answers, targets).nextSteps.map((s) => s.title)).toEqual(expected);
	});

	test('unmet dependencies are added as prerequisites, with the frameworks each step unlocks', () => {
		const steps = evaluate(
			model,
			{ vcs: 'yes', ci: 'not-yet', docs: 'yes' },
			{ ms: 2, aws: 2 }
		).nextSteps;
		expect(steps.map((s) => [s.practiceId, s.unlocks, s.prerequisite, s.needsAutomation])).toEqual([
			['ci', ['MS'], false, true],
			['train', ['MS', 'AWS'], false, true],
		]);
		expect(steps[0]!.startManually).toBe('Do ci by hand.');
	});
});

describe('sectionText', () => {
	const body =
		'## What it is\n\nA thing.\n\n## Start manually\n\nWrite a **runbook** and follow\nit [by hand](/x/).\n\nSecond paragraph.\n\n## Then automate\n';
	test.each([
		['Start manually', 'Write a runbook and follow it by hand.'],
		['What it is', 'A thing.'],
		['Missing', ''],
	])('%s', (heading, expected) => expect(sectionText(body, heading)).toBe(expected));
	test('plainText strips inline Markdown', () =>
		expect(plainText('Use `dvc` and _care_ with [links](/a/)')).toBe(
			'Use dvc and care with links'
		));
});

describe('markdownReport', () => {
	test('states levels, reasons and ordered next steps', async () => {
		const { markdownReport } = await import('~/lib/report');
		const answers: Answers = { vcs: 'yes', 'theme-learn': 'phase-2' };
		const report = markdownReport(
			model,
			evaluate(model, answers, { ms: 2 }),
			answers,
			new Date('2026-01-02T00:00:00Z'),
			'https://atlas.test'
		);
		expect(report).toContain('Generated by MLOps Maturity Atlas on 2026-01-02');
		expect(report).toContain('- **MS**: Level 0 · None (target: Level 2, 2 to go)');
		expect(report).toContain('- **AWS**: Not yet Initial');
		expect(report).toContain('- **AI Adoption, Learn**: Phase 2 · Strategic');
		expect(report).toMatch(/1\. \*\*CI\*\* \(https:\/\/atlas\.test\/practices\/ci\/\)/);
		expect(report).toContain('- CI: not answered (needs it automated)');
	});
});
