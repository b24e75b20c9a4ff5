/** The frontmatter schemas reject bad input with messages that name the field. */
import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { FrameworkSchema } from '~/schemas/framework';
import { PracticeSchema } from '~/schemas/practice';

const framework = {
	id: 'tiny',
	name: 'Tiny',
	shortName: 'Tiny',
	publisher: 'Test',
	firstPublished: '2020',
	latestRevision: '2021-03',
	sourcesChecked: '2026-01-01',
	unit: 'team',
	kind: 'ladder',
	scoring: 'None.',
	sources: [{ title: 'T', url: 'https://example.org/', accessed: '2026-01-01' }],
	dimensions: [{ id: 'people', name: 'People' }],
	levels: [
		{ n: 0, name: 'Zero', summary: 'Nothing.', stage: 1, cells: { people: 'Apart.' } },
		{ n: 1, name: 'One', summary: 'Something.', stage: 2 },
	],
	strengths: ['a'],
	limitations: ['b'],
	useWhen: ['c'],
};
const practice = {
	id: 'alpha',
	statement: 'The team does alpha every time.',
	answer: 'binary',
	dimension: 'testing',
	mappings: [{ framework: 'tiny', level: 1 }],
};

/** The first issue as `path: message`. */
function firstIssue(schema: z.ZodType, input: unknown): string {
	const result = schema.safeParse(input);
	if (result.success) return 'accepted';
	const issue = result.error.issues[0]!;
	return `${issue.path.join('.')}: ${issue.message}`;
}

describe('FrameworkSchema', () => {
	test('accepts a complete framework', () =>
		expect(firstIssue(FrameworkSchema, framework)).toBe('accepted'));
	test('accepts a revision whose date is not known, and leaves its date out', () => {
		const versions = [
			{ label: 'First', date: '2020', summary: 'Dated.' },
			{ label: 'Interim', summary: 'Undated.' },
		];
		const parsed = FrameworkSchema.parse({ ...framework, versions });
		expect(parsed.versions.map((v) => v.date)).toEqual(['2020', undefined]);
	});
	test.each<{ name: string; input: unknown; expected: RegExp }>([
		{
			name: 'id not kebab-case',
			input: { ...framework, id: 'Tiny Ladder' },
			expected: /^id: must be kebab-case/,
		},
		{
			name: 'bad date',
			input: { ...framework, firstPublished: 'June 2020' },
			expected: /^firstPublished: must be YYYY/,
		},
		{
			name: 'source without access date',
			input: { ...framework, sources: [{ title: 'T', url: 'https://example.org/' }] },
			expected: /^sources\.0\.accessed:/,
		},
		{
			name: 'source with a bad URL',
			input: { ...framework, sources: [{ title: 'T', url: 'not a url', accessed: '2026-01-01' }] },
			expected: /^sources\.0\.url:/,
		},
		{ name: 'unknown unit', input: { ...framework, unit: 'company' }, expected: /^unit:/ },
		{
			name: 'a version with a placeholder date in words',
			input: { ...framework, versions: [{ label: 'Interim', date: 'unknown', summary: 's' }] },
			expected: /^versions\.0\.date: must be YYYY/,
		},
		{ name: 'no strengths', input: { ...framework, strengths: [] }, expected: /^strengths:/ },
		{
			name: 'a level without a name',
			input: { ...framework, levels: [{ n: 0, summary: 's', stage: 1 }, framework.levels[1]] },
			expected: /^levels\.0\.name:/,
		},
		{
			name: 'levels with a gap',
			input: { ...framework, levels: [framework.levels[0], { ...framework.levels[1], n: 3 }] },
			expected: /^levels\.1\.n: levels must be numbered consecutively; expected 1, found 3/,
		},
		{
			name: 'a cell for an unknown aspect',
			input: {
				...framework,
				levels: [{ ...framework.levels[0], cells: { tools: 'x' } }, framework.levels[1]],
			},
			expected: /^levels\.0\.cells\.tools: "tools" is not one of this framework's dimensions/,
		},
		{
			name: 'a ladder with one level',
			input: { ...framework, levels: [framework.levels[0]] },
			expected: /^levels: a ladder needs at least two levels/,
		},
		{
			name: 'stage off the axis',
			input: { ...framework, levels: [{ ...framework.levels[0], stage: 6 }, framework.levels[1]] },
			expected: /^levels\.0\.stage:/,
		},
		{
			name: 'an item in an unknown section',
			input: {
				...framework,
				items: [{ id: 'a-1', label: 'A 1', section: 'x', name: 'n', summary: 's' }],
			},
			expected: /^items\.0\.section: "x" is not one of this framework's sections/,
		},
	])('rejects $name', ({ input, expected }) => {
		expect(firstIssue(FrameworkSchema, input)).toMatch(expected);
	});
});

describe('PracticeSchema', () => {
	test('accepts a complete practice and fills defaults', () => {
		expect(PracticeSchema.parse(practice)).toMatchObject({
			dependsOn: [],
			quickCheck: false,
			aliases: [],
		});
	});
	test.each<{ name: string; input: unknown; expected: RegExp }>([
		{
			name: 'an unknown answer type',
			input: { ...practice, answer: 'maybe' },
			expected: /^answer:/,
		},
		{
			name: 'an unknown dimension',
			input: { ...practice, dimension: 'vibes' },
			expected: /^dimension:/,
		},
		{
			name: 'no mappings',
			input: { ...practice, mappings: [] },
			expected: /^mappings: a practice must map to at least one/,
		},
		{
			name: 'a mapping with both level and item',
			input: { ...practice, mappings: [{ framework: 'tiny', level: 1, item: 'a-1' }] },
			expected: /^mappings\.0: a mapping names exactly one of `level` or `item`/,
		},
		{
			name: 'a mapping with neither',
			input: { ...practice, mappings: [{ framework: 'tiny' }] },
			expected: /^mappings\.0: a mapping names exactly one/,
		},
		{
			name: 'a short statement',
			input: { ...practice, statement: 'Yes.' },
			expected: /^statement:/,
		},
	])('rejects $name', ({ input, expected }) => {
		expect(firstIssue(PracticeSchema, input)).toMatch(expected);
	});
});
