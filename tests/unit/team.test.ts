/** The team view: reading members, one person counted once, spread, disagreement, next steps. */
import { describe, expect, test } from 'vitest';
import { MAX_FILE_BYTES, encodeAssessment } from '~/lib/assessment';
import { encodeShareFragment } from '~/lib/share-link';
import { buildSelfCheckModel } from '~/lib/engine';
import {
	countedMembers,
	displayNames,
	median,
	readMember,
	teamMarkdown,
	teamView,
	type Member,
} from '~/lib/team';
import { fixtureLadder as ladder, fixturePractice as practice } from '../support/content';

const model = buildSelfCheckModel(
	[ladder],
	[
		practice('tracking', [{ framework: 'tiny-ladder', level: 1 }], { title: 'Tracking' }),
		practice('pipeline', [{ framework: 'tiny-ladder', level: 2 }], {
			title: 'Pipeline',
			dependsOn: ['tracking'],
		}),
	]
);
const file = (answers: Record<string, string>, updated = '2026-03-01T00:00:00.000Z') =>
	JSON.stringify({
		...encodeAssessment(model.questionSet, answers as never, new Date(updated)),
	});
const member = (
	id: string,
	answers: Record<string, string>,
	updated = '2026-03-01T00:00:00.000Z'
): Member => ({
	id,
	name: id,
	updated,
	answers: answers as Member['answers'],
});

describe('readMember', () => {
	test.each([
		{ name: 'a file', text: file({ tracking: 'yes' }), kind: 'file' as const, ok: true },
		{
			name: 'a share link (the whole address)',
			text: `https://example.org/self-check/#${encodeShareFragment(encodeAssessment(model.questionSet, { tracking: 'yes' }))}`,
			kind: 'link' as const,
			ok: true,
		},
		{
			name: 'not JSON',
			text: '{"format',
			kind: 'file' as const,
			error: /^“x\.json”: These answers are not valid JSON/,
		},
		{
			name: 'a foreign file',
			text: '{"hello":1}',
			kind: 'file' as const,
			error: /^“x\.json”: This is not an MLOps Maturity Atlas self-check/,
		},
		{
			name: 'an oversized file',
			text: ' '.repeat(MAX_FILE_BYTES + 1),
			kind: 'file' as const,
			error: /^“x\.json”: .*too large/,
		},
		{
			name: 'no usable answer',
			text: file({ gone: 'yes' }),
			kind: 'file' as const,
			error: /^“x\.json”: it holds no answer/,
		},
		{
			name: 'not a share link',
			text: 'https://example.org/',
			kind: 'link' as const,
			error: /^“x\.json”: It is not a self-check share link/,
		},
	])('$name', ({ text, kind, ok, error }) => {
		const read = readMember(model, 'x.json', text, kind);
		if (ok)
			expect(read).toMatchObject({
				ok: true,
				member: { id: 'x.json', name: 'x', answers: { tracking: 'yes' } },
			});
		else expect(read.ok === false && read.error).toMatch(error!);
	});
});

describe('countedMembers: one person counts once', () => {
	test.each([
		{
			name: 'the same export twice',
			members: [
				member('alex.json', { tracking: 'yes' }),
				{ ...member('alex (1).json', { tracking: 'yes' }), name: 'other' },
			],
			counted: ['alex.json'],
			flagged: [{ id: 'alex (1).json', keptId: 'alex.json', reason: 'same-export' }],
		},
		{
			name: 'the same name: the later answers count',
			members: [
				member('sam', { tracking: 'no' }, '2026-01-01T00:00:00.000Z'),
				member('kim', { tracking: 'yes' }),
				{ ...member('sam-2', { tracking: 'yes' }, '2026-02-01T00:00:00.000Z'), name: 'SAM ' },
			],
			counted: ['sam-2', 'kim'],
			flagged: [{ id: 'sam', keptId: 'sam-2', reason: 'same-name' }],
		},
		{
			name: 'the same answers at different times are two people',
			members: [
				member('a', { tracking: 'yes' }, '2026-01-01T00:00:00.000Z'),
				member('b', { tracking: 'yes' }),
			],
			counted: ['a', 'b'],
			flagged: [],
		},
	])('$name', ({ members, counted, flagged }) => {
		const result = countedMembers(members);
		expect(result.counted.map((m) => m.id)).toEqual(counted);
		expect(result.duplicates).toEqual(flagged);
	});
});

test.each([
	{ values: [], want: undefined },
	{ values: [2], want: 2 },
	{ values: [3, 1, 2], want: 2 },
	{ values: [0, 1, 2, 4], want: 1.5 },
])('median of $values is $want', ({ values, want }) => {
	expect(median(values)).toBe(want);
});

describe('teamView', () => {
	const team = [
		member('ana', { tracking: 'yes', pipeline: 'yes' }),
		member('bo', { tracking: 'yes', pipeline: 'no' }),
		member('cy', { tracking: 'no', pipeline: 'no' }),
	];
	const view = teamView(model, team);

	test("each member's result and the spread", () => {
		const [ladderResult] = view.results;
		expect(ladderResult).toMatchObject({ id: 'tiny-ladder', min: 0, median: 1, max: 2 });
		expect(ladderResult!.members.map((m) => m.headline)).toEqual([
			'Level 2 · Automated',
			'Level 1 · Tracked',
			'Level 0 · Nothing',
		]);
	});

	test('disagreements, most split first', () => {
		expect(view.disagreements.map((d) => [d.title, d.inPlace, d.notInPlace])).toEqual([
			['Pipeline', 1, 2],
			['Tracking', 2, 1],
		]);
	});

	test('next steps: in place for the team only when every member has it', () => {
		// Level 1 is the next level of the team as a whole (Cy has no tracking), so tracking first.
		expect(view.steps.map((s) => s.title)).toEqual(['Tracking']);
		expect(teamView(model, team.slice(0, 2)).steps.map((s) => s.title)).toEqual(['Pipeline']);
	});

	test('no members, no results with a verdict and no steps', () => {
		const empty = teamView(model, []);
		expect(empty.results.every((r) => r.min === undefined)).toBe(true);
		expect(empty.steps).toEqual([]);
	});

	test('anonymous names, and the Markdown export', () => {
		expect([...displayNames(team, true).values()]).toEqual(['Member A', 'Member B', 'Member C']);
		expect([...displayNames(team, false).values()]).toEqual(['ana', 'bo', 'cy']);
		const markdown = teamMarkdown(
			view,
			displayNames(team, true),
			new Date('2026-05-01'),
			'https://x.test/'
		);
		expect(markdown).toContain(
			'| Framework | Member A | Member B | Member C | Lowest | Median | Highest |'
		);
		expect(markdown).toContain(
			'| Tiny | Level 2 · Automated | Level 1 · Tracked | Level 0 · Nothing | 0 | 1 | 2 |'
		);
		expect(markdown).toContain('- Pipeline: in place for 1, not for 2');
		expect(markdown).not.toContain('ana');
	});
});
