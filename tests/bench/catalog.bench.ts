/**
 * Measurement, not a test: one catalog filter change, as pure logic over the real practices in
 * Node and through the page's selects in Chromium (the page's own performance marks).
 */
import {
	FACETS,
	countsFor,
	matches,
	parseFilters,
	type CatalogEntry,
	type Vocabulary,
} from '~/lib/catalog';
import { readContentDir } from '~/lib/load-content';
import { checkModel } from '~/lib/model';
import { DIMENSIONS } from '~/schemas/common';
import { expect, test } from '../e2e/fixtures';
import { timingRow as row, writeBenchmark } from '../support/bench-report';
import { summarise, time, type Timing } from '../support/measure';

/** Pure logic: parse a filter URL, match every practice, recount every facet. */
function pureFilterChange(): { practices: number; timing: Timing } {
	const { model } = checkModel(readContentDir('content/docs'));
	const entries: CatalogEntry[] = model.practices.map((p) => ({
		id: p.id,
		frameworks: [...new Set(p.mappings.map((m) => m.framework))],
		levels: p.mappings.filter((m) => m.level !== undefined).map((m) => `${m.framework}:${m.level}`),
		dimension: p.dimension,
		answer: p.answer,
	}));
	const vocabulary: Vocabulary = {
		framework: model.frameworks.map((f) => f.id),
		level: model.frameworks.flatMap((f) => f.levels.map((l) => `${f.id}:${l.n}`)),
		scope: ['up-to'],
		dimension: DIMENSIONS.map((d) => d.id),
		answer: ['automation', 'binary'],
	};
	const timing = time(() => {
		const { filters } = parseFilters(
			'?framework=google-mlops&level=google-mlops:1&answer=automation',
			vocabulary
		);
		entries.filter((e) => matches(e, filters));
		for (const facet of FACETS) countsFor(entries, filters, facet, vocabulary[facet]);
	});
	return { practices: entries.length, timing };
}

test('catalog filter change, pure logic and in the browser', async ({ page }) => {
	const pure = pureFilterChange();
	await page.goto('/practices/');
	await expect(page.locator('atlas-practice-catalog')).toHaveAttribute('data-ready', '');
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
	expect(durations.length).toBeGreaterThan(0);
	writeBenchmark(
		'catalog-filters',
		'Catalog filter change',
		`Pure logic: parse a filter URL, match all ${pure.practices} practices and recount all four facets, after 200 warm-up runs. In Chromium: ${durations.length} filter changes through the page's selects; each is the page's \`atlas-catalog-filter\` performance measure.`,
		[
			['What', 'n', 'median', 'p95', 'max'],
			row('Pure logic in Node', pure.timing),
			row('Filter change in Chromium', summarise(durations)),
		]
	);
});
