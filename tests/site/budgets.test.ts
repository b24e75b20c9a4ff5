/**
 * Size budgets over the built site. The atlas's own JavaScript is told apart from Starlight's
 * by the record the script-origins integration writes during the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { SCRIPT_ORIGINS_FILE, type ScriptOrigin } from '~/integrations/script-origins';
import { assertBuilt, dist, htmlFiles, pagePath, readDist, root } from '../support/site';

assertBuilt();

/** Pages that carry an island of the atlas, with their own-JavaScript budget in bytes (gzip). */
const ISLAND_BUDGETS: Record<string, number> = {
	// The foundation's 12 KB still holds for the full self-check (issue 5 allows 15 KB).
	'/self-check/': 12 * 1024,
	'/self-check/ml-test-score/': 12 * 1024,
	'/practices/': 12 * 1024,
	'/compare/': 12 * 1024,
	// A button that opens the header's search dialog.
	'/404.html': 1024,
};
const HTML_BUDGET = 60 * 1024;

const origins: ScriptOrigin[] = JSON.parse(readFileSync(join(root, SCRIPT_ORIGINS_FILE), 'utf8'));
const ownFiles = new Map(origins.map((o) => [`/${o.fileName}`, o]));
const gzipSize = (text: string) => gzipSync(text, { level: 9 }).length;

/** Every script file a page loads, following static imports between chunks. */
function scriptGraph(html: string): Set<string> {
	const seen = new Set<string>();
	const queue = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
	queue.push(
		...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!)
	);
	for (const [, code] of html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) {
		queue.push(
			...[...code!.matchAll(/(?:from|import)\s*["'](\/_astro\/[^"']+)["']/g)].map((m) => m[1]!)
		);
	}
	while (queue.length) {
		const file = queue.shift()!;
		if (seen.has(file) || !file.startsWith('/_astro/')) continue;
		seen.add(file);
		const code = readFileSync(join(dist, file), 'utf8');
		for (const [, spec] of code.matchAll(/(?:from|import)\s*["'](\.\/[^"']+)["']/g)) {
			queue.push(new URL(spec!, `http://x${file}`).pathname);
		}
	}
	return seen;
}

/** The atlas's own JavaScript on a page: external chunks it wrote, and inline copies of them. */
function ownJavaScript(html: string): { files: string[]; gzip: number } {
	const files = [...scriptGraph(html)].filter((file) => ownFiles.has(file));
	const inline = [...html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)]
		.map((m) => m[1]!.trim())
		.filter((code) => code && origins.some((o) => o.code.trim() === code));
	const gzip = [...files.map((f) => ownFiles.get(f)!.code), ...inline].reduce(
		(sum, code) => sum + gzipSize(code),
		0
	);
	return { files: [...files, ...inline.map(() => '(inline)')], gzip };
}

const pages = htmlFiles().map((file) => ({ file, path: pagePath(file), html: readDist(file) }));

describe('JavaScript budgets', () => {
	test('the build recorded where its scripts come from', () => {
		expect(origins.length).toBeGreaterThan(0);
	});

	test.each(pages.filter((p) => !(p.path in ISLAND_BUDGETS)))(
		'$path ships none of the atlas’s own JavaScript',
		({ html }) => {
			expect(ownJavaScript(html).files).toEqual([]);
		}
	);

	test.each(Object.entries(ISLAND_BUDGETS))(
		'%s ships at most %i bytes (gzip) of its own JavaScript',
		(path, budget) => {
			const page = pages.find((p) => p.path === path);
			expect(page, `${path} was not built`).toBeDefined();
			const own = ownJavaScript(page!.html);
			expect(own.files.length).toBeGreaterThan(0);
			expect(own.gzip).toBeLessThanOrEqual(budget);
		}
	);
});

describe('HTML budget', () => {
	test.each(pages)(`$path is at most ${HTML_BUDGET / 1024} KB of HTML (gzip)`, ({ html }) => {
		expect(gzipSize(html)).toBeLessThanOrEqual(HTML_BUDGET);
	});
});
