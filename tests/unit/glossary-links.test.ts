/** Linking the first use of glossary terms in a page's Markdown tree. */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { describe, expect, test } from 'vitest';
import { createGlossaryLinker } from '~/lib/glossary-links';
import type { Term } from '~/schemas/glossary';

const terms: Term[] = [
	{
		id: 'continuous-training',
		term: 'continuous training',
		aliases: ['CT'],
		definition: 'Retraining models automatically in production.',
	},
	{
		id: 'feature-store',
		term: 'feature store',
		aliases: [],
		definition: 'A shared place for feature definitions and values.',
	},
	{
		id: 'ml-pipeline',
		term: 'ML pipeline',
		aliases: ['pipeline'],
		definition: 'The automated sequence of ML steps.',
	},
];
const link = createGlossaryLinker(terms, (t) => `/glossary/#${t.id}`);

/** Link terms in a Markdown snippet and return the links as `text → url`. */
function linksIn(markdown: string): string[] {
	// GFM tables, as the site's Markdown has them.
	const tree = fromMarkdown(markdown, {
		extensions: [gfmTable()],
		mdastExtensions: [gfmTableFromMarkdown()],
	}) as Root;
	link(tree);
	const found: string[] = [];
	const walk = (node: { type: string; url?: string; children?: unknown[] }) => {
		if (node.type === 'link' && node.url?.startsWith('/glossary/')) {
			found.push(`${(node.children as Array<{ value: string }>)[0]!.value} → ${node.url}`);
		}
		for (const child of (node.children ?? []) as Array<typeof node>) walk(child);
	};
	walk(tree as never);
	return found;
}

describe('createGlossaryLinker', () => {
	test.each([
		{
			name: 'links a term',
			md: 'Use a feature store.',
			expected: ['feature store → /glossary/#feature-store'],
		},
		{
			name: 'only the first use per page',
			md: 'A feature store. Another feature store.',
			expected: ['feature store → /glossary/#feature-store'],
		},
		{
			name: 'any case for lower-case terms',
			md: 'Continuous training helps.',
			expected: ['Continuous training → /glossary/#continuous-training'],
		},
		{
			name: 'abbreviations only in their own case',
			md: 'ct is not CT.',
			expected: ['CT → /glossary/#continuous-training'],
		},
		{
			name: 'the longest match wins',
			md: 'An ML pipeline runs.',
			expected: ['ML pipeline → /glossary/#ml-pipeline'],
		},
		{ name: 'whole words only', md: 'Pipelines and subpipeline are not linked.', expected: [] },
		{ name: 'not inside headings', md: '## Feature store\n\nNo term here.', expected: [] },
		{
			name: 'not inside links or code',
			md: '[feature store](/x/) and `feature store`',
			expected: [],
		},
		{
			name: 'inside lists',
			md: '- a feature store',
			expected: ['feature store → /glossary/#feature-store'],
		},
		{
			name: 'not inside tables, which are dense already',
			md: '| a |\n| - |\n| feature store |',
			expected: [],
		},
	])('$name', ({ md, expected }) => {
		expect(linksIn(md)).toEqual(expected);
	});
});
