/**
 * Sätteri hast plugin: lets a Markdown table turn into one card per row on narrow screens, as
 * the atlas's own tables do. It marks the table with `atlas-stack-on-phone` and gives every body
 * cell its column's header text as `data-label`, which the card layout shows above the cell.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { Element, ElementContent } from 'hast';

/** What `satteri({ hastPlugins })` takes. */
type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/** Sets one property of an element (Sätteri's trees are read-only; changes go through it). */
export type SetProperty = (node: Element, key: string, value: string | string[]) => void;

const isElement = (node: ElementContent, tag?: string): node is Element =>
	node.type === 'element' && (tag === undefined || node.tagName === tag);

const text = (node: ElementContent): string =>
	node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '';

const rows = (section: Element | undefined) =>
	(section?.children ?? []).filter((n): n is Element => isElement(n, 'tr'));

/** Label the cells of one table; returns whether it had a header row to take labels from. */
export function labelTable(table: Element, set: SetProperty): boolean {
	const sections = table.children.filter((n): n is Element => isElement(n));
	const header = rows(sections.find((n) => n.tagName === 'thead'))[0];
	if (!header) return false;
	const labels = header.children
		.filter((n): n is Element => isElement(n))
		.map((th) => text(th).trim());
	for (const row of rows(sections.find((n) => n.tagName === 'tbody'))) {
		row.children
			.filter((n): n is Element => isElement(n, 'td'))
			.forEach((cell, i) => {
				if (labels[i]) set(cell, 'dataLabel', labels[i]);
			});
	}
	const classes = table.properties['className'];
	set(table, 'className', [
		...(Array.isArray(classes) ? classes.map(String) : []),
		'atlas-stack-on-phone',
	]);
	return true;
}

const hastTableCards: HastPluginEntry = {
	name: 'atlas-table-cards',
	element: {
		filter: ['table'],
		visit(table, ctx) {
			labelTable(table, (node, key, value) => ctx.setProperty(node, key, value));
		},
	},
};

export default hastTableCards;
