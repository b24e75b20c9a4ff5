/**
 * Page weight: the bytes (gzip) of everything a cold visit loads until the network is idle, per
 * page, computed from the built files (deterministic; tests/e2e/page-weight.spec.ts checks the
 * list against what Chromium fetches). Budgets from issue 12.
 */
import { describe, expect, test } from 'vitest';
import { assertBuilt, coldVisit, htmlFiles, pagePath } from '../support/site';

assertBuilt();

const KiB = 1024;
/** Pages with their own budget; every other page (home and content pages) gets `DEFAULT`. */
const BUDGETS: Record<string, number> = {
	'/practices/': 36 * KiB,
	'/self-check/': 40 * KiB,
	'/self-check/ml-test-score/': 32 * KiB,
};
const DEFAULT = 32 * KiB;
/**
 * Budgets not met yet. The self-check still carries its whole question set inline (the deep
 * check's 190 questions are about 13 KiB of its 33 KiB of HTML) and starts its engine (12 KiB of
 * script) at once: 59 KiB in all. Issue 12 stays open until it loads the deep check and the engine
 * on intent. `test.fails` keeps the gap visible: it passes while the page is over budget and
 * fails (so this list must shrink) the day it fits.
 */
const NOT_YET = new Set(['/self-check/']);

const pages = htmlFiles().map((file) => ({ file, path: pagePath(file) }));
const weight = (file: string) => {
	const loads = coldVisit(file);
	const total = loads.reduce((sum, l) => sum + l.gzip, 0);
	const detail = loads.map((l) => `${l.path} ${(l.gzip / KiB).toFixed(1)} KiB`).join(', ');
	return { total, message: `${(total / KiB).toFixed(1)} KiB: ${detail}` };
};

describe('cold-visit weight (gzip)', () => {
	test('the budgets name built pages', () => {
		for (const path of Object.keys(BUDGETS)) expect(pages.map((p) => p.path)).toContain(path);
	});

	test.each(pages.filter((p) => !NOT_YET.has(p.path)))('$path', ({ file, path }) => {
		const { total, message } = weight(file);
		expect(total, message).toBeLessThanOrEqual(BUDGETS[path] ?? DEFAULT);
	});

	test.fails.each(pages.filter((p) => NOT_YET.has(p.path)))(
		'$path is over its budget still (known gap, issue 12)',
		({ file, path }) => {
			const { total, message } = weight(file);
			expect(total, message).toBeLessThanOrEqual(BUDGETS[path] ?? DEFAULT);
		}
	);
});
