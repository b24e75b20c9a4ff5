/** No broken internal link or anchor anywhere in the built site. */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { assertBuilt, dist, htmlFiles, readDist } from '../support/site';

assertBuilt();

/** The built file a site path resolves to, if any. */
function targetFile(pathname: string): string | undefined {
	const rel = decodeURIComponent(pathname).replace(/^\//, '');
	return [join(rel, 'index.html'), rel].find((candidate) => {
		const full = join(dist, candidate);
		return existsSync(full) && statSync(full).isFile();
	});
}

/** Every id and name attribute in a page, the targets a `#fragment` may point to. */
function anchorsOf(html: string): Set<string> {
	return new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]!));
}

test('every internal link and fragment in the build resolves', () => {
	const anchors = new Map<string, Set<string>>();
	const broken: string[] = [];
	for (const file of htmlFiles()) {
		const html = readDist(file);
		for (const [, raw] of html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
			const href = raw!.replaceAll('&amp;', '&');
			if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue; // another origin or scheme
			const url = new URL(href, `http://site.invalid/${file}`);
			const target = targetFile(url.pathname);
			if (!target) {
				broken.push(`${file}: ${href} (no such page)`);
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (!fragment || fragment === '_top') continue;
			if (!anchors.has(target)) anchors.set(target, anchorsOf(readDist(target)));
			if (!anchors.get(target)!.has(fragment))
				broken.push(`${file}: ${href} (no element with id "${fragment}")`);
		}
	}
	expect(broken).toEqual([]);
});

test('the link check can fail: it sees links it cannot resolve', () => {
	expect(targetFile('/no-such-page/')).toBeUndefined();
	expect(targetFile('/frameworks/google-mlops/')).toBe('frameworks/google-mlops/index.html');
	expect(anchorsOf('<h2 id="levels">Levels</h2>').has('levels')).toBe(true);
});
