/**
 * What a deployment needs from the build, at the root (`npm run test:site`) and under a base path
 * with SITE_URL set (`npm run test:base`): canonical URLs, a sitemap and an absolute link-preview
 * image when the site's address is known, and all of them under the base path.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/serve-static.mjs';
import { assertBuilt, base, dist, htmlFiles, pagePath, readDist, siteUrl } from '../support/site';

assertBuilt();

/** The address a page is published at, from its site path (e.g. `/practices/x/`). */
const published = (path: string) =>
	siteUrl ? new URL(`${base}${path.slice(1)}`, siteUrl).href : undefined;
const pages = htmlFiles().filter((file) => file !== '404.html');
const canonical = (html: string) => /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];

test('every page names its published address as canonical URL when SITE_URL is set', () => {
	const wrong = pages
		.map((file) => ({ path: pagePath(file), found: canonical(readDist(file)) }))
		.filter(({ path, found }) => found !== published(path));
	expect(wrong).toEqual([]);
	// Any host serves the not-found page at every missing address: it has no canonical one.
	expect(canonical(readDist('404.html'))).toBeUndefined();
});

test('the link-preview image is absolute when SITE_URL is set, and under the base path', () => {
	const image = /<meta property="og:image" content="([^"]*)"/.exec(readDist('index.html'))?.[1];
	expect(image).toBe(siteUrl ? new URL(`${base}social.png`, siteUrl).href : `${base}social.png`);
});

test('the sitemap lists every page, and only pages, when SITE_URL is set', () => {
	if (!siteUrl) {
		expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(false);
		return;
	}
	const locs = (file: string) =>
		[...readDist(file).matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
	const sitemaps = locs('sitemap-index.xml');
	expect(sitemaps).toEqual([published('/sitemap-0.xml')]);
	const listed = sitemaps.flatMap((url) => locs(new URL(url).pathname.slice(base.length)));
	expect(listed.sort()).toEqual(pages.map((file) => published(pagePath(file))).sort());
	expect(readDist('index.html')).toContain(`<link rel="sitemap" href="${base}sitemap-index.xml"/>`);
});

test('every page sets the referrer policy of _headers itself, for hosts that send no headers', () => {
	const policy = headersFor(parseHeaders(readDist('_headers')), '/')['Referrer-Policy'];
	expect(policy).toBe('no-referrer');
	const without = htmlFiles().filter(
		(file) => !readDist(file).includes(`<meta name="referrer" content="${policy}"/>`)
	);
	expect(without).toEqual([]);
});
