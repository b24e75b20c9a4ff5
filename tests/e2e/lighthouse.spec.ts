/**
 * Lighthouse (mobile) on key pages: accessibility, best practices and SEO 100. These scores do
 * not depend on the machine's speed; the performance score does, so it is measured by
 * `npm run bench` (tests/bench/lighthouse.bench.ts), never asserted here.
 */
import type { LaunchedChrome } from 'chrome-launcher';
import { LIGHTHOUSE_PAGES, audit, launchForLighthouse, type Category } from '../support/lighthouse';
import { expect, test } from './fixtures';

const CATEGORIES: Category[] = ['accessibility', 'best-practices', 'seo'];

let chrome: LaunchedChrome | undefined;
test.beforeAll(async () => {
	chrome = await launchForLighthouse();
});
test.afterAll(() => {
	chrome?.kill();
});

test.describe('Lighthouse (mobile)', () => {
	for (const path of LIGHTHOUSE_PAGES) {
		test(`${path} scores 100 in accessibility, best practices and SEO`, async ({ baseURL }) => {
			const run = await audit(chrome!, new URL(path, baseURL).href, CATEGORIES);
			const below = CATEGORIES.filter((id) => run.scores[id] !== 100).map(
				(id) => `${id} ${run.scores[id]} (failing audits: ${run.failing[id]!.join(', ')})`
			);
			expect(below).toEqual([]);
		});
	}
});
