/**
 * No broken internal link or anchor anywhere in the built site. Run on the base-path build too
 * (`npm run test:base`), where every internal link must also stay under the base path.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { assertBuilt, base, dist, htmlFiles, readDist } from '../support/site';

assertBuilt();

/** The built file a URL path resolves to, if any; none for a path outside the base path. */
function targetFile(pathname: string): string | undefined {
	if (!pathname.startsWith(base)) return undefined;
	const rel = decodeURIComponent(pathname.slice(base.length));
	return [join(rel, 'index.html'), rel].find((candidate) => {
		const full = join(dist, candidate);
		return existsSync(full) && statSync(full).isFile();
	});
}

/** Every id and name attribute in a page, the targets a `#fragment` may point to. */
function anchorsOf(html: string): Set<string> {
	return new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]!));
}

/** Every same-site URL the pages' elements matching `pattern` (its first group) point to. */
function* internalUrls(pattern: RegExp): Generator<{ file: string; href: string; url: URL }> {
	for (const file of htmlFiles()) {
		for (const [, raw] of readDist(file).matchAll(pattern)) {
			const href = raw!.replaceAll('&amp;', '&');
			if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue; // another origin or scheme
			yield { file, href, url: new URL(href, `http://site.invalid${base}${file}`) };
		}
	}
}

test('every internal link and fragment in the build resolves', () => {
	const anchors = new Map<string, Set<string>>();
	const broken: string[] = [];
	for (const { file, href, url } of internalUrls(/<a\s[^>]*?href="([^"]*)"/g)) {
		const target = targetFile(url.pathname);
		if (!target) {
			broken.push(`${file}: ${href} (no such page under ${base})`);
			continue;
		}
		const fragment = decodeURIComponent(url.hash.slice(1));
		if (!fragment || fragment === '_top') continue;
		if (!anchors.has(target)) anchors.set(target, anchorsOf(readDist(target)));
		if (!anchors.get(target)!.has(fragment))
			broken.push(`${file}: ${href} (no element with id "${fragment}")`);
	}
	expect(broken).toEqual([]);
});

test('every stylesheet, icon, script and image a page names is in the build', () => {
	const missing = [...internalUrls(/<(?:link|script|img)\s[^>]*?(?:href|src)="([^"#]+)"/g)].filter(
		({ url }) => !targetFile(url.pathname)
	);
	expect(missing.map(({ file, href }) => `${file}: ${href}`)).toEqual([]);
});

test('the link check can fail: it sees links it cannot resolve', () => {
	expect(targetFile(`${base}no-such-page/`)).toBeUndefined();
	expect(targetFile(`${base}frameworks/google-mlops/`)).toBe('frameworks/google-mlops/index.html');
	// A link that leaves out the base path finds no page, even where a page has that path.
	if (base !== '/') expect(targetFile('/frameworks/google-mlops/')).toBeUndefined();
	expect(anchorsOf('<h2 id="levels">Levels</h2>').has('levels')).toBe(true);
});
