/**
 * What every page declares to browsers and link previews, and the pages a reader lands on first:
 * the home page leads everywhere, the 404 page offers search and the main sections.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { assertBuilt, dist, htmlFiles, pagePath, readDist } from '../support/site';

assertBuilt();

const files = htmlFiles();
const attr = (html: string, property: string) =>
	new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1];

test('no page title repeats the site name', () => {
	const doubled = files.filter((f) => {
		const title = /<title>([^<]*)<\/title>/.exec(readDist(f))?.[1] ?? '';
		const parts = title.split(' | ');
		return new Set(parts).size !== parts.length;
	});
	expect(doubled.map(pagePath)).toEqual([]);
});

test('every page declares the social image, a 1200 × 630 PNG that the build wrote', () => {
	const png = readFileSync(join(dist, 'social.png'));
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	// The IHDR chunk: width and height as big-endian integers at bytes 16 and 20.
	expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	const missing = files.filter((f) => {
		const html = readDist(f);
		return (
			!attr(html, 'og:image')?.endsWith('/social.png') || attr(html, 'og:image:alt') === undefined
		);
	});
	expect(missing.map(pagePath)).toEqual([]);
});

test('the home page links every framework, the main sections and the guides', () => {
	const html = readDist('index.html');
	const frameworks = files.filter((f) => /^frameworks\/[^/]+\/index\.html$/.test(f)).map(pagePath);
	expect(frameworks.length).toBeGreaterThanOrEqual(8);
	const main = html.slice(html.indexOf('<main'));
	for (const path of [
		...frameworks,
		'/self-check/',
		'/compare/',
		'/crosswalk/',
		'/roadmap/',
		'/practices/',
		'/glossary/',
		'/guides/choosing-a-framework/',
		'/guides/using-maturity-models/',
	])
		expect(main, path).toContain(`href="${path}"`);
	// Navigation on every screen: the home page has the sidebar (and so the phone menu).
	expect(html).toContain('id="starlight__sidebar"');
});

test('the 404 page offers search and the main sections, and is not indexed for search', () => {
	const html = readDist('404.html');
	expect(html).toContain('<atlas-search-button>');
	for (const path of ['/', '/self-check/', '/compare/', '/practices/', '/glossary/'])
		expect(html, path).toContain(`href="${path}"`);
	expect(html).not.toContain('data-pagefind-body');
});
