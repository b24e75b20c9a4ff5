/** The ML Test Score calculator in a real browser: scores, bands, reloads and bad stored state. */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser';

const { url, newPage } = useBrowser();
const SECTIONS = ['data', 'model', 'infra', 'monitor'];
const STORAGE_KEY = 'mlops-atlas-assessment:ml-test-score:v1';

const finalScore = (page: Page) =>
	page.locator('[data-final-score]').getAttribute('data-final-score');
const band = (page: Page) => page.locator('[data-band]').getAttribute('data-band');

/** Answer the first `count` tests of a section with the given label. */
async function answerSection(
	page: Page,
	section: string,
	count: number,
	label: 'Manual' | 'Automated' | 'Not done'
) {
	for (let i = 1; i <= count; i++) {
		await page
			.locator(`fieldset[data-test="${section}-${i}"]`)
			.getByLabel(label, { exact: true })
			.check();
	}
}

describe('ML Test Score calculator', () => {
	test('lists the 28 tests with id and name in each legend', async () => {
		const page = await newPage();
		await page.goto(url('/self-check/ml-test-score/'));
		const legends = await page.locator('fieldset[data-test] legend').allTextContents();
		expect(legends).toHaveLength(28);
		expect(legends.map((l) => l.trim())).toContain('Infra 6 · Models are canaried before serving');
		expect(await page.locator('fieldset[data-test="data-1"] label').allTextContents()).toEqual([
			'Not done',
			'Manual',
			'Automated',
		]);
		expect([await finalScore(page), await band(page)]).toEqual(['0', '0']);
	});

	test('the final score is the weakest section, with its band', async () => {
		const page = await newPage();
		await page.goto(url('/self-check/ml-test-score/'));
		for (const section of SECTIONS) await answerSection(page, section, 7, 'Manual');
		await expect.poll(() => finalScore(page)).toBe('3.5');
		expect(await band(page)).toBe('4');
		await answerSection(page, 'monitor', 2, 'Not done');
		await expect.poll(() => finalScore(page)).toBe('2.5');
		expect(await band(page)).toBe('3');
		expect(await page.locator('[data-section="monitor"] [data-section-score]').textContent()).toBe(
			'2.5'
		);
		expect(await page.locator('[data-section="data"] [data-section-score]').textContent()).toBe(
			'3.5'
		);
		await expect
			.poll(() => page.locator('[data-section="monitor"]').getAttribute('data-weakest'))
			.toBe('');
	});

	test('answers survive a reload', async () => {
		const page = await newPage();
		await page.goto(url('/self-check/ml-test-score/'));
		for (const section of SECTIONS) await answerSection(page, section, 2, 'Automated');
		await expect.poll(() => finalScore(page)).toBe('2');
		await page.reload();
		await expect.poll(() => finalScore(page)).toBe('2');
		expect(await band(page)).toBe('2');
	});

	test.each([
		{ name: 'garbage', stored: 'NaN{{' },
		{
			name: 'out-of-range answers',
			stored: JSON.stringify({
				format: 'mlops-atlas-assessment',
				formatVersion: 1,
				questionSet: 'x',
				answers: {
					'data-1': 99,
					'data-2': 'automated',
					'data-2 ': 'automated',
					constructor: 'automated',
				},
			}),
		},
	])('never shows NaN or an impossible score with $name in storage', async ({ stored }) => {
		const page = await newPage();
		await page.addInitScript(
			([key, value]) => localStorage.setItem(key!, value!),
			[STORAGE_KEY, stored]
		);
		await page.goto(url('/self-check/ml-test-score/'));
		const score = Number(await finalScore(page));
		expect(score).toBeGreaterThanOrEqual(0);
		expect(score).toBeLessThanOrEqual(7);
		// The results panel only: one test's own description mentions NaN values.
		expect(await page.locator('atlas-ml-test-score .atlas-results').textContent()).not.toContain(
			'NaN'
		);
		await answerSection(page, 'data', 1, 'Automated');
		await expect
			.poll(() => page.locator('[data-section="data"] [data-section-score]').textContent())
			.toMatch(/^[1-2]$/);
	});
});
