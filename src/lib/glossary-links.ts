/**
 * Links the first use of each glossary term in a page's prose to its entry on the glossary
 * page. Reads a page's Markdown syntax tree (mdast) one paragraph at a time, in document order,
 * and hands each change to a callback: that is how a Sätteri visitor sees a page, read-only.
 *
 * Links are added with restraint, so that they never cut a name in two:
 * - never inside headings, tables, links, code, MDX/JSX, bold or emphasised text;
 * - never inside quoted text (“…”, "…", ‘…’), which is usually a name quoted from a source;
 * - never inside or across a protected phrase (a framework's or level's name, a practice's
 *   title), unless the term covers the whole phrase;
 * - terms that touch ("MLOps maturity model") get at most one link: the longest of them, or none
 *   when that one may not be linked here;
 * - where terms overlap, the longer one wins, even if its own link was already used up.
 */
import type { Link, Parent, PhrasingContent, RootContent, Text } from 'mdast';
import type { Term } from '../schemas/glossary';

/** Block nodes whose text is never linked: headings, tables (dense already), code and MDX/JSX. */
const UNLINKED_BLOCKS = new Set([
	'heading',
	'table',
	'code',
	'mdxJsxFlowElement',
	'mdxjsEsm',
	'mdxFlowExpression',
	'html',
	'yaml',
	'definition',
]);

/**
 * Inline nodes whose text is never linked but still reads as part of the sentence (for quotes,
 * protected phrases and touching terms): links, bold text (often a run-in heading, "**Level 0
 * matches level 0.**") and emphasis (on this site, answer labels such as "_Automated_" and
 * stressed words; a link would compete with the emphasis and look like a control).
 */
const NO_LINK_INLINE = new Set(['link', 'linkReference', 'strong', 'emphasis']);

/** Inline nodes that are opaque to the linker (MDX, HTML, images): one placeholder character. */
const OPAQUE = '\uFFFC';

/** Only whitespace or hyphens between two terms: they read as one phrase. */
const TOUCHING = /^[\s\-\u2010\u2011]*$/;

interface Span {
	start: number;
	end: number;
}

interface Occurrence extends Span {
	term: Term;
}

/** A text node that may receive links, and where its text sits in its run of prose. */
interface Segment extends Span {
	node: Text;
}

/** Whether the text inside a block of this type is never linked, however deep. */
export const isUnlinkedBlock = (type: string) => UNLINKED_BLOCKS.has(type);

/** Puts `parts` (text and links) in the place of the text node `node`. */
export type ReplaceText = (node: Text, parts: PhrasingContent[]) => void;

