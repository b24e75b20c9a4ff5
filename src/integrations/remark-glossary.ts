/**
 * Remark plugin: links the first use of each glossary term on every page to the glossary,
 * using the terms in `content/docs/glossary.mdx`. The glossary page itself is left alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { readFrontmatter } from '../lib/load-content';
import { createGlossaryLinker } from '../lib/glossary-links';
import { GlossarySchema } from '../schemas/glossary';

export default function remarkGlossary(options: { glossaryFile: string; base?: string }) {
	if (!existsSync(options.glossaryFile)) return () => {};
	const parsed = GlossarySchema.safeParse(
		readFrontmatter(readFileSync(options.glossaryFile, 'utf8')).glossary
	);
	// An invalid glossary is reported by the content collection's own validation; link nothing here.
	if (!parsed.success) return () => {};
	const base = (options.base ?? '/').replace(/\/?$/, '/');
	const link = createGlossaryLinker(parsed.data, (term) => `${base}glossary/#${term.id}`);
	return (tree: Root, file: { path?: string }) => {
		if (file.path?.endsWith('glossary.mdx')) return;
		link(tree);
	};
}
