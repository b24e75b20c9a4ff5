/**
 * Snapshots and the progress view (issue 13, item 1): save, compare, keep across reloads, export
 * and import, two tabs, and full storage.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { SNAPSHOTS_STORAGE_KEY } from '../../src/lib/storage-keys';
import { expect, openSelfCheck, test } from './fixtures';

const quick = (page: Page) => page.locator('#self-check-quick ~ section fieldset[data-practice]');

/** The answers that say "in place" (automated, where that is an option) or "not in place". */
const IN_PLACE = 'input[value="yes"], input[value="automated"]';
const NOT_IN_PLACE = 'input[value="no"], input[value="not-yet"]';

/** Answer every quick-check practice question: all in place, or none. */
async function answerAll(page: Page, value: 'yes' | 'no') {
	const selector = value === 'yes' ? IN_PLACE : NOT_IN_PLACE;
	for (const radio of await quick(page).locator(selector).all()) await radio.check();
}

async function snapshot(page: Page, name: string) {
	await page.locator('[data-snapshot-name]').fill(name);
	await page.locator('[data-save-snapshot]').click();
	await expect(page.locator('[data-notice]')).toContainText(`Snapshot “${name}`);
}

test('a snapshot, then better answers: every framework then and now, what was gained, a line', async ({
	page,
}) => {
	await openSelfCheck(page);
	await expect(page.locator('[data-snapshot-empty]')).toBeVisible();
	// No answers, no snapshot.
	await page.locator('[data-save-snapshot]').click();
	await expect(page.locator('[data-notice]')).toContainText('Answer some questions first');
	await expect(page.locator('[data-snapshot-list] li')).toHaveCount(0);

	await answerAll(page, 'no');
	await snapshot(page, 'Q1');
	await answerAll(page, 'yes');
	const rows = page.locator('[data-compare-rows] tr');
	await expect(rows.first()).toBeVisible();
	// Microsoft's ladder went up; its "then" is where all "no" left it.
	const microsoft = page.locator('[data-progress-for="microsoft-mlops"]');
	await expect(microsoft).toHaveAttribute('data-change', 'up');
	await expect(microsoft.locator('td').nth(1)).toHaveText(/^Level 0/);
	await expect(microsoft.locator('svg polyline')).toHaveCount(1);
	// Every practice answered "yes" now, and "no" in the snapshot, is gained; nothing is lost.
	const yes = await page
		.locator('#self-check-quick ~ section[aria-labelledby^="dimension-"] fieldset')
		.locator(IN_PLACE)
		.count();
	await expect(page.locator('[data-gained] li a')).toHaveCount(yes);
	await expect(page.locator('[data-lost] li')).toHaveText(['None.']);

	// Filled in, it fits a phone: nothing scrolls sideways at 390 px.
	await page.setViewportSize({ width: 390, height: 900 });
	expect(
		await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)
	).toBeLessThanOrEqual(0);

	// Kept across a reload, and compared the other way round on request.
	await page.reload();
	await expect(page.locator('[data-snapshot-list] li')).toHaveCount(1);
	await expect(page.locator('[data-snapshot-list] li')).toContainText('Q1');
	await page.locator('[data-compare-from]').selectOption({ label: 'Your answers now' });
	await page.locator('[data-compare-to]').selectOption({ index: 0 });
	await expect(microsoft).toHaveAttribute('data-change', 'down');
	await expect(page.locator('[data-lost] li a')).toHaveCount(yes);
});

test('snapshots travel with the JSON export and come back with an import', async ({
	page,
	newPage,
}) => {
	await openSelfCheck(page);
	await answerAll(page, 'no');
	await snapshot(page, 'Before');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('[data-export-json]').click(),
	]);
	const path = await download.path();
	const file = JSON.parse(readFileSync(path, 'utf8'));
	expect(file).toMatchObject({ formatVersion: 2, snapshots: [{ name: 'Before' }] });

	const other = await newPage();
	await openSelfCheck(other);
	await other.locator('[data-import]').setInputFiles(path);
	await expect(other.locator('[data-notice]')).toContainText('and 1 snapshots');
	await expect(other.locator('[data-snapshot-list] li')).toContainText('Before');
});

test('two tabs each saving a snapshot keep both', async ({ page, context }) => {
	await openSelfCheck(page);
	await answerAll(page, 'no');
	const second = await context.newPage();
	await openSelfCheck(second);
	await snapshot(page, 'From tab one');
	await snapshot(second, 'From tab two');
	for (const tab of [page, second])
		await expect(tab.locator('[data-snapshot-list] li')).toHaveCount(2);
	const stored = await page.evaluate((key) => localStorage.getItem(key), SNAPSHOTS_STORAGE_KEY);
	expect(stored).toContain('From tab one');
	expect(stored).toContain('From tab two');
});

test('with storage full, a snapshot stays in the tab and in the export, and the page says so', async ({
	page,
}) => {
	await openSelfCheck(page);
	await answerAll(page, 'no');
	await page.evaluate(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
	});
	await page.locator('[data-snapshot-name]').fill('Kept here');
	await page.locator('[data-save-snapshot]').click();
	await expect(page.locator('[data-notice]')).toContainText('kept in this tab only');
	await expect(page.locator('[data-snapshot-list] li')).toContainText('Kept here');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('[data-export-json]').click(),
	]);
	const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
	expect(file.snapshots.map((s: { name: string }) => s.name)).toEqual(['Kept here']);
});

test('an unreadable snapshot list is kept aside, not overwritten', async ({ page }) => {
	await page.addInitScript((key) => {
		if (!sessionStorage.getItem('seeded')) localStorage.setItem(key, '{"format":"x"');
		sessionStorage.setItem('seeded', '1');
	}, SNAPSHOTS_STORAGE_KEY);
	await openSelfCheck(page);
	await expect(page.locator('[data-notice]')).toContainText('snapshots could not be read');
	await expect(page.locator('[data-history-list] li')).toHaveCount(1);
	await expect(page.locator('[data-history-list] li button[data-action="download"]')).toBeVisible();
});
