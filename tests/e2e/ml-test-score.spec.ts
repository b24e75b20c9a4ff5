/** The ML Test Score calculator in a real browser: scores, bands, reloads and bad stored state. */
import type { Page } from '@playwright/test';
import { expect, seedStorage, test } from './fixtures';

const SECTIONS = ['data', 'model', 'infra', 'monitor'];
/** The self-check's saved assessment, which the calculator shares. */
const STORAGE_KEY = 'mlops-atlas-assessment:v1';
/** Where the first calculator kept its answers on its own, with bare test ids. */
const LEGACY_KEY = 'mlops-atlas-assessment:ml-test-score:v1';

const finalScore = (page: Page) => page.locator('[data-final-score]');
const band = (page: Page) => page.locator('[data-band]');

/** Open the calculator and wait until its element has started (it reveals the results panel). */
async function openCalculator(page: Page) {
	await page.goto('/self-check/ml-test-score/');
	await expect(page.locator('atlas-rubric-calculator')).toHaveAttribute('data-ready', '');
}

/** Answer the first `count` tests of a section with the given label. */
async function answerSection(
	page: Page,
	section: string,
	count: number,
	label: 'Manual' | 'Automated' | 'Not done'
) {
	for (let i = 1; i <= count; i++) {
		await page
			.locator(`fieldset[data-test="ml-test-score:${section}-${i}"]`)
			.getByLabel(label, { exact: true })
			.check();
	}
}

test.describe('ML Test Score calculator', () => {
	test('lists the 28 tests with id and name in each legend', async ({ page }) => {
		await openCalculator(page);
		const legends = await page.locator('fieldset[data-test] legend').allTextContents();
		expect(legends).toHaveLength(28);
		expect(legends.map((l) => l.trim())).toContain('Infra 6 · Models are canaried before serving');
		await expect(page.locator('fieldset[data-test="ml-test-score:data-1"] label')).toHaveText([
			'Not done',
			'Manual',
			'Automated',
		]);
		await expect(finalScore(page)).toHaveAttribute('data-final-score', '0');
		await expect(band(page)).toHaveAttribute('data-band', '0');
	});

	test('the final score is the weakest section, with its band', async ({ page }) => {
		await openCalculator(page);
		for (const section of SECTIONS) await answerSection(page, section, 7, 'Manual');
		await expect(finalScore(page)).toHaveAttribute('data-final-score', '3.5');
		await expect(band(page)).toHaveAttribute('data-band', '4');
		await answerSection(page, 'monitor', 2, 'Not done');
		await expect(finalScore(page)).toHaveAttribute('data-final-score', '2.5');
		await expect(band(page)).toHaveAttribute('data-band', '3');
		await expect(page.locator('[data-section="monitor"] [data-section-score]')).toHaveText('2.5');
		await expect(page.locator('[data-section="data"] [data-section-score]')).toHaveText('3.5');
		await expect(page.locator('[data-section="monitor"]')).toHaveAttribute('data-weakest', '');
	});

	test('answers survive a reload', async ({ page }) => {
		await openCalculator(page);
		for (const section of SECTIONS) await answerSection(page, section, 2, 'Automated');
		await expect(finalScore(page)).toHaveAttribute('data-final-score', '2');
		await page.reload();
		await expect(page.locator('atlas-rubric-calculator')).toHaveAttribute('data-ready', '');
		await expect(finalScore(page)).toHaveAttribute('data-final-score', '2');
		await expect(band(page)).toHaveAttribute('data-band', '2');
		await expect(page.locator('fieldset[data-test] input:checked')).toHaveCount(8);
	});

	for (const { name, stored } of [
		{ name: 'garbage', stored: 'NaN{{' },
		{
			name: 'out-of-range answers',
			stored: JSON.stringify({
				format: 'mlops-atlas-assessment',
				formatVersion: 1,
				questionSet: 'x',
				answers: {
					'ml-test-score:data-1': 99,
					'ml-test-score:data-2': 'automated',
					'ml-test-score:data-2 ': 'automated',
					constructor: 'automated',
				},
			}),
		},
	]) {
		test(`never shows NaN or an impossible score with ${name} in storage`, async ({ page }) => {
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			await page.addInitScript(
				([key, value]) => localStorage.setItem(key!, value!),
				[STORAGE_KEY, stored]
			);
			await openCalculator(page);
			const score = Number(await finalScore(page).getAttribute('data-final-score'));
			expect(score).toBeGreaterThanOrEqual(0);
			expect(score).toBeLessThanOrEqual(7);
			// The results panel only: one test's own description mentions NaN values.
			await expect(page.locator('atlas-rubric-calculator .atlas-results')).not.toContainText('NaN');
			// Only the valid stored answer survives; answering data 1 adds to it.
			await answerSection(page, 'data', 1, 'Automated');
			await expect(page.locator('[data-section="data"] [data-section-score]')).toHaveText(
				name === 'garbage' ? '1' : '2'
			);
			expect(errors).toEqual([]);
		});
	}

	test('answers saved by the first calculator are taken over once', async ({ page }) => {
		await seedStorage(
			page,
			LEGACY_KEY,
			JSON.stringify({
				format: 'mlops-atlas-assessment',
				formatVersion: 1,
				questionSet: 'old',
				answers: { 'data-1': 'automated', 'model-1': 'manual' },
			})
		);
		await openCalculator(page);
		await expect(page.locator('fieldset[data-test] input:checked')).toHaveCount(2);
		const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), STORAGE_KEY);
		expect(saved.answers).toEqual({
			'ml-test-score:data-1': 'automated',
			'ml-test-score:model-1': 'manual',
		});
	});

	test('saving keeps the self-check’s other answers and targets', async ({ page }) => {
		await seedStorage(
			page,
			STORAGE_KEY,
			JSON.stringify({
				format: 'mlops-atlas-assessment',
				formatVersion: 1,
				questionSet: 'x',
				updated: '2026-01-01T00:00:00.000Z',
				answers: { 'code-version-control': 'yes' },
				targets: { 'microsoft-mlops': 3 },
			})
		);
		await openCalculator(page);
		await answerSection(page, 'infra', 1, 'Automated');
		await expect
			.poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), STORAGE_KEY))
			.toMatchObject({
				answers: { 'code-version-control': 'yes', 'ml-test-score:infra-1': 'automated' },
				targets: { 'microsoft-mlops': 3 },
			});
	});
});
