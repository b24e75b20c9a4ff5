/**
 * Ordinary use never loses the reader's answers: two shared links in a row, a reload after a
 * link, storage that fails, unreadable saved data, an empty or replacing import, start over.
 */
import type { Page } from '@playwright/test';
import { assessmentFile, expect, fullStorage, openSelfCheck, seedStorage, test } from './fixtures';

const question = (page: Page, id: string) => page.locator(`fieldset[data-practice="${id}"]`);
const checked = (page: Page, id: string) => question(page, id).locator('input:checked');

/** A share link (as the page makes it) for the given answers. */
const linkFor = (answers: Record<string, string>) =>
	`/self-check/#check=${Buffer.from(
		JSON.stringify({
			format: 'mlops-atlas-assessment',
			formatVersion: 1,
			questionSet: 'x',
			updated: '2026-01-01T00:00:00.000Z',
			answers,
		})
	).toString('base64url')}`;

const history = (page: Page) => page.locator('[data-history-list] > li');

test('two shared links in a row keep both earlier sets, and the first comes back', async ({
	page,
}) => {
	await openSelfCheck(page);
	await question(page, 'code-version-control').locator('input[value="yes"]').check(); // A
	await page.goto(linkFor({ 'model-registry': 'yes' })); // B
	await expect(checked(page, 'model-registry')).toHaveValue('yes');
	await page.goto(linkFor({ 'feature-store': 'yes' })); // C
	await expect(checked(page, 'feature-store')).toHaveValue('yes');
	await expect(history(page)).toHaveCount(2);
	// The oldest entry is A: restore it.
	await history(page).last().getByRole('button', { name: 'Restore' }).click();
	await expect(checked(page, 'code-version-control')).toHaveValue('yes');
	await expect(checked(page, 'feature-store')).toHaveCount(0);
	// C, replaced by the restore, is kept in turn.
	await expect(history(page).first()).toContainText('Replaced when earlier answers were restored');
});

test('the answers a shared link replaced are still listed after a reload', async ({ page }) => {
	await openSelfCheck(page);
	await question(page, 'code-version-control').locator('input[value="yes"]').check();
	await page.goto(linkFor({ 'model-registry': 'yes' }));
	await expect(checked(page, 'model-registry')).toHaveValue('yes');
	await page.reload();
	await expect(page.locator('atlas-self-check')).toHaveAttribute('data-ready', '');
	await expect(history(page)).toHaveCount(1);
	await expect(history(page)).toContainText('Replaced by a shared link');
	await history(page).getByRole('button', { name: 'Restore' }).click();
	await expect(checked(page, 'code-version-control')).toHaveValue('yes');
});

test('when storage fails the page says so, and a shared link still keeps the answers aside', async ({
	page,
}) => {
	await fullStorage(page);
	await openSelfCheck(page);
	await expect(page.locator('[data-storage-warning]')).toBeHidden();
	await question(page, 'code-version-control').locator('input[value="yes"]').check();
	await expect(page.locator('[data-storage-warning]')).toBeVisible();
	await expect(page.locator('[data-storage-warning]')).toContainText('not being saved');
	// Open a link in the same tab: the answers are kept in the page, and can be restored.
	await page.evaluate(
		(hash) => (location.hash = hash),
		linkFor({ 'model-registry': 'yes' }).split('#')[1]!
	);
	await expect(checked(page, 'model-registry')).toHaveValue('yes');
	await page.locator('[data-restore]').click();
	await expect(checked(page, 'code-version-control')).toHaveValue('yes');
});

test('unreadable saved data is kept aside, not overwritten by a shared link', async ({ page }) => {
	const unreadable = JSON.stringify({
		format: 'mlops-atlas-assessment',
		formatVersion: 2,
		answers: { x: 1 },
	});
	await seedStorage(page, 'mlops-atlas-assessment:v1', unreadable);
	await page.goto(linkFor({ 'model-registry': 'yes' }));
	await expect(page.locator('atlas-self-check')).toHaveAttribute('data-ready', '');
	await expect(history(page)).toHaveCount(1);
	await expect(history(page)).toContainText('could not read, kept as it was');
	const kept = await page.evaluate(() => localStorage.getItem('mlops-atlas-assessment:v1:history'));
	expect(JSON.parse(kept!)[0].data).toBe(unreadable);
});

