/** The self-check in a real browser: levels follow the answers, state survives reloads, bad state is ignored. */
import type { Page } from '@playwright/test';
import { expect, openSelfCheck, test } from './fixtures';

/** A framework's result element; its `data-level` is the reached level. */
const result = (page: Page, framework: string) => page.locator(`[data-result-for="${framework}"]`);

/** Choose an answer by its visible label inside the question about `practice`. */
async function answer(page: Page, practice: string, label: string) {
	await page
		.locator(`fieldset[data-practice="${practice}"]`)
		.getByLabel(label, { exact: true })
		.check();
}

const microsoftLevel1 = ['application-ci', 'data-pipeline', 'code-version-control'];

test.describe('self-check', () => {
	test('starts with no answers at level 0 for both frameworks', async ({ page }) => {
		await openSelfCheck(page);
		// The toolbar is hidden in the HTML; only the running element reveals it.
		await expect(page.locator('atlas-self-check [data-toolbar]')).toBeVisible();
		await expect(page.locator('input[type=radio]:checked')).toHaveCount(0);
		await expect(result(page, 'microsoft-mlops')).toHaveAttribute('data-level', '0');
		await expect(result(page, 'google-mlops')).toHaveAttribute('data-level', '0');
		await expect(page.locator('[data-result-for="microsoft-mlops"] [data-level-label]')).toHaveText(
			'Level 0 · No MLOps'
		);
	});

	test('computes levels as answers change, and reverts when an answer is taken back', async ({
		page,
	}) => {
		await openSelfCheck(page);
		await answer(page, 'application-ci', 'Automated');
		await answer(page, 'code-version-control', 'Yes');
		await expect(page.locator('[data-progress-text]')).toHaveText(/^2 of \d+ answered$/);
		await expect(result(page, 'microsoft-mlops')).toHaveAttribute('data-level', '0');
		await answer(page, 'data-pipeline', 'Automated');
		await expect(result(page, 'microsoft-mlops')).toHaveAttribute('data-level', '1');
		await expect(page.locator('[data-result-for="microsoft-mlops"] [data-level-label]')).toHaveText(
			'Level 1 · DevOps but no MLOps'
		);
		// "Manually" is not enough where the level is defined by automation.
		await answer(page, 'data-pipeline', 'Manually');
		await expect(result(page, 'microsoft-mlops')).toHaveAttribute('data-level', '0');
		await expect(page.locator('[data-result-for="microsoft-mlops"] [data-blockers] li')).toHaveText(
			[/manually, needs it automated/]
		);
	});

	test('reaches the top of both ladders when every practice is in place, and lists blockers by name', async ({
		page,
	}) => {
		await openSelfCheck(page);
		const fieldsets = page.locator('fieldset[data-practice]:not([data-practice^="theme-"])');
		const count = await fieldsets.count();
		for (let i = 0; i < count; i++) {
			const fieldset = fieldsets.nth(i);
			const automated = fieldset.getByLabel('Automated', { exact: true });
			await (
				(await automated.count()) ? automated : fieldset.getByLabel('Yes', { exact: true })
			).check();
		}
		await expect(page.locator('[data-progress-text]')).toHaveText(
			new RegExp(`^${count} of \\d+ answered$`)
		);
		await expect(result(page, 'microsoft-mlops')).toHaveAttribute('data-level', '4');
		await expect(result(page, 'google-mlops')).toHaveAttribute('data-level', '2');
		await expect(result(page, 'aws-mlops')).toHaveAttribute('data-level', '4');
		await answer(page, 'model-lineage', 'No');
		await expect(result(page, 'google-mlops')).toHaveAttribute('data-level', '0');
		await expect(result(page, 'microsoft-mlops')).toHaveAttribute('data-level', '2');
		await expect(page.locator('[data-result-for="google-mlops"] [data-blockers] li')).toHaveText([
			/\(no\)$/,
		]);
	});

	test('can be completed with the keyboard alone', async ({ page }) => {
		await openSelfCheck(page);
		const first = page.locator('fieldset[data-practice] input[type=radio]').first();
		for (let i = 0; i < 80 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
			await page.keyboard.press('Tab');
		}
		await expect(first).toBeFocused();
		const questions = await page
			.locator('fieldset[data-practice]')
			.evaluateAll((sets) => sets.map((s) => (s as HTMLElement).dataset.practice!));
		const focusedName = () =>
			page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name);
		for (const question of questions) {
			// Links between questions (an intro's link, say) are passed with Tab as well.
			for (let i = 0; i < 3 && (await focusedName()) !== question; i++) {
				await page.keyboard.press('Tab');
			}
			expect(await focusedName()).toBe(question);
			// Arrow keys move and select within a radio group: pick the second option everywhere.
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('Tab'); // to the question's "About …" link
			await page.keyboard.press('Tab'); // to the next question
		}
		await expect(page.locator('[data-progress-text]')).toHaveText(
			`${questions.length} of ${questions.length} answered`
		);
		// Second options are "Manually", "Yes" and, for themes, "Strategic". Done by hand, AWS's
		// phase 1 is reached; phase 2 needs its training pipelines automated.
		await expect(result(page, 'google-ai-adoption:learn')).toHaveAttribute('data-level', '2');
		await expect(result(page, 'aws-mlops')).toHaveAttribute('data-level', '1');
		// Buttons work from the keyboard too: "Start over" asks first.
		page.once('dialog', (dialog) => void dialog.accept());
		await page.locator('[data-reset]').focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('[data-progress-text]')).toHaveText(
			`0 of ${questions.length} answered`
		);
	});

	test('keeps answers across a reload', async ({ page }) => {
		await openSelfCheck(page);
		for (const practice of microsoftLevel1) {
			const question = page.locator(`fieldset[data-practice="${practice}"]`);
			const yes = question.getByLabel('Yes', { exact: true });
			await ((await yes.count()) ? yes : question.getByLabel('Automated', { exact: true })).check();
		}
		await expect(result(page, 'microsoft-mlops')).toHaveAttribute('data-level', '1');
		await page.reload();
		await expect(page.locator('atlas-self-check')).toHaveAttribute('data-ready', '');
		await expect(result(page, 'microsoft-mlops')).toHaveAttribute('data-level', '1');
		await expect(page.locator('input[type=radio]:checked')).toHaveCount(3);
	});

	for (const { name, stored } of [
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
	]) {
		test(`ignores stored state that is ${name} and starts clean`, async ({ page }) => {
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
			await openSelfCheck(page);
			await expect(result(page, 'microsoft-mlops')).toHaveAttribute('data-level', '0');
			await expect(page.locator('input[type=radio]:checked')).toHaveCount(0);
			await expect(page.locator('img[src=x], atlas-self-check script:not([type])')).toHaveCount(0);
			// The page still works after the bad state.
			await answer(page, 'code-version-control', 'Yes');
			await expect(page.locator('[data-progress-text]')).toHaveText(/^1 of \d+ answered$/);
			expect(errors).toEqual([]);
		});
	}
});
