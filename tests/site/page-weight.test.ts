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

	test.each(pages)('$path', ({ file, path }) => {
		const { total, message } = weight(file);
		expect(total, message).toBeLessThanOrEqual(BUDGETS[path] ?? DEFAULT);
	});
});
