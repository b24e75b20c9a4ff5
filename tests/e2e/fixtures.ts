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

/** Open the search dialog from the header, type a query and return the result links' paths. */
export async function search(page: Page, query: string): Promise<string[]> {
	// The button works once Starlight's search element is defined.
	await page.waitForFunction(() => customElements.get('site-search') !== undefined);
	await page.locator('site-search button[data-open-modal]').first().click();
	const input = page.locator('#starlight__search .pagefind-ui__search-input');
	await input.waitFor({ state: 'visible' });
	await input.fill(query);
	const links = page.locator('.pagefind-ui__result-link');
	await links.first().waitFor({ timeout: 15_000 });
	return links.evaluateAll((anchors) =>
		anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname)
	);
}

/** Put `value` under `key` in the page's storage once, before its first load (not on reloads). */
export async function seedStorage(page: Page, key: string, value: string) {
	await page.addInitScript(
		([k, v]) => {
			if (!sessionStorage.getItem('atlas-seeded')) localStorage.setItem(k!, v!);
			sessionStorage.setItem('atlas-seeded', '1');
		},
		[key, value]
	);
}

/** Make every write to the page's storage fail as a full storage does, from its first script on. */
export async function fullStorage(page: Page) {
	await page.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
}

/** An export file of the self-check holding `answers`, for `setInputFiles`. */
export const assessmentFile = (answers: Record<string, string>) => ({
	name: 'answers.json',
	mimeType: 'application/json',
	buffer: Buffer.from(
		JSON.stringify({
			format: 'mlops-atlas-assessment',
			formatVersion: 1,
			questionSet: 'x',
			answers,
		})
	),
});
