/** The pages a reader lands on first: the home page's navigation on phones, and the 404 page. */
import { expect, test } from './fixtures';

test('on a phone, the home page has a menu that leads to every section', async ({ newPage }) => {
	const page = await newPage({ viewport: { width: 390, height: 800 } });
	await page.goto('/');
	const menu = page.getByRole('button', { name: 'Menu' });
	await expect(menu).toBeVisible();
	await menu.click();
	const sidebar = page.locator('#starlight__sidebar');
	for (const name of ['Self-check', 'Compare frameworks', 'Crosswalk', 'Glossary'])
		await expect(sidebar.getByRole('link', { name, exact: true })).toBeVisible();
	await sidebar.getByText('Practices', { exact: true }).click();
	await expect(sidebar.getByRole('link', { name: 'All practices' })).toBeVisible();
});

test('the 404 page opens the search dialog and links the main sections', async ({ newPage }) => {
	const page = await newPage();
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await page.getByRole('button', { name: 'Search the atlas' }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	await dialog.locator('.pagefind-ui__search-input').fill('drift');
	await expect(dialog.locator('.pagefind-ui__result').first()).toBeVisible();
	await page.keyboard.press('Escape');
	await page.getByRole('link', { name: /^Practice catalog/ }).click();
	await expect(page).toHaveURL(/\/practices\/$/);
});
