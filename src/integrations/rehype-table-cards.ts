/**
 * Rehype plugin: lets a Markdown table turn into one card per row on narrow screens, as the
 * atlas's own tables do. It marks the table with `atlas-stack-on-phone` and gives every body cell
 * its column's header text as `data-label`, which the card layout shows above the cell.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

const isElement = (node: RootContent | ElementContent, tag?: string): node is Element =>
	node.type === 'element' && (tag === undefined || node.tagName === tag);

const text = (node: ElementContent): string =>
	node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '';

const rows = (section: Element | undefined) =>
	(section?.children ?? []).filter((n): n is Element => isElement(n, 'tr'));

/** Label the cells of one table; returns whether it had a header row to take labels from. */
export function labelTable(table: Element): boolean {
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
				if (labels[i]) cell.properties['dataLabel'] = labels[i];
			});
	}
	const classes = table.properties['className'];
	table.properties['className'] = [
		...(Array.isArray(classes) ? classes.map(String) : []),
		'atlas-stack-on-phone',
	];
	return true;
}

export default function rehypeTableCards() {
	return (tree: Root) => {
		const visit = (node: Root | Element) => {
			for (const child of node.children) {
				if (!isElement(child)) continue;
				if (child.tagName === 'table') labelTable(child);
				else visit(child);
			}
		};
		visit(tree);
	};
}
