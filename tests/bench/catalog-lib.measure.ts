/**
 * Measurement, not a test: one catalog filter change over the real practices (parse the URL,
 * match every practice, recount every facet). Prints figures for docs/benchmarks/.
 */
import { expect, test } from 'vitest';
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
import { describeTiming, time } from '../support/measure';

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
	dimension: DIMENSIONS.map((d) => d.id),
	answer: ['automation', 'binary'],
};

test('catalog filter change, pure logic', () => {
	const timing = time(() => {
		const { filters } = parseFilters(
			'?framework=google-mlops&level=google-mlops:1&answer=automation',
			vocabulary
		);
		entries.filter((e) => matches(e, filters));
		for (const facet of FACETS) countsFor(entries, filters, facet, vocabulary[facet]);
	});
	console.log(
		describeTiming(`catalog filter change, pure logic (${entries.length} practices)`, timing)
	);
	expect(timing.runs).toBeGreaterThan(0);
});
