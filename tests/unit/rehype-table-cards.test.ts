import type { Element, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import rehypeTableCards from '../../src/integrations/rehype-table-cards';

const el = (tagName: string, children: Element['children'] = [], properties = {}): Element => ({
	type: 'element',
	tagName,
	properties,
	children,
});
const cell = (tag: 'th' | 'td', value: string) => el(tag, [{ type: 'text', value }]);
const table = (head: string[] | undefined, body: string[][]) =>
	el('table', [
		...(head
			? [
					el('thead', [
						el(
							'tr',
							head.map((h) => cell('th', h))
						),
					]),
				]
			: []),
		el(
			'tbody',
			body.map((row) =>
				el(
					'tr',
					row.map((v) => cell('td', v))
				)
			)
		),
	]);
const run = (node: Element): Element => {
	const tree: Root = { type: 'root', children: [el('div', [node])] };
	rehypeTableCards()(tree);
	return node;
};
const labels = (t: Element) =>
	(t.children[t.children.length - 1] as Element).children.map((tr) =>
		(tr as Element).children.map((td) => (td as Element).properties['dataLabel'])
	);

describe('rehypeTableCards', () => {
	test.each([
		[
			'labels every body cell with its column header',
			['Use', 'Why'],
			[['a', 'b']],
			[['Use', 'Why']],
		],
		[
			'labels every row',
			['If you want to…', 'Unit'],
			[
				['x', 'y'],
				['z', 'w'],
			],
			[
				['If you want to…', 'Unit'],
				['If you want to…', 'Unit'],
			],
		],
		['leaves cells beyond the header unlabelled', ['Only'], [['a', 'b']], [['Only', undefined]]],
	])('%s', (_, head, body, expected) => {
		const t = run(table(head, body));
		expect(labels(t)).toEqual(expected);
		expect(t.properties['className']).toEqual(['atlas-stack-on-phone']);
	});

	test('a table without a header row is left as it is', () => {
		const t = run(table(undefined, [['a']]));
		expect(labels(t)).toEqual([[undefined]]);
		expect(t.properties['className']).toBeUndefined();
	});
});
