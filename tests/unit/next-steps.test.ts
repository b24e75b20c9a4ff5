/** Next steps across every framework, the profile by dimension, and the Markdown report. */
import { describe, expect, test } from 'vitest';
import type { Answers } from '~/lib/answers';
import {
	buildSelfCheckModel,
	evaluateAll,
	type EngineFramework,
	type EnginePractice,
} from '~/lib/engine';
import { plainText, sectionText } from '~/lib/markdown-text';
import { dimensionProfile, nextSteps } from '~/lib/next-steps';
import { markdownReport } from '~/lib/report';

const base = {
	dimensions: [],
	sections: [],
	items: [],
	selfCheck: { aggregate: 'total' as const, bands: [], baselineSections: [] },
};
const ladder = (id: string, levelTerm: 'Level' | 'Phase', first: number): EngineFramework => ({
	...base,
	id,
	name: id,
	shortName: id.toUpperCase(),
	kind: 'ladder',
	levelTerm,
	levels: [first, first + 1, first + 2].map((n) => ({ n, name: `L${n}`, summary: '' })),
});
const practice = (
	id: string,
	answer: 'binary' | 'automation',
	mappings: EnginePractice['mappings'],
	dependsOn: string[] = [],
	dimension = 'testing'
): EnginePractice => ({
	id,
	title: id.toUpperCase(),
	statement: `${id} is in place.`,
	answer,
	dimension: dimension as EnginePractice['dimension'],
	dependsOn,
	quickCheck: true,
	startManually: `Do ${id} by hand.`,
	mappings,
});
// MS: level 1 needs vcs and ci (automated), level 2 train (automated); AWS: phase 1 docs, 2 train.
const model = buildSelfCheckModel(
	[ladder('ms', 'Level', 0), ladder('aws', 'Phase', 1)],
	[
		practice('vcs', 'binary', [{ framework: 'ms', level: 1 }]),
		practice('ci', 'automation', [{ framework: 'ms', level: 1, minimum: 'automated' }], ['vcs']),
		practice(
			'train',
			'automation',
			[
				{ framework: 'ms', level: 2, minimum: 'automated' },
				{ framework: 'aws', level: 2 },
			],
			['ci']
		),
		practice('docs', 'binary', [{ framework: 'aws', level: 1 }], [], 'governance'),
		practice('deploy', 'binary', [{ framework: 'aws', level: 3 }], [], 'deployment'),
		practice('watch', 'automation', [{ framework: 'aws', level: 3 }], [], 'monitoring'),
	]
);
const steps = (answers: Answers, targets: Record<string, number> = {}) =>
	nextSteps(model, evaluateAll(model, answers, targets), answers);

describe('next steps', () => {
	test.each<{
		name: string;
		answers: Answers;
		targets?: Record<string, number>;
		expected: string[];
	}>([
		{ name: 'an empty form gives none', answers: {}, expected: [] },
		{
			name: 'dependencies come first, then what helps the most frameworks',
			answers: { vcs: 'no', docs: 'no' },
			expected: ['DOCS', 'VCS', 'CI'],
		},
		{
			name: 'what blocks the next level of each',
			answers: { vcs: 'yes', docs: 'yes' },
			expected: ['CI', 'TRAIN'],
		},
		{
			name: 'a target pulls in later levels, after their dependencies',
			answers: { vcs: 'yes', docs: 'no' },
			targets: { ms: 2 },
			expected: ['CI', 'DOCS', 'TRAIN'],
		},
		{
			name: 'nothing when every level is reached',
			answers: {
				vcs: 'yes',
				ci: 'automated',
				train: 'automated',
				docs: 'yes',
				deploy: 'yes',
				watch: 'automated',
			},
			expected: [],
		},
	])('$name', ({ answers, targets, expected }) => {
		expect(steps(answers, targets).map((s) => s.title)).toEqual(expected);
	});

	test('unmet dependencies are added as prerequisites, with what each step helps', () => {
		const list = steps({ vcs: 'yes', ci: 'not-yet', docs: 'yes' }, { ms: 2 });
		expect(list.map((s) => [s.practiceId, s.unlocks, s.prerequisite, s.needsAutomation])).toEqual([
			['ci', ['MS'], false, true],
			['train', ['MS', 'AWS'], false, true],
		]);
		expect(list[0]!.startManually).toBe('Do ci by hand.');
	});

	test('a model in production without monitoring gets monitoring among the first three', () => {
		const answers: Answers = {
			deploy: 'yes',
			docs: 'yes',
			train: 'automated',
			vcs: 'no',
			watch: 'not-yet',
		};
		const list = steps(answers, { ms: 2, aws: 3 }).map((s) => s.practiceId);
		expect(list.slice(0, 3)).toContain('watch');
		expect(
			steps({ ...answers, watch: 'manual' }, { ms: 2, aws: 3 }).map((s) => s.practiceId)
		).not.toContain('watch');
	});
});

describe('dimension profile', () => {
	test('automated or yes 1, manually 0.5, N/A left out, unanswered counted', () => {
		const profile = dimensionProfile(model, { vcs: 'yes', ci: 'manual', train: 'na' });
		expect(profile.find((d) => d.id === 'testing')).toMatchObject({
			score: 0.75,
			asked: 3,
			unanswered: 0,
		});
		expect(profile.find((d) => d.id === 'governance')).toMatchObject({
			score: 0,
			asked: 1,
			unanswered: 1,
		});
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
	test('states the date, every result with coverage and why, targets, answers and next steps', () => {
		const answers: Answers = { vcs: 'yes', ci: 'manual' };
		const report = markdownReport(
			model,
			evaluateAll(model, answers, { ms: 2 }),
			answers,
			new Date('2026-01-02T00:00:00Z'),
			'https://atlas.test'
		);
		expect(report).toContain('Generated by MLOps Maturity Atlas on 2026-01-02');
		expect(report).toContain(
			"- **MS**: Level 0 · L0 (target: Level 2, 2 to go); based on 2 of 3 questions MS's result depends on."
		);
		expect(report).toContain('- **AWS**: Not enough answers yet; none of the 4 questions');
		expect(report).toContain('- CI (manually, needs it automated, Level 1)');
		expect(report).toContain('In place: VCS (yes, Level 1).');
		expect(report).toMatch(/1\. \*\*CI\*\* \(https:\/\/atlas\.test\/practices\/ci\/\): helps MS/);
		expect(report).toContain('| CI | Manually |');
	});

	test('an empty form gives no verdict and no next step', () => {
		const report = markdownReport(model, evaluateAll(model, {}), {}, new Date(0));
		expect(report).not.toMatch(/Level \d · /);
		expect(report).toContain('- **MS**: Not enough answers yet; none of the 3 questions');
	});
});
