import { describe, expect, test } from 'vitest';
import { practicesByTarget } from '~/lib/mappings';
import { realContent } from '../support/content';

const framework = {
	id: 'ladder',
	shortName: 'Ladder',
	levelTerm: 'Level' as const,
	levels: [0, 1, 2].map((n) => ({ n, name: `L${n}` })),
	items: [],
	dimensions: [],
};
const practice = (id: string, title: string, mappings: object[]) => ({
	id,
	title,
	mappings: mappings.map((m) => ({ framework: 'ladder', ...m })) as never,
});

describe('practicesByTarget', () => {
	test.each([
		{
			name: 'groups by level, sorted by title',
			practices: [
				practice('b', 'Beta', [{ level: 1 }]),
				practice('a', 'Alpha', [{ level: 1 }, { level: 2, minimum: 'automated' }]),
			],
			expected: {
				'level-1': [
					{ id: 'a', title: 'Alpha', notes: [] },
					{ id: 'b', title: 'Beta', notes: [] },
				],
				'level-2': [{ id: 'a', title: 'Alpha', notes: ['needs it automated'] }],
			},
		},
		{
			name: 'ignores mappings to other frameworks',
			practices: [practice('c', 'Gamma', [{ framework: 'other', level: 1 }])],
			expected: {},
		},
		{
			name: 'lists a practice once per level, with the notes of every mapping',
			practices: [practice('d', 'Delta', [{ level: 0 }, { level: 0, minimum: 'automated' }])],
			expected: { 'level-0': [{ id: 'd', title: 'Delta', notes: ['needs it automated'] }] },
		},
	])('$name', ({ practices, expected }) => {
		expect(Object.fromEntries(practicesByTarget(framework as never, practices))).toEqual(expected);
	});

	test('over the real content, every mapping appears under its framework, level or item', () => {
		const { frameworks, practices } = realContent();
		for (const fw of frameworks) {
			const byTarget = practicesByTarget(fw as never, practices);
			const listed = new Set([...byTarget.values()].flat().map((p) => p.id));
			const mapped = practices.filter((p) => p.mappings.some((m) => m.framework === fw.id));
			expect([...listed].sort(), fw.id).toEqual(mapped.map((p) => p.id).sort());
		}
	});
});
