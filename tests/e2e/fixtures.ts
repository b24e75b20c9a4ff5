/** The browser tests' `test` and `expect`: Playwright's, plus a fixture for extra fresh pages. */
import { expect, test as base, type BrowserContextOptions, type Page } from '@playwright/test';

export { expect };

export const test = base.extend<{
	/** A page in a new, empty browser context (no storage shared with `page` or other pages). */
	newPage: (options?: BrowserContextOptions) => Promise<Page>;
}>({
	newPage: async ({ browser, baseURL }, use) => {
		const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
		await use(async (options = {}) => {
			const context = await browser.newContext({ baseURL, ...options });
			contexts.push(context);
			return context.newPage();
		});
		await Promise.all(contexts.map((context) => context.close()));
	},
});

/** Open the self-check (optionally with a share-link fragment) and wait until its element has started. */
export async function openSelfCheck(page: Page, path = '/self-check/') {
	await page.goto(path);
	await expect(page.locator('atlas-self-check')).toHaveAttribute('data-ready', '');
}
