/**
 * Sätteri mdast plugin: links the first use of each glossary term on every page to the
 * glossary, using the terms in `content/docs/glossary.mdx`. The glossary page itself is left
 * alone. Names that a link must never split (frameworks, their levels and sections, practices)
 * are read from the framework and practice pages next to the glossary.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { Parents } from 'mdast';
import { readFrontmatter } from '../lib/load-content';
import { createGlossaryLinker, isUnlinkedBlock, type GlossaryLinker } from '../lib/glossary-links';
import { GlossarySchema } from '../schemas/glossary';

/** What `satteri({ mdastPlugins })` takes: a plugin, or a function of the page that returns one. */
type MdastPluginEntry = NonNullable<SatteriProcessorOptions['mdastPlugins']>[number];

const isText = (value: unknown): value is string =>
	typeof value === 'string' && value.trim() !== '';
const record = (value: unknown): Record<string, unknown> =>
	value && typeof value === 'object' ? (value as Record<string, unknown>) : {};

/** The frontmatter of each content file directly in `dir`; unreadable files are skipped. */
function frontmatterIn(dir: string): Record<string, unknown>[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => /^[^_].*\.mdx?$/.test(name))
		.sort()
		.flatMap((name) => {
			try {
				return [readFrontmatter(readFileSync(join(dir, name), 'utf8'))];
			} catch {
				// Invalid YAML is reported by the content collection's own validation.
				return [];
			}
		});
}

/**
 * Names that must never be split by a glossary link: every framework's name and short name,
 * the names of its levels and of its sections (cited in prose as "section 2 (Traceability &
 * reproducibility)"), and every practice's title. Read field by field, so one invalid file
 * (which the content collection reports) costs only its own names.
 */
export function protectedPhrases(contentDir: string): string[] {
	const frameworks = frontmatterIn(join(contentDir, 'frameworks')).flatMap((data) => {
		const framework = record(data.framework);
		const names = (key: string) =>
			Array.isArray(framework[key]) ? framework[key].map((entry) => record(entry).name) : [];
		return [framework.name, framework.shortName, ...names('levels'), ...names('sections')];
	});
	const practices = frontmatterIn(join(contentDir, 'practices'))
		.filter((data) => data.practice !== undefined)
		.map((data) => data.title);
	return [...frameworks, ...practices].filter(isText);
}

/**
 * The plugin for one linker, on every page but `skipFile` (an absolute path). Sätteri calls the
 * function once per page, so each page starts with all its links to give.
 */
export function glossaryLinksPlugin(linker: GlossaryLinker, skipFile?: string): MdastPluginEntry {
	return ({ fileURL }) => {
		if (fileURL && fileURLToPath(fileURL) === skipFile) return null;
		const linkRun = linker();
		return {
			name: 'atlas-glossary-links',
			// Outside headings and tables, Markdown prose is in paragraphs, which Sätteri visits in
			// document order. A visitor costs a tenth of reading the whole tree in a `before` hook.
			paragraph(node, ctx) {
				// Of the blocks whose text is never linked, only MDX components hold paragraphs.
				if (ctx.sourceFormat === 'mdx') {
					let block: Parents | undefined = ctx.parent(node);
					while (block && !isUnlinkedBlock(block.type)) block = ctx.parent(block);
					if (block) return;
				}
				linkRun(node, (text, parts) => ctx.replaceNode(text, parts));
			},
		};
	};
}

export default function glossaryLinks(options: {
	glossaryFile: string;
	base?: string;
}): MdastPluginEntry {
	if (!existsSync(options.glossaryFile)) return null;
	const parsed = GlossarySchema.safeParse(
		readFrontmatter(readFileSync(options.glossaryFile, 'utf8')).glossary
	);
	// An invalid glossary is reported by the content collection's own validation; link nothing here.
	if (!parsed.success) return null;
	const base = (options.base ?? '/').replace(/\/?$/, '/');
	const link = createGlossaryLinker(parsed.data, (term) => `${base}glossary/#${term.id}`, {
		protectedPhrases: protectedPhrases(dirname(options.glossaryFile)),
	});
	return glossaryLinksPlugin(link, resolve(options.glossaryFile));
}
