/** Renders Markdown and MDX as the site's build does: Astro's Sätteri processor, with the given plugins. */
import { satteri, type SatteriProcessorOptions } from '@astrojs/markdown-satteri';

/** Astro's defaults (smart punctuation, GFM), without a syntax highlighter to load. */
const shared = { syntaxHighlight: false } as const;

/** The HTML of a Markdown page; `fileURL` is the page's file, as Astro passes it to plugins. */
export async function renderMarkdown(
	markdown: string,
	plugins: SatteriProcessorOptions,
	fileURL?: URL
): Promise<string> {
	const renderer = await satteri(plugins).createRenderer(shared);
	return (await renderer.render(markdown, { fileURL })).code;
}

/** The JavaScript module an MDX page compiles to; `filePath` is the page's file. */
export async function compileMdx(
	mdx: string,
	plugins: SatteriProcessorOptions,
	filePath: string
): Promise<string> {
	// `satteri()` always has an MDX renderer; the interface makes it optional for other processors.
	const renderer = await satteri(plugins).createMdxRenderer!(shared, { optimize: false });
	return (await renderer.process(mdx, filePath, {})).code;
}
