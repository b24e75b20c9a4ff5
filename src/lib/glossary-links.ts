/**
 * Links the first use of each glossary term in a page's prose to its entry on the glossary
 * page. Works on a Markdown syntax tree (mdast); pure, so it is tested without a build.
 */
import type { Link, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Term } from '../schemas/glossary';

/** Nodes whose text is never linked: headings, tables (dense already), links, code and MDX/JSX. */
const SKIP = new Set([
	'heading',
	'table',
	'link',
	'linkReference',
	'code',
	'inlineCode',
	'mdxJsxFlowElement',
	'mdxJsxTextElement',
	'mdxjsEsm',
	'mdxFlowExpression',
	'mdxTextExpression',
	'html',
	'yaml',
	'definition',
]);

interface Variant {
	text: string;
	term: Term;
	/** Abbreviations such as "CT" only match in the same case. */
	caseSensitive: boolean;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Build a linker for a list of terms; `href(term)` gives each term's URL. */
export function createGlossaryLinker(terms: readonly Term[], href: (term: Term) => string) {
	const variants: Variant[] = terms
		.flatMap((term) =>
			[term.term, ...term.aliases].map((text) => ({
				text,
				term,
				caseSensitive: /^[^a-z]*[A-Z][^a-z]*$/.test(text) || /[A-Z].*[A-Z]/.test(text),
			}))
		)
		.sort((a, b) => b.text.length - a.text.length);
	if (variants.length === 0) return (_tree: Root) => {};
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}-])(?:${variants.map((v) => escape(v.text)).join('|')})(?![\\p{L}\\p{N}-])`,
		'giu'
	);

	const find = (match: string) =>
		variants.find((v) =>
			v.caseSensitive ? v.text === match : v.text.toLowerCase() === match.toLowerCase()
		);

	/** Link the first use of each term in `tree`, in document order; returns the linked term ids. */
	return function linkTerms(tree: Root): string[] {
		const linked = new Set<string>();
		const visit = (node: Parent) => {
			for (let i = 0; i < node.children.length; i++) {
				const child = node.children[i] as RootContent;
				if (SKIP.has(child.type)) continue;
				if (child.type === 'text') {
					const replacement = splitText(child);
					if (replacement) {
						node.children.splice(i, 1, ...(replacement as never[]));
						i += replacement.length - 1;
					}
				} else if ('children' in child) visit(child as Parent);
			}
		};
		const splitText = (text: Text): PhrasingContent[] | undefined => {
			const parts: PhrasingContent[] = [];
			let last = 0;
			for (const match of text.value.matchAll(pattern)) {
				const variant = find(match[0]);
				if (!variant || linked.has(variant.term.id)) continue;
				linked.add(variant.term.id);
				if (match.index > last)
					parts.push({ type: 'text', value: text.value.slice(last, match.index) });
				const link: Link = {
					type: 'link',
					url: href(variant.term),
					title: `Glossary: ${variant.term.term}`,
					children: [{ type: 'text', value: match[0] }],
				};
				parts.push(link);
				last = match.index + match[0].length;
			}
			if (!parts.length) return undefined;
			if (last < text.value.length) parts.push({ type: 'text', value: text.value.slice(last) });
			return parts;
		};
		visit(tree);
		return [...linked];
	};
}
