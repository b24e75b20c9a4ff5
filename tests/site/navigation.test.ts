/**
 * The sidebar does not carry every practice on every page: a practice page lists the practices of
 * its own dimension, sorted by title; other pages list only the dimensions.
 */
import { expect, test } from 'vitest';
import { realContent } from '../support/content';
import { assertBuilt, htmlFiles, pagePath, readDist } from '../support/site';

assertBuilt();

/** The links of a page's sidebar, as [href, text] pairs. */
function sidebarLinks(html: string): Array<[string, string]> {
	const start = html.indexOf('id="starlight__sidebar"');
	const nav = html.slice(start, html.indexOf('</nav>', start));
	return [...nav.matchAll(/<a href="([^"]+)"[^>]*>\s*<span[^>]*>([^<]*)</g)].map((m) => [
		m[1]!,
		m[2]!.trim(),
	]);
}
const isPracticeLink = ([href]: [string, string]) => /^\/practices\/[^/?]+\/$/.test(href);

const files = htmlFiles();
const practicePages = files.filter((f) => /^practices\/[^/]+\/index\.html$/.test(f));

test('pages other than practice pages link to no single practice in the sidebar', () => {
	const offenders = files
		.filter((f) => !practicePages.includes(f))
		.filter((f) => sidebarLinks(readDist(f)).some(isPracticeLink))
		.map(pagePath);
	expect(offenders).toEqual([]);
	expect(
		sidebarLinks(readDist('glossary/index.html')).filter(([href]) => href.includes('?dimension='))
	).toHaveLength(9);
});

test("a practice page lists its dimension's practices, sorted by title, itself included", () => {
	expect(practicePages.length).toBeGreaterThan(50);
	const dimensionOf = (html: string) =>
		/data-pagefind-filter="dimension\[content\]" content="([^"]+)"/.exec(html)?.[1];
	const sizes = new Map<string, number>();
	for (const file of practicePages) {
		const html = readDist(file);
		const listed = sidebarLinks(html).filter(isPracticeLink);
		const titles = listed.map(([, text]) => text);
		expect(titles, pagePath(file)).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
		expect(
			listed.map(([href]) => href),
			pagePath(file)
		).toContain(pagePath(file));
		const dimension = dimensionOf(html)!;
		expect(sizes.get(dimension) ?? listed.length, pagePath(file)).toBe(listed.length);
		sizes.set(dimension, listed.length);
	}
	expect([...sizes.values()].reduce((a, b) => a + b, 0)).toBe(practicePages.length);
});

test('every framework page links each practice the atlas maps to it', () => {
	const { frameworks, practices } = realContent();
	const missing: string[] = [];
	for (const fw of frameworks) {
		const html = readDist(`frameworks/${fw.id}/index.html`);
		const main = html.slice(html.indexOf('<main'));
		for (const p of practices.filter((p) => p.mappings.some((m) => m.framework === fw.id)))
			if (!main.includes(`href="/practices/${p.id}/"`)) missing.push(`${fw.id} → ${p.id}`);
	}
	expect(missing).toEqual([]);
});
