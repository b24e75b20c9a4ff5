/**
 * Size budgets over the built site. The atlas's own JavaScript is told apart from Starlight's
 * by the record the script-origins integration writes during the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { scriptOriginsFile, type ScriptOrigin } from '~/integrations/script-origins';
import {
	assertBuilt,
	dist,
	gzipSize,
	htmlFiles,
	pagePath,
	readDist,
	root,
	scriptGraph,
} from '../support/site';

assertBuilt();

/**
 * Pages that carry an island of the atlas, with the budget in bytes (gzip) of the JavaScript they
 * load with the page. The self-check and the team view load most of theirs on the reader's first
 * step; WHOLE_ISLAND_BUDGETS bounds that too.
 */
const ISLAND_BUDGETS: Record<string, number> = {
	'/self-check/': 12 * 1024,
	'/self-check/team/': 12 * 1024,
	'/self-check/ml-test-score/': 12 * 1024,
	'/practices/': 12 * 1024,
	'/compare/': 12 * 1024,
	// The Stack Canvas worksheet: saving, export and import, and no engine (about 5 KB).
	'/stack-canvas/': 6 * 1024,
	// A button that opens the header's search dialog.
	'/404.html': 1024,
};
const HTML_BUDGET = 60 * 1024;

/**
 * Islands that load code on the reader's first step, with the budget of everything they may load
 * (gzip): issue 5's 15 KB for the self-check, which now also keeps snapshots; the progress view
 * itself loads only when there are snapshots, and counts here too. The team view runs the same
 * engine, under the same limit.
 */
const WHOLE_ISLAND_BUDGETS: Record<string, number> = {
	'/self-check/': 15 * 1024,
	'/self-check/team/': 15 * 1024,
	// The calculator, whole, under the 12 KB it had when it all loaded with the page.
	'/self-check/ml-test-score/': 12 * 1024,
};
/**
 * Over budget still: the self-check with snapshots and the progress view is about 17.6 KB after
 * first use (14.9 KB before the progress view loads, which it does only when there are
 * snapshots). `test.fails` keeps the gap visible: it passes while the island is over and fails,
 * so this must shrink, the day it fits.
 */
const WHOLE_ISLAND_NOT_YET = new Set(['/self-check/']);

/** The site's chrome on every page: the search button, which fetches the search UI on intent. */
const CHROME_BUDGET = 2 * 1024;
const isChrome = (o: ScriptOrigin) =>
	o.ownModules.every((m) => /^src\/components\/(search\/|overrides\/Search\.astro$)/.test(m));

const origins: ScriptOrigin[] = JSON.parse(
	readFileSync(join(root, scriptOriginsFile(dist)), 'utf8')
);
const ownFiles = new Map(origins.map((o) => [`/${o.fileName}`, o]));

/** The chrome's script files a page loads (not the search UI itself, which is fetched on intent). */
const chromeFiles = (html: string) =>
	[...scriptGraph(html)].filter((file) => ownFiles.has(file) && isChrome(ownFiles.get(file)!));

/**
 * The atlas's own JavaScript on a page besides the chrome: chunks it wrote, and inline copies;
 * with `onIntent`, also what its islands load later, on the reader's first step (the whole island).
 */
function ownJavaScript(html: string, onIntent = false): { files: string[]; gzip: number } {
	const files = [...scriptGraph(html, { onIntent })].filter(
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

describe('islands loaded on intent', () => {
	const check = (path: string, budget: number) => {
		const page = pages.find((p) => p.path === path)!;
		const whole = ownJavaScript(page.html, true);
		// It does load more on intent than with the page, or this budget measures nothing.
		expect(whole.gzip).toBeGreaterThan(ownJavaScript(page.html).gzip);
		expect(whole.gzip, whole.files.join(', ')).toBeLessThanOrEqual(budget);
	};
	const entries = Object.entries(WHOLE_ISLAND_BUDGETS);
	test.each(entries.filter(([path]) => !WHOLE_ISLAND_NOT_YET.has(path)))(
		'%s loads at most %i bytes (gzip) of its own JavaScript, everything it may load counted',
		check
	);
	test.fails.each(entries.filter(([path]) => WHOLE_ISLAND_NOT_YET.has(path)))(
		'%s is over its %i bytes still, everything it may load counted (known gap, issue 13)',
		check
	);
});

describe('HTML budget', () => {
	test.each(pages)(`$path is at most ${HTML_BUDGET / 1024} KB of HTML (gzip)`, ({ html }) => {
		expect(gzipSize(html)).toBeLessThanOrEqual(HTML_BUDGET);
	});
});
