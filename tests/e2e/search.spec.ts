/** Site search (Starlight's Pagefind dialog) finds pages by words in their body. */
import { expect, search, test } from './fixtures';

test.describe('search', () => {
	test('finds the Google framework page by a word that appears only in its body', async ({
		newPage,
	}) => {
		const page = await newPage();
		await page.goto('/');
		// "Kazmierczak" (an author's name) is written only in the Google page's prose.
		const results = await search(page, 'Kazmierczak');
		expect(results[0]).toBe('/frameworks/google-mlops/');
	});

	for (const { query, expected } of [
		{ query: 'CT', expected: '/practices/continuous-training/' },
		{ query: 'CI/CD', expected: '/practices/pipeline-ci-cd/' },
		{ query: 'drift', expected: '/practices/drift-monitoring/' },
		{ query: 'skew', expected: '/practices/skew-monitoring/' },
		{ query: 'registry', expected: '/practices/model-registry/' },
		{ query: 'canary', expected: '/practices/online-validation/' },
		{ query: 'A/B', expected: '/practices/ab-testing/' },
		{ query: 'lineage', expected: '/practices/model-lineage/' },
		{ query: 'feature store', expected: '/practices/feature-store/' },
		{ query: 'rollback', expected: '/practices/model-rollback/' },
	]) {
		test(`finds ${expected} among the first results for "${query}"`, async ({ newPage }) => {
			const page = await newPage();
			await page.goto('/');
			const results = await search(page, query);
			expect(results.slice(0, 5)).toContain(expected);
		});
	}

	test('offers filters by content type, framework and dimension', async ({ newPage }) => {
		const page = await newPage();
		await page.goto('/');
		await search(page, 'monitoring');
		// The filter panel renders after the results, once Pagefind has loaded the filter index.
		const filterNames = async () =>
			(
				await page
					.locator('.pagefind-ui__filter-name, .pagefind-ui__filter-group legend')
					.allTextContents()
			).map((f) => f.trim().toLowerCase());
		await expect
			.poll(filterNames, { timeout: 10_000 })
			.toEqual(expect.arrayContaining(['type', 'framework', 'dimension']));
		// And a filter narrows the results: only practices under "Type: Practice".
		await page.locator('summary.pagefind-ui__filter-name', { hasText: /^Type$/i }).click();
		await page
			.locator('label.pagefind-ui__filter-label', { hasText: /^Practice \(\d+\)$/ })
			.click();
		await expect
			.poll(
				async () =>
					(
						await page
							.locator('.pagefind-ui__result-link')
							.evaluateAll((a) => a.map((x) => new URL((x as HTMLAnchorElement).href).pathname))
					).every((p) => p.startsWith('/practices/')),
				{ timeout: 10_000 }
			)
			.toBe(true);
	});
});
