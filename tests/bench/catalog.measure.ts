/**
 * Measurement, not a test: times catalog filter changes in real Chromium with the page's own
 * performance marks, and prints the figures for docs/benchmarks/. Run with `npm run bench`.
 */
import { expect, test } from 'vitest';
import { useBrowser } from '../support/browser';
import { describeTiming, summarise } from '../support/measure';

const { url, newPage } = useBrowser();

test('catalog filter change, measured in the browser', async () => {
	const page = await newPage();
	await page.goto(url('/practices/'));
	const choices = [
		['framework', 'google-mlops'],
		['dimension', 'monitoring'],
		['answer', 'automation'],
		['dimension', ''],
		['framework', 'microsoft-mlops'],
		['framework', ''],
	] as const;
	for (let round = 0; round < 10; round++) {
		for (const [facet, value] of choices)
			await page.locator(`select[data-facet="${facet}"]`).selectOption(value);
	}
	const durations = await page.evaluate(() =>
		performance.getEntriesByName('atlas-catalog-filter').map((e) => e.duration)
	);
	console.log(
		describeTiming('catalog filter change in Chromium (performance marks)', summarise(durations))
	);
	expect(durations.length).toBeGreaterThan(0);
});
