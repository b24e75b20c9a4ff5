/** Catalog filters and compare-page data: parsing URLs, matching, counts, expectations per dimension. */
import { describe, expect, test } from 'vitest';
import {
	countsFor,
	matches,
	parseFilters,
	serializeFilters,
	type CatalogEntry,
	type Vocabulary,
} from '~/lib/catalog';
import { expectationsByDimension, parseSelection, serializeSelection } from '~/lib/compare';

const vocabulary: Vocabulary = {
	framework: ['microsoft-mlops', 'ml-test-score'],
	level: ['microsoft-mlops:1', 'microsoft-mlops:2'],
	scope: ['up-to'],
	dimension: ['training', 'testing'],
	answer: ['automation', 'binary'],
};
const entries: CatalogEntry[] = [
	{
		id: 'pipeline',
		frameworks: ['microsoft-mlops'],
		levels: ['microsoft-mlops:2'],
		dimension: 'training',
		answer: 'automation',
	},
	{
		id: 'ci',
		frameworks: ['microsoft-mlops', 'ml-test-score'],
		levels: ['microsoft-mlops:1'],
		dimension: 'testing',
		answer: 'automation',
	},
	{
		id: 'baseline',
		frameworks: ['ml-test-score'],
		levels: [],
		dimension: 'testing',
		answer: 'binary',
	},
];

describe('parseFilters', () => {
	test.each([
		{ search: '', filters: {}, ignored: [] },
		{
			search: '?dimension=testing&answer=binary',
			filters: { dimension: 'testing', answer: 'binary' },
			ignored: [],
		},
		{
			search: '?framework=microsoft-mlops&level=microsoft-mlops:2',
			filters: { framework: 'microsoft-mlops', level: 'microsoft-mlops:2' },
			ignored: [],
		},
		{ search: '?dimension=vibes', filters: {}, ignored: ['dimension=vibes'] },
		{
			search: '?colour=red&dimension=training',
			filters: { dimension: 'training' },
			ignored: ['colour=red'],
		},
		{
			search: '?dimension=training&dimension=testing',
			filters: { dimension: 'training' },
			ignored: ['dimension=testing'],
		},
		{ search: '?level=microsoft-mlops:2', filters: {}, ignored: ['level=microsoft-mlops:2'] },
		{
			search: '?framework=microsoft-mlops&level=microsoft-mlops:2&scope=up-to',
			filters: { framework: 'microsoft-mlops', level: 'microsoft-mlops:2', scope: 'up-to' },
			ignored: [],
		},
		{
			search: '?framework=microsoft-mlops&scope=up-to',
			filters: { framework: 'microsoft-mlops' },
			ignored: ['scope=up-to'],
		},
		{
			search: '?framework=microsoft-mlops&level=microsoft-mlops:2&scope=below',
			filters: { framework: 'microsoft-mlops', level: 'microsoft-mlops:2' },
			ignored: ['scope=below'],
		},
		{ search: '?framework=<script>', filters: {}, ignored: ['framework=<script>'] },
		{ search: `?x=${'a'.repeat(3000)}`, filters: {}, ignored: ['(query too long)'] },
		{ search: '?%E0%A4%A=1', filters: {}, ignored: ['=1'] },
	])('$search', ({ search, filters, ignored }) => {
		const result = parseFilters(search, vocabulary);
		expect(result.filters).toEqual(filters);
		expect(result.ignored).toEqual(ignored.map((i) => expect.stringContaining(i.slice(0, 12))));
	});
});

