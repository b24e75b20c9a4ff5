/**
 * axe (WCAG 2.2 A and AA): every built page in light mode; one page of each type in dark mode
 * and at phone width, where colours and the card layout of wide tables change.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { htmlFiles, onePagePerType, pagePath } from '../support/site';
import { expect, test } from './fixtures';

const pages = htmlFiles().map(pagePath);

const onePerType = onePagePerType();
/** Pages whose wide tables turn into cards below 40rem, checked at phone width as well. */
const tableHeavy = ['/frameworks/microsoft-mlops/', '/frameworks/ml-test-score/', '/crosswalk/'];
const phonePages = [...new Set([...onePerType, ...tableHeavy])];

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

test('the page types cover every section of the site', () => {
	expect(onePerType.length).toBeGreaterThanOrEqual(8);
	expect(onePerType).toEqual(
		expect.arrayContaining(['/', '/practices/', '/self-check/', '/compare/'])
	);
	expect(pages).toEqual(expect.arrayContaining(tableHeavy));
});

test.describe('light mode, every page', () => {
	for (const path of pages) {
		test(`${path} has no WCAG 2.2 A/AA violations`, async ({ newPage }) => {
			const page = await newPage({ colorScheme: 'light' });
			await page.goto(path);
			expect(await violations(page)).toEqual([]);
		});
	}
});

test.describe('dark mode, one page of each type', () => {
	for (const path of onePerType) {
		test(`${path} has no WCAG 2.2 A/AA violations`, async ({ newPage }) => {
			const page = await newPage({ colorScheme: 'dark' });
			await page.goto(path);
			expect(await violations(page)).toEqual([]);
		});
	}
});

test.describe('phone width (390 px), one page of each type and the table-heavy pages', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		for (const path of phonePages) {
			test(`${path} in ${colorScheme} mode has no WCAG 2.2 A/AA violations`, async ({
				newPage,
			}) => {
				const page = await newPage({ viewport: { width: 390, height: 844 }, colorScheme });
				await page.goto(path);
				expect(await violations(page)).toEqual([]);
			});
		}
	}
});
