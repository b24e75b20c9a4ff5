/** The self-check in a real browser: levels follow the answers, state survives reloads, bad state is ignored. */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser';

const { url, newPage } = useBrowser();

/** The reached level a framework's result element reports. */
const levelOf = (page: Page, framework: string) =>
	page.locator(`[data-result-for="${framework}"]`).getAttribute('data-level');

/** Choose an answer by its visible label inside the question about `practice`. */
async function answer(page: Page, practice: string, label: string) {
	await page
		.locator(`fieldset[data-practice="${practice}"]`)
		.getByLabel(label, { exact: true })
		.check();
}

const microsoftLevel1 = ['application-ci', 'data-pipeline', 'code-version-control'];

describe('self-check', () => {
	test('starts with no answers at level 0 for both frameworks', async () => {
		const page = await newPage();
		await page.goto(url('/self-check/'));
		expect(await page.locator('input[type=radio]:checked').count()).toBe(0);
		expect(await levelOf(page, 'microsoft-mlops')).toBe('0');
		expect(await levelOf(page, 'google-mlops')).toBe('0');
		await expect
			.poll(() =>
				page.locator('[data-result-for="microsoft-mlops"] [data-level-label]').textContent()
			)
			.toBe('Level 0 · No MLOps');
	});

	test('computes levels as answers change, and reverts when an answer is taken back', async () => {
		const page = await newPage();
		await page.goto(url('/self-check/'));
		await answer(page, 'application-ci', 'Automated');
		await answer(page, 'code-version-control', 'Yes');
		expect(await levelOf(page, 'microsoft-mlops')).toBe('0');
		await answer(page, 'data-pipeline', 'Automated');
		await expect.poll(() => levelOf(page, 'microsoft-mlops')).toBe('1');
		await expect
			.poll(() =>
				page.locator('[data-result-for="microsoft-mlops"] [data-level-label]').textContent()
			)
			.toBe('Level 1 · DevOps but no MLOps');
		// "Manually" is not enough where the level is defined by automation.
		await answer(page, 'data-pipeline', 'Manually');
		await expect.poll(() => levelOf(page, 'microsoft-mlops')).toBe('0');
		await expect
			.poll(() =>
				page.locator('[data-result-for="microsoft-mlops"] [data-blockers] li').allTextContents()
			)
			.toEqual([expect.stringMatching(/manually, needs it automated/)]);
	});

	test('reaches the top of both ladders when every practice is in place, and lists blockers by name', async () => {
		const page = await newPage();
		await page.goto(url('/self-check/'));
		const fieldsets = page.locator('fieldset[data-practice]:not([data-practice^="theme-"])');
		for (let i = 0; i < (await fieldsets.count()); i++) {
			const fieldset = fieldsets.nth(i);
			const automated = fieldset.getByLabel('Automated', { exact: true });
			await (
				(await automated.count()) ? automated : fieldset.getByLabel('Yes', { exact: true })
			).check();
		}
		await expect.poll(() => levelOf(page, 'microsoft-mlops')).toBe('4');
		await expect.poll(() => levelOf(page, 'google-mlops')).toBe('2');
		await expect.poll(() => levelOf(page, 'aws-mlops')).toBe('4');
		await answer(page, 'model-lineage', 'No');
		await expect.poll(() => levelOf(page, 'google-mlops')).toBe('0');
		await expect.poll(() => levelOf(page, 'microsoft-mlops')).toBe('2');
		const blockers = await page
			.locator('[data-result-for="google-mlops"] [data-blockers] li')
			.allTextContents();
		expect(blockers).toEqual([expect.stringMatching(/\(no\)$/)]);
	});

	test('can be completed with the keyboard alone', async () => {
		const page = await newPage();
		await page.goto(url('/self-check/'));
		const first = page.locator('fieldset[data-practice] input[type=radio]').first();
		for (let i = 0; i < 80 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
			await page.keyboard.press('Tab');
		}
		expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
		const questions = await page
			.locator('fieldset[data-practice]')
			.evaluateAll((sets) => sets.map((s) => (s as HTMLElement).dataset.practice!));
		for (const question of questions) {
			// Links between questions (an intro's link, say) are passed with Tab as well.
			const focusedName = () =>
				page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name);
			for (let i = 0; i < 3 && (await focusedName()) !== question; i++) {
				await page.keyboard.press('Tab');
			}
			expect(await focusedName()).toBe(question);
			// Arrow keys move and select within a radio group: pick the second option everywhere.
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('Tab'); // to the question's "About …" link
			await page.keyboard.press('Tab'); // to the next question
		}
		await expect
			.poll(() => page.locator('[data-progress-text]').textContent())
			.toBe(`${questions.length} of ${questions.length} answered`);
		// Second options are "Manually", "Yes" and, for themes, "Strategic".
		await expect
			.poll(() =>
				page.locator('[data-result-for="google-ai-adoption:learn"]').getAttribute('data-level')
			)
			.toBe('2');
		await expect.poll(() => levelOf(page, 'aws-mlops')).toBe('4');
		// Buttons work from the keyboard too: "Start over" asks first.
		page.once('dialog', (dialog) => void dialog.accept());
		await page.locator('[data-reset]').focus();
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.locator('[data-progress-text]').textContent())
			.toBe(`0 of ${questions.length} answered`);
	});

	test('keeps answers across a reload', async () => {
		const page = await newPage();
		await page.goto(url('/self-check/'));
		for (const practice of microsoftLevel1) {
			const yes = page
				.locator(`fieldset[data-practice="${practice}"]`)
				.getByLabel('Yes', { exact: true });
			await (
				(await yes.count())
					? yes
					: page
							.locator(`fieldset[data-practice="${practice}"]`)
							.getByLabel('Automated', { exact: true })
			).check();
		}
		await expect.poll(() => levelOf(page, 'microsoft-mlops')).toBe('1');
		await page.reload();
		await expect.poll(() => levelOf(page, 'microsoft-mlops')).toBe('1');
		expect(await page.locator('input[type=radio]:checked').count()).toBe(3);
	});

	test.each([
		{ name: 'not JSON', stored: '{"format": "mlops-atlas-assess' },
		{
			name: 'a hostile value',
			stored: JSON.stringify({
				format: 'mlops-atlas-assessment',
				formatVersion: 1,
				questionSet: '<img src=x onerror=alert(1)>',
				answers: { '<script>alert(1)</script>': 'yes', __proto__: 'x', 'application-ci': 42 },
			}),
		},
		{
			name: 'an unknown version',
			stored: JSON.stringify({ format: 'mlops-atlas-assessment', formatVersion: 99, answers: {} }),
		},
	])('ignores stored state that is $name and starts clean', async ({ stored }) => {
		const page = await newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('dialog', (dialog) => {
			errors.push(`unexpected dialog: ${dialog.message()}`);
			void dialog.dismiss();
		});
		await page.addInitScript(
			(value) => localStorage.setItem('mlops-atlas-assessment:v1', value),
			stored
		);
		await page.goto(url('/self-check/'));
		await expect.poll(() => levelOf(page, 'microsoft-mlops')).toBe('0');
		expect(await page.locator('input[type=radio]:checked').count()).toBe(0);
		expect(await page.locator('img[src=x], atlas-self-check script:not([type])').count()).toBe(0);
		// The page still works after the bad state.
		await answer(page, 'code-version-control', 'Yes');
		await expect
			.poll(() =>
				page.locator('fieldset[data-practice="code-version-control"] input:checked').count()
			)
			.toBe(1);
		expect(errors).toEqual([]);
	});
});