describe('matches and countsFor', () => {
	test.each([
		{ filters: {}, ids: ['pipeline', 'ci', 'baseline'] },
		{ filters: { framework: 'ml-test-score' }, ids: ['ci', 'baseline'] },
		{ filters: { framework: 'microsoft-mlops', level: 'microsoft-mlops:1' }, ids: ['ci'] },
		{ filters: { framework: 'microsoft-mlops', level: 'microsoft-mlops:2' }, ids: ['pipeline'] },
		{
			filters: { framework: 'microsoft-mlops', level: 'microsoft-mlops:2', scope: 'up-to' },
			ids: ['pipeline', 'ci'],
		},
		{
			filters: { framework: 'microsoft-mlops', level: 'microsoft-mlops:1', scope: 'up-to' },
			ids: ['ci'],
		},
		{ filters: { dimension: 'testing', answer: 'automation' }, ids: ['ci'] },
		{ filters: { dimension: 'training', answer: 'binary' }, ids: [] },
	])('$filters', ({ filters, ids }) => {
		expect(entries.filter((e) => matches(e, filters)).map((e) => e.id)).toEqual(ids);
	});

	test('counts each option given the other filters', () => {
		const counts = countsFor(entries, { dimension: 'testing' }, 'framework', vocabulary.framework);
		expect(Object.fromEntries(counts)).toEqual({ 'microsoft-mlops': 1, 'ml-test-score': 2 });
		const levels = countsFor(entries, { framework: 'microsoft-mlops' }, 'level', vocabulary.level);
		expect(Object.fromEntries(levels)).toEqual({ 'microsoft-mlops:1': 1, 'microsoft-mlops:2': 1 });
		const upTo = countsFor(
			entries,
			{ framework: 'microsoft-mlops', scope: 'up-to' },
			'level',
			vocabulary.level
		);
		expect(Object.fromEntries(upTo)).toEqual({ 'microsoft-mlops:1': 1, 'microsoft-mlops:2': 2 });
	});

	test('serializeFilters writes a stable query that parses back to the same filters', () => {
		const filters = { answer: 'binary', dimension: 'testing' };
		const query = serializeFilters(filters);
		expect(query).toBe('?dimension=testing&answer=binary');
		expect(parseFilters(query, vocabulary).filters).toEqual(filters);
		expect(serializeFilters({})).toBe('');
	});
});

describe('compare selection', () => {
	const known = { frameworks: ['a', 'b', 'c', 'd'], dimensions: ['training'] };
	test.each([
		{ search: '', frameworks: [], dimension: undefined, ignored: 0 },
		{ search: '?frameworks=a,b', frameworks: ['a', 'b'], dimension: undefined, ignored: 0 },
		{
			search: '?frameworks=a,b,c,d',
			frameworks: ['a', 'b', 'c'],
			dimension: undefined,
			ignored: 1,
		},
		{
			search: '?frameworks=a,a,x&dimension=training',
			frameworks: [],
			dimension: 'training',
			ignored: 3,
		},
		{
			search: '?frameworks=b,c&dimension=nope',
			frameworks: ['b', 'c'],
			dimension: undefined,
			ignored: 1,
		},
	])('$search', ({ search, frameworks, dimension, ignored }) => {
		const result = parseSelection(search, known);
		expect(result.selection).toEqual({ frameworks, ...(dimension ? { dimension } : {}) });
		expect(result.ignored).toHaveLength(ignored);
	});

	test('round-trips through the URL', () => {
		const selection = { frameworks: ['a', 'c'], dimension: 'training' };
		expect(serializeSelection(selection)).toBe('?frameworks=a,c&dimension=training');
		expect(parseSelection(serializeSelection(selection), known).selection).toEqual(selection);
	});
});

describe('expectationsByDimension', () => {
	const fw = (id: string, levels: number[], items: string[] = []) => ({
		id,
		shortName: id.toUpperCase(),
		levelTerm: 'Level' as const,
		levels: levels.map((n) => ({ n, name: `L${n}` })) as never,
		items: items.map((i) => ({ id: i, label: i, name: i })) as never,
		dimensions: [],
	});
	const practices = [
		{ id: 'late', title: 'Late', dimension: 'training', mappings: [{ framework: 'ms', level: 3 }] },
		{
			id: 'early',
			title: 'Early',
			dimension: 'training',
			mappings: [
				{ framework: 'ms', level: 1 },
				{ framework: 'mlts', item: 'infra-1' },
			],
		},
		{
			id: 'other',
			title: 'Other',
			dimension: 'testing',
			mappings: [{ framework: 'ms', level: 2 }],
		},
	];
	test('groups practices per dimension and framework, ordered by level', () => {
		const result = expectationsByDimension(
			[fw('ms', [1, 2, 3]), fw('mlts', [], ['infra-1'])],
			practices as unknown as Parameters<typeof expectationsByDimension>[1],
			['training', 'testing']
		);
		expect(result.training!.ms!.map((e) => `${e.practiceId}@${e.targets[0]!.label}`)).toEqual([
			'early@Level 1: L1',
			'late@Level 3: L3',
		]);
		expect(result.training!.mlts!.map((e) => e.practiceId)).toEqual(['early']);
		expect(result.testing!.mlts).toEqual([]);
	});
});
