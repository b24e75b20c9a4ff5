/** Starlight's theme script, guarded: a corrupted stored theme or blocked storage throws nowhere. */
import { expect, test } from './fixtures';

for (const { name, init } of [
	{
		name: 'a corrupted stored theme',
		init: () => localStorage.setItem('starlight-theme', '1<x>'),
	},
	{
		name: 'blocked storage',
		init: () =>
			Object.defineProperty(window, 'localStorage', {
				configurable: true,
				get() {
					throw new DOMException('Access is denied for this document.', 'SecurityError');
				},
			}),
	},
]) {
	test(`${name} throws no error, and the theme still switches`, async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.addInitScript(init);
		await page.goto('/frameworks/google-mlops/');
		await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
		await page.locator('starlight-theme-select select').first().selectOption('light');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		expect(errors).toEqual([]);
	});
}
