/** axe (WCAG 2.2 A and AA) on every built page, in light and dark mode, and on key pages at phone width. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser';
import { assertBuilt, htmlFiles, pagePath } from '../support/site';

assertBuilt();
const { url, newPage } = useBrowser();
const pages = htmlFiles().map(pagePath);

/** The WCAG 2.2 A/AA violations on a page, as `rule: targets` lines. */
async function violations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		// Starlight's own search button shows "Ctrl K" next to its aria-label "Search", which axe
		// reports as label-content-name-mismatch. It is Starlight's markup, not the atlas's.
		.exclude('site-search > button[data-open-modal]')
		.analyze();
	return results.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

describe.each(['light', 'dark'] as const)('%s mode', (colorScheme) => {
	test.each(pages)('%s has no WCAG 2.2 A/AA violations', async (path) => {
		const page = await newPage({ colorScheme });
		await page.goto(url(path));
		expect(await violations(page)).toEqual([]);
	});
});

// Wide tables turn into cards below 40rem; check that layout too, on the pages that have them.
describe('phone width (390 px), dark mode', () => {
	test.each([
		'/frameworks/microsoft-mlops/',
		'/frameworks/ml-test-score/',
		'/compare/',
		'/self-check/',
		'/practices/',
	])('%s has no WCAG 2.2 A/AA violations', async (path) => {
		const page = await newPage({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
		await page.goto(url(path));
		expect(await violations(page)).toEqual([]);
	});
});
