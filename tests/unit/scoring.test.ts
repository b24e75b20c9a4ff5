/** The ladder rule, over a table of cases on a small made-up ladder and on AWS-style numbering. */
import { describe, expect, test } from 'vitest';
import type { Answers } from '~/lib/answers';
import { ladderResult, verdictFor, type LadderFramework, type ScoredPractice } from '~/lib/scoring';

const ladder: LadderFramework = {
	id: 'ladder',
	shortName: 'Ladder',
	levels: [
		{ n: 0, name: 'Manual' },
		{ n: 1, name: 'Pipelines' },
		{ n: 2, name: 'CI/CD' },
	],
};
const practices: ScoredPractice[] = [
	{
		id: 'vcs',
		statement: 'Code is versioned.',
		answer: 'binary',
		mappings: [{ framework: 'ladder', level: 1 }],
	},
	{
		id: 'train',
		statement: 'Training is a pipeline.',
		answer: 'automation',
		mappings: [{ framework: 'ladder', level: 1, minimum: 'automated' }],
	},
	{
		id: 'tests',
		statement: 'Pipelines are tested.',
		answer: 'automation',
		mappings: [{ framework: 'ladder', level: 2 }],
	},
	{
		id: 'other',
		statement: 'Elsewhere.',
		answer: 'binary',
		mappings: [{ framework: 'elsewhere', level: 1 }],
	},
];

describe('verdictFor', () => {
	test.each([
		{ type: 'binary', minimum: undefined, answer: 'yes', expected: 'met' },
		{ type: 'binary', minimum: undefined, answer: 'no', expected: 'unmet' },
		{ type: 'binary', minimum: undefined, answer: 'na', expected: 'na' },
		{ type: 'binary', minimum: undefined, answer: undefined, expected: 'unanswered' },
		{ type: 'automation', minimum: undefined, answer: 'not-yet', expected: 'unmet' },
		{ type: 'automation', minimum: undefined, answer: 'manual', expected: 'met' },
		{ type: 'automation', minimum: undefined, answer: 'automated', expected: 'met' },
		{ type: 'automation', minimum: 'automated', answer: 'manual', expected: 'unmet' },
		{ type: 'automation', minimum: 'automated', answer: 'automated', expected: 'met' },
		{ type: 'automation', minimum: 'automated', answer: 'na', expected: 'na' },
	] as const)(
		'$type answered $answer (minimum $minimum) is $expected',
		({ type, minimum, answer, expected }) => {
			expect(verdictFor({ answer: type }, { minimum }, answer)).toBe(expected);
		}
	);
});

describe('ladderResult', () => {
	test.each<{ name: string; answers: Answers; level: number; next?: number; blockers: string[] }>([
		{
			name: 'nothing answered stays at the floor',
			answers: {},
			level: 0,
			next: 1,
			blockers: ['vcs', 'train'],
		},
		{
			name: 'one of two level-1 practices is not enough',
			answers: { vcs: 'yes' },
			level: 0,
			next: 1,
			blockers: ['train'],
		},
		{
			name: 'manual training does not meet an automated minimum',
			answers: { vcs: 'yes', train: 'manual' },
			level: 0,
			next: 1,
			blockers: ['train'],
		},
		{
			name: 'all level-1 practices met reaches level 1',
			answers: { vcs: 'yes', train: 'automated' },
			level: 1,
			next: 2,
			blockers: ['tests'],
		},
		{
			name: 'not applicable counts as met',
			answers: { vcs: 'na', train: 'automated' },
			level: 1,
			next: 2,
			blockers: ['tests'],
		},
		{
			name: 'every level met reaches the top',
			answers: { vcs: 'yes', train: 'automated', tests: 'manual' },
			level: 2,
			blockers: [],
		},
		{
			name: 'a gap below stops the climb',
			answers: { vcs: 'no', train: 'automated', tests: 'automated' },
			level: 0,
			next: 1,
			blockers: ['vcs'],
		},
		{
			name: 'answers for other frameworks are ignored',
			answers: { other: 'yes' },
			level: 0,
			next: 1,
			blockers: ['vcs', 'train'],
		},
	])('$name', ({ answers, level, next, blockers }) => {
		const result = ladderResult(ladder, practices, answers);
		expect(result.level).toBe(level);
		expect(result.next?.n).toBe(next);
		expect(result.blockers.map((b) => b.practiceId)).toEqual(blockers);
	});

	test('unanswered blockers are reported as unanswered, not as "no"', () => {
		const result = ladderResult(ladder, practices, { vcs: 'no' });
		expect(result.blockers.map((b) => [b.practiceId, b.verdict])).toEqual([
			['vcs', 'unmet'],
			['train', 'unanswered'],
		]);
	});

	test('the practices that satisfied reached levels are listed', () => {
		const result = ladderResult(ladder, practices, { vcs: 'yes', train: 'automated' });
		expect(result.satisfied.map((v) => v.practiceId)).toEqual(['vcs', 'train']);
	});

	describe('a ladder whose first level needs practices (AWS-style, phases 1–4)', () => {
		const phases: LadderFramework = {
			id: 'phases',
			shortName: 'Phases',
			levels: [
				{ n: 1, name: 'Initial' },
				{ n: 2, name: 'Repeatable' },
			],
		};
		const phasePractices: ScoredPractice[] = [
			{
				id: 'env',
				statement: 'Shared environment.',
				answer: 'binary',
				mappings: [{ framework: 'phases', level: 1 }],
			},
			{
				id: 'pipe',
				statement: 'Pipelines.',
				answer: 'binary',
				mappings: [{ framework: 'phases', level: 2 }],
			},
		];
		test.each<{ answers: Answers; level: number; name: string; below: boolean }>([
			{ answers: {}, level: 0, name: 'Not yet Initial', below: true },
			{ answers: { env: 'yes' }, level: 1, name: 'Initial', below: false },
			{ answers: { env: 'yes', pipe: 'yes' }, level: 2, name: 'Repeatable', below: false },
		])('$answers gives $name', ({ answers, level, name, below }) => {
			const result = ladderResult(phases, phasePractices, answers);
			expect([result.level, result.levelName, result.belowFirstLevel]).toEqual([
				level,
				name,
				below,
			]);
		});
	});

	test('a level with no practice mapped to it cannot be reached', () => {
		const result = ladderResult(
			{ ...ladder, levels: [...ladder.levels, { n: 3, name: 'Unmapped' }] },
			practices,
			{ vcs: 'yes', train: 'automated', tests: 'automated' }
		);
		expect(result.level).toBe(2);
		expect(result.next?.n).toBe(3);
	});
});