test('an import can be undone, and an empty import changes nothing', async ({ page }) => {
	await openSelfCheck(page);
	await question(page, 'code-version-control').locator('input[value="yes"]').check();
	await page.locator('[data-import]').setInputFiles(assessmentFile({}));
	await expect(page.locator('[data-notice-text]')).toContainText('Your answers are unchanged');
	await expect(checked(page, 'code-version-control')).toHaveValue('yes');
	page.once('dialog', (dialog) => void dialog.accept());
	await page.locator('[data-import]').setInputFiles(assessmentFile({ 'model-registry': 'yes' }));
	await expect(checked(page, 'model-registry')).toHaveValue('yes');
	await expect(checked(page, 'code-version-control')).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(checked(page, 'code-version-control')).toHaveValue('yes');
	await expect(checked(page, 'model-registry')).toHaveCount(0);
});

test('start over keeps the answers, and a broken entry says so when restored', async ({ page }) => {
	await openSelfCheck(page);
	await question(page, 'code-version-control').locator('input[value="yes"]').check();
	page.once('dialog', (dialog) => void dialog.accept());
	await page.locator('[data-reset]').click();
	await expect(page.locator('input[type=radio]:checked')).toHaveCount(0);
	await expect(history(page)).toContainText('Cleared by “Start over”');
	// Corrupt the kept set, as a newer version of the site might have written it.
	await page.evaluate(() => {
		const key = 'mlops-atlas-assessment:v1:history';
		const entries = JSON.parse(localStorage.getItem(key)!);
		entries[0].data = '{"format": "mlops-atlas-assessment", "formatVersion": 9}';
		localStorage.setItem(key, JSON.stringify(entries));
	});
	await page.reload();
	await expect(page.locator('atlas-self-check')).toHaveAttribute('data-ready', '');
	await history(page).getByRole('button', { name: 'Restore' }).click();
	await expect(page.locator('[data-notice-text]')).toContainText('could not be read');
	await expect(history(page)).toHaveCount(1);
});

test('two tabs agree: answers from one show in the other, and neither writes over the other', async ({
	newPage,
}) => {
	const a = await newPage();
	await openSelfCheck(a);
	await question(a, 'code-version-control').locator('input[value="yes"]').check();
	// A second tab of the same browser.
	const b = await a.context().newPage();
	await openSelfCheck(b);
	await expect(checked(b, 'code-version-control')).toHaveValue('yes');
	await question(b, 'model-registry').locator('input[value="yes"]').check();
	// Tab A shows B's answer, with a notice, and keeps it when it answers again.
	await expect(checked(a, 'model-registry')).toHaveValue('yes');
	await expect(a.locator('[data-notice-text]')).toContainText('changed in another tab');
	await question(a, 'feature-store').locator('input[value="yes"]').check();
	await expect(checked(b, 'feature-store')).toHaveValue('yes');
	const saved = await a.evaluate(() =>
		JSON.parse(localStorage.getItem('mlops-atlas-assessment:v1')!)
	);
	expect(saved.answers).toEqual({
		'code-version-control': 'yes',
		'model-registry': 'yes',
		'feature-store': 'yes',
	});
});

test('the calculator and the self-check, open in two tabs, agree', async ({ newPage }) => {
	const calculator = await newPage();
	await calculator.goto('/self-check/ml-test-score/');
	await expect(calculator.locator('atlas-rubric-calculator')).toHaveAttribute('data-ready', '');
	const check = await calculator.context().newPage();
	await openSelfCheck(check);
	await check.locator('details[data-deep="ml-test-score"] > summary').click();
	await question(check, 'ml-test-score:data-1').locator('input[value="automated"]').check();
	await expect(
		calculator.locator('fieldset[data-test="ml-test-score:data-1"] input:checked')
	).toHaveValue('automated');
	await calculator
		.locator('fieldset[data-test="ml-test-score:data-2"] input[value="manual"]')
		.check();
	await expect(checked(check, 'ml-test-score:data-2')).toHaveValue('manual');
	await expect(checked(check, 'ml-test-score:data-1')).toHaveValue('automated');
});
