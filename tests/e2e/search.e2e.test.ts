/** Site search (Starlight's Pagefind dialog) finds pages by words in their body. */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser';

const { url, newPage } = useBrowser();

/** Open the search dialog from the header, type a query and return the result links' paths. */
export async function search(page: Page, query: string): Promise<string[]> {
	await page.locator('site-search button[data-open-modal]').first().click();
	const input = page.locator('#starlight__search input');
	await input.waitFor({ state: 'visible' });
	await input.fill(query);
	const links = page.locator('.pagefind-ui__result-link');
	await links.first().waitFor({ timeout: 15_000 });
	return links.evaluateAll((anchors) =>
		anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname)
	);
}

describe('search', () => {
	test('finds the Google framework page by a word that appears only in its body', async () => {
		const page = await newPage();
		await page.goto(url('/'));
		// "Kazmierczak" (an author's name) is written only in the Google page's prose.
		const results = await search(page, 'Kazmierczak');
		expect(results[0]).toBe('/frameworks/google-mlops/');
	});
});
