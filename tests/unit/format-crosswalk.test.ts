/** Formatting helpers and the alignment of levels on the common stages. */
import { describe, expect, test } from 'vitest';
import { alignOnStages, cellsAtStage, isAlignable } from '~/lib/crosswalk';
import { formatPartialDate, sizeLabel, sourceDetails } from '~/lib/format';

describe('formatPartialDate', () => {
	test.each([
		['2020', '2020'],
		['2020-06', 'June 2020'],
		['2025-10-28', '28 October 2025'],
	])('%s → %s', (input, expected) => expect(formatPartialDate(input)).toBe(expected));
});

describe('sourceDetails', () => {
	test.each([
		[
			'Paper',
			'primary: the paper (dated 2017)',
			'2026-11-27',
			'. Primary: the paper (dated 2017). Accessed 27 November 2026.',
		],
		['What is MLOps?', undefined, '2026-11', ' Accessed November 2026.'],
		['Page', 'secondary summary.', '2026', '. Secondary summary. Accessed 2026.'],
	])('%s, %s', (title, note, accessed, expected) =>
		expect(sourceDetails(title, note, accessed)).toBe(expected)
	);
});

describe('sizeLabel', () => {
	test.each([
		{ fw: { levels: [{ n: 0 }, { n: 4 }], items: [], sections: [] }, expected: '2 levels (0–4)' },
		{
			fw: { levels: [{ n: 1 }, { n: 3 }], items: [], sections: [], levelTerm: 'Phase' },
			expected: '2 phases (1–3)',
		},
		{ fw: { levels: [], items: [{}, {}], sections: [{}] }, expected: '2 items in 1 section' },
		{ fw: { levels: [], items: [], sections: [] }, expected: 'No levels' },
	])('$expected', ({ fw, expected }) => expect(sizeLabel(fw as never)).toBe(expected));
});

const wide = {
	id: 'wide',
	shortName: 'Wide',
	levels: [
		{ n: 0, name: 'Zero', stage: 1 },
		{ n: 1, name: 'One', stage: 3, stageTo: 4 },
		{ n: 2, name: 'Two', stage: 5 },
	],
};

describe('cellsAtStage', () => {
	test.each([
		{ stage: 1, expected: [{ kind: 'level', n: 0, name: 'Zero', continued: false }] },
		{ stage: 2, expected: [] },
		{ stage: 3, expected: [{ kind: 'level', n: 1, name: 'One', continued: false }] },
		{ stage: 4, expected: [{ kind: 'level', n: 1, name: 'One', continued: true }] },
		{ stage: 5, expected: [{ kind: 'level', n: 2, name: 'Two', continued: false }] },
	])('stage $stage', ({ stage, expected }) => expect(cellsAtStage(wide, stage)).toEqual(expected));

	const rubric = {
		id: 'rubric',
		shortName: 'Rubric',
		levels: [],
		crosswalk: [{ stage: 2, text: 'Some tests', anchor: 'bands' }],
	};
	test.each([
		{ stage: 1, expected: [] },
		{ stage: 2, expected: [{ kind: 'note', text: 'Some tests', anchor: 'bands' }] },
	])('a rubric shows its note at stage $stage', ({ stage, expected }) =>
		expect(cellsAtStage(rubric, stage)).toEqual(expected)
	);

	test.each([
		{ fw: wide, expected: true },
		{ fw: rubric, expected: true },
		{ fw: { id: 'canvas', shortName: 'Canvas', levels: [] }, expected: false },
	])('isAlignable($fw.id) is $expected', ({ fw, expected }) =>
		expect(isAlignable(fw)).toBe(expected)
	);
});

test('alignOnStages gives five rows with a cell per framework', () => {
	const rows = alignOnStages([wide]);
	expect(rows.map((r) => r.stage.n)).toEqual([1, 2, 3, 4, 5]);
	expect(rows.every((r) => Object.keys(r.cells).join() === 'wide')).toBe(true);
});