export interface GlossaryLinkerOptions {
	/**
	 * Names that must never be split by a link, matched in any case: frameworks' names and short
	 * names, level names, practice titles. A term inside (or overlapping) one is not linked, unless
	 * the term covers the whole phrase.
	 */
	protectedPhrases?: readonly string[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** How a matched text is looked up: runs of whitespace as one space, lower case unless exact. */
const normalise = (text: string, exact: boolean) => {
	const spaced = text.trim().replace(/\s+/g, ' ');
	return exact ? spaced : spaced.toLowerCase();
};

/**
 * One pattern for many whole-word phrases that finds, at every position, the longest phrase
 * starting there (so matches may overlap); spaces in a phrase match any run of whitespace,
 * since prose is wrapped. Returns the spans and the matched phrases, normalised. For the
 * glossary's terms: their number is the glossary's size, whatever the size of the site.
 */
function phraseFinder(phrases: readonly string[], exact: boolean) {
	const unique = [...new Set(phrases.map((p) => normalise(p, exact)))].filter(Boolean);
	if (!unique.length) return (_text: string): Array<Span & { key: string }> => [];
	const alternatives = unique
		.sort((a, b) => b.length - a.length)
		.map((p) => escape(p).replace(/ /g, '\\s+'))
		.join('|');
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}-])(?=(${alternatives})(?![\\p{L}\\p{N}-]))`,
		exact ? 'gu' : 'giu'
	);
	return (text: string) =>
		[...text.matchAll(pattern)].map((m) => ({
			start: m.index,
			end: m.index + m[1]!.length,
			key: normalise(m[1]!, exact),
		}));
}

/** A name never starts or ends next to one of these: "MLOps" is in "MLOps's", not "MLOps-y". */
const WORD_CHAR = /[\p{L}\p{N}-]/u;
/** Where a name may start: any character but a space, not after a letter, digit or hyphen. */
const NAME_START = /(?<![\p{L}\p{N}-])\S/gu;
const SPACE = /\s/;

/** The names that go on from one word: by their next word, and the last words of those that end. */
interface WordTree {
	next: Map<string, WordTree>;
	ends: Set<string>;
}

/**
 * Finds the protected names (matched as whole words, in any case, over any run of whitespace)
 * that reach into a span of a text, such as a term about to be linked. The names are kept as a
 * tree of their words, and only the few words before and in the span are read, so a search
 * costs the same however many names there are: there is one per practice page.
 */
function nameFinder(names: readonly string[]) {
	const tree: WordTree = { next: new Map(), ends: new Set() };
	let mostWords = 0;
	for (const name of new Set(names.map((n) => normalise(n, false)))) {
		if (!name) continue;
		const words = name.split(' ');
		mostWords = Math.max(mostWords, words.length);
		const last = words.pop()!;
		let node = tree;
		for (const word of words) {
			let child = node.next.get(word);
			if (!child) node.next.set(word, (child = { next: new Map(), ends: new Set() }));
			node = child;
		}
		node.ends.add(last);
	}

	/** Where the longest name starting at `start` ends, if one does. */
	const longestAt = (text: string, start: number) => {
		let longest: number | undefined;
		let node: WordTree | undefined = tree;
		// Read on word by word (a word runs to the next space) while some name goes on.
		for (let from = start; node && from < text.length;) {
			let to = from;
			while (to < text.length && !SPACE.test(text[to]!)) to++;
			// A name may end with the word or inside it, before a character that is not a letter,
			// digit or hyphen ("MLOps's", "(No MLOps)").
			for (let end = from + 1; end <= to; end++) {
				if (end < to && WORD_CHAR.test(text[end]!)) continue;
				if (node.ends.has(text.slice(from, end).toLowerCase())) longest = end;
			}
			node = node.next.get(text.slice(from, to).toLowerCase());
			from = to;
			while (from < text.length && SPACE.test(text[from]!)) from++;
		}
		return longest;
	};

	const starts = new RegExp(NAME_START);
	return (text: string, span: Span): Span[] => {
		if (!mostWords) return [];
		// A name that reaches into the span starts at most `mostWords - 1` words before it.
		let from = span.start;
		for (let words = 1; ; words++) {
			while (from > 0 && !SPACE.test(text[from - 1]!)) from--;
			if (words === mostWords || from === 0) break;
			while (from > 0 && SPACE.test(text[from - 1]!)) from--;
		}
		const found: Span[] = [];
		starts.lastIndex = from;
		for (let m = starts.exec(text); m && m.index < span.end; m = starts.exec(text)) {
			const end = longestAt(text, m.index);
			if (end !== undefined && end > span.start) found.push({ start: m.index, end });
		}
		return found;
	};
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const covers = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;
const length = (span: Span) => span.end - span.start;

/**
 * The quoted parts of a run of prose, quote marks included: “…” and ‘…’ (as typographic quotes
 * are written, or as smartypants makes them) and "…" or '…' (as typed). A quote that is never
 * closed quotes nothing; a ’ or ' followed by a letter is an apostrophe ("Google’s").
 */
export function quotedSpans(text: string): Span[] {
	const spans: Span[] = [];
	let double: number | undefined;
	let single: number | undefined;
	const opensAt = (i: number) =>
		(i === 0 || /[\s([{\u2013\u2014-]/.test(text[i - 1]!)) && /\S/.test(text[i + 1] ?? ' ');
	const letterAfter = (i: number) => /[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '“' || (c === '"' && double === undefined && opensAt(i))) {
			double ??= i;
		} else if ((c === '”' || c === '"') && double !== undefined) {
			spans.push({ start: double, end: i + 1 });
			double = undefined;
		} else if (c === '‘' || (c === "'" && single === undefined && opensAt(i))) {
			single ??= i;
		} else if ((c === '’' || c === "'") && single !== undefined && !letterAfter(i)) {
			spans.push({ start: single, end: i + 1 });
			single = undefined;
		}
	}
	return spans;
}

export type GlossaryLinker = ReturnType<typeof createGlossaryLinker>;

/** Build a linker for a list of terms; `href(term)` gives each term's URL. */
export function createGlossaryLinker(
	terms: readonly Term[],
	href: (term: Term) => string,
	options: GlossaryLinkerOptions = {}
) {
	// Abbreviations such as "CT" (and names with inner capitals, "GenAIOps") only match in the
	// same case; other terms in any case.
	const exact = (text: string) => /^[^a-z]*[A-Z][^a-z]*$/.test(text) || /[A-Z].*[A-Z]/.test(text);
	const variants = terms.flatMap((term) =>
		[term.term, ...term.aliases].map((text) => ({ text, term, exact: exact(text) }))
	);
	const termOf = new Map<string, Term>();
	for (const v of variants) {
		const key = `${v.exact}:${normalise(v.text, v.exact)}`;
		if (!termOf.has(key)) termOf.set(key, v.term);
	}
	const finders = [true, false].map((isExact) => {
		const find = phraseFinder(
			variants.filter((v) => v.exact === isExact).map((v) => v.text),
			isExact
		);
		return (text: string): Occurrence[] =>
			find(text).flatMap(({ start, end, key }) => {
				const term = termOf.get(`${isExact}:${key}`);
				return term ? [{ start, end, term }] : [];
			});
	});
	const findTerms = (text: string) => finders.flatMap((find) => find(text));
	const findProtected = nameFinder(options.protectedPhrases ?? []);

	/**
	 * Start a page. The function returned links the first use of each term on it, one run of prose
	 * (a paragraph, read as a whole) at a time: give it the page's paragraphs in document order,
	 * leaving out those inside blocks that are never linked (`isUnlinkedBlock`). `replace` is given
	 * each text node that gets a link, with the text and links to put in its place.
	 */
	return function startPage() {
		const linked = new Set<string>();

		return function linkRun(run: Parent, replace: ReplaceText) {
			let text = '';
			const segments: Segment[] = [];
			const collect = (parent: Parent, linkable: boolean) => {
				for (const child of parent.children as RootContent[]) {
					if (child.type === 'text') {
						const start = text.length;
						text += child.value;
						if (linkable) segments.push({ node: child, start, end: text.length });
					} else if (child.type === 'inlineCode') text += child.value;
					else if (child.type === 'break') text += '\n';
					else if (child.type === 'delete') collect(child, linkable);
					else if (NO_LINK_INLINE.has(child.type)) collect(child as Parent, false);
					else text += OPAQUE;
				}
			};
			collect(run, true);
			if (!segments.length) return;

			// Where terms overlap, the longest wins; the rest are dropped even if the winner is not
			// linked (its link may be used up), so a shorter term never links part of a longer one.
			const claimed: Occurrence[] = [];
			const found = findTerms(text).sort((a, b) => length(b) - length(a) || a.start - b.start);
			for (const o of found) if (!claimed.some((c) => overlaps(c, o))) claimed.push(o);
			if (!claimed.length) return;
			claimed.sort((a, b) => a.start - b.start);

			const quoted = quotedSpans(text);
			const mayLink = (o: Occurrence) =>
				!linked.has(o.term.id) &&
				segments.some((s) => covers(s, o)) &&
				!quoted.some((q) => overlaps(q, o)) &&
				!findProtected(text, o).some((p) => !covers(o, p));

			// Terms that touch form one group, and a group gets at most one link: its longest term.
			const groups: Occurrence[][] = [];
			for (const o of claimed) {
				const group = groups.at(-1);
				if (group && TOUCHING.test(text.slice(group.at(-1)!.end, o.start))) group.push(o);
				else groups.push([o]);
			}
			const chosen: Occurrence[] = [];
			for (const group of groups) {
				const head = group.reduce((a, b) => (length(b) > length(a) ? b : a));
				if (!mayLink(head)) continue;
				linked.add(head.term.id);
				chosen.push(head);
			}

			for (const segment of segments) {
				const inside = chosen.filter((o) => covers(segment, o));
				if (!inside.length) continue;
				const parts: PhrasingContent[] = [];
				let last = segment.start;
				for (const o of inside) {
					if (o.start > last) parts.push({ type: 'text', value: text.slice(last, o.start) });
					const link: Link = {
						type: 'link',
						url: href(o.term),
						title: `Glossary: ${o.term.term}`,
						children: [{ type: 'text', value: text.slice(o.start, o.end) }],
					};
					parts.push(link);
					last = o.end;
				}
				if (last < segment.end) parts.push({ type: 'text', value: text.slice(last, segment.end) });
				replace(segment.node, parts);
			}
		};
	};
}
