/**
 * Size budgets over the built site. The atlas's own JavaScript is told apart from Starlight's
 * by the record the script-origins integration writes during the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SCRIPT_ORIGINS_FILE, type ScriptOrigin } from '~/integrations/script-origins';
import {
	assertBuilt,
	gzipSize,
	htmlFiles,
	pagePath,
	readDist,
	root,
	scriptGraph,
} from '../support/site';

assertBuilt();

/** Pages that carry an island of the atlas, with their own-JavaScript budget in bytes (gzip). */
const ISLAND_BUDGETS: Record<string, number> = {
	// The foundation's 12 KB still holds for the full self-check (issue 5 allows 15 KB).
	'/self-check/': 12 * 1024,
	'/self-check/ml-test-score/': 12 * 1024,
	'/practices/': 12 * 1024,
	'/compare/': 12 * 1024,
	// The Stack Canvas worksheet: saving, export and import, and no engine (about 5 KB).
	'/stack-canvas/': 6 * 1024,
	// A button that opens the header's search dialog.
	'/404.html': 1024,
};
const HTML_BUDGET = 60 * 1024;

/** The site's chrome on every page: the search button, which fetches the search UI on intent. */
const CHROME_BUDGET = 2 * 1024;
const isChrome = (o: ScriptOrigin) =>
	o.ownModules.every((m) => /^src\/components\/(search\/|overrides\/Search\.astro$)/.test(m));

const origins: ScriptOrigin[] = JSON.parse(readFileSync(join(root, SCRIPT_ORIGINS_FILE), 'utf8'));
const ownFiles = new Map(origins.map((o) => [`/${o.fileName}`, o]));

/** The chrome's script files a page loads (not the search UI itself, which is fetched on intent). */
const chromeFiles = (html: string) =>
	[...scriptGraph(html)].filter((file) => ownFiles.has(file) && isChrome(ownFiles.get(file)!));

/** The atlas's own JavaScript on a page besides the chrome: chunks it wrote, and inline copies. */
function ownJavaScript(html: string): { files: string[]; gzip: number } {
	const files = [...scriptGraph(html)].filter(
		(file) => ownFiles.has(file) && !isChrome(ownFiles.get(file)!)
	);
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

	test.each(pages)(
		`$path loads at most ${CHROME_BUDGET} bytes (gzip) of chrome script`,
		({ html }) => {
			const files = chromeFiles(html);
			expect(files.length).toBeGreaterThan(0);
			const gzip = files.reduce((sum, f) => sum + gzipSize(ownFiles.get(f)!.code), 0);
			expect(gzip).toBeLessThanOrEqual(CHROME_BUDGET);
		}
	);

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
