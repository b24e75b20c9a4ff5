/** Markdown tables get a `data-label` on every body cell, so they can stack as cards on phones. */
import type { Element } from 'hast';
import { describe, expect, test } from 'vitest';
import hastTableCards, { labelTable } from '~/integrations/hast-table-cards';
import { compileMdx, renderMarkdown } from '../support/markdown';

const render = (markdown: string) => renderMarkdown(markdown, { hastPlugins: [hastTableCards] });

/** The table's class and each body row's labels, read from the rendered HTML. */
function labelsIn(html: string) {
	const table = /<table([^>]*)>/.exec(html)?.[1] ?? '';
	const body = html.split('<tbody>')[1] ?? '';
	return {
		className: /class="([^"]*)"/.exec(table)?.[1],
		rows: body
			.split('<tr>')
			.slice(1)
			.map((row) =>
				[...row.matchAll(/<td([^>]*)>/g)].map(
					([, attrs]) => /data-label="([^"]*)"/.exec(attrs!)?.[1]
				)
			),
	};
}

describe('hastTableCards', () => {
	test.each([
		{
			name: 'labels every body cell with its column header',
			md: '| Use | Why |\n| --- | --- |\n| a | b |',
			rows: [['Use', 'Why']],
		},
		{
			name: 'labels every row, with the header text as written (inline code, smart quotes)',
			md: '| If you want to... | `unit` |\n| - | - |\n| x | y |\n| z | w |',
			rows: [
				['If you want to…', 'unit'],
				['If you want to…', 'unit'],
			],
		},
		{
			name: 'leaves cells under an empty header unlabelled',
			md: '| | Value |\n| - | - |\n| a | b |',
			rows: [[undefined, 'Value']],
		},
	])('$name', async ({ md, rows }) => {
		expect(labelsIn(await render(md))).toEqual({ className: 'atlas-stack-on-phone', rows });
	});

	test('labels tables in MDX pages too', async () => {
		const code = await compileMdx(
			'| Use | Why |\n| --- | --- |\n| a | b |',
			{ hastPlugins: [hastTableCards] },
			'/site/content/docs/guides/page.mdx'
		);
		expect(code).toContain('"data-label": "Use"');
		expect(code).toContain('"atlas-stack-on-phone"');
	});

	test('leaves prose and other elements alone', async () => {
		expect((await render('Some **text**.')).trim()).toBe('<p>Some <strong>text</strong>.</p>');
	});
});

describe('labelTable', () => {
	const el = (tagName: string, children: Element['children'] = []): Element => ({
		type: 'element',
		tagName,
		properties: {},
		children,
	});
	const set = (node: Element, key: string, value: string | string[]) => {
		node.properties[key] = value;
	};

	test('keeps the classes a table already has', () => {
		const table = el('table', [
			el('thead', [el('tr', [el('th', [{ type: 'text', value: 'A' }])])]),
			el('tbody', [el('tr', [el('td')])]),
		]);
		table.properties['className'] = ['wide'];
		expect(labelTable(table, set)).toBe(true);
		expect(table.properties['className']).toEqual(['wide', 'atlas-stack-on-phone']);
	});

	test('a table without a header row (only possible in HTML) is left as it is', () => {
		const table = el('table', [el('tbody', [el('tr', [el('td')])])]);
		expect(labelTable(table, set)).toBe(false);
		expect(table.properties).toEqual({});
	});
});
