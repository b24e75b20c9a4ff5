/**
 * How site search ranks results: Starlight's `pagefind.ranking` option (astro.config.mjs), which
 * the search dialog passes to Pagefind. tests/e2e/search-ranking.spec.ts runs its queries through
 * Pagefind's JS API with these same settings. What each number does:
 * https://pagefind.app/docs/ranking/.
 *
 * Starlight's defaults are kept except where the queries in tests/e2e/search-queries.ts showed
 * a need:
 * - `metaWeights.title` 1 instead of Pagefind's 5. Many practice titles share one common word with
 *   a query ("training", "feature"), and at 5 that partial title match outranked the page that
 *   explains the whole phrase, such as the framework level "Automated training".
 * - `metaWeights.levels` 3: the level names of a framework, which <LevelDetails /> tags as the
 *   page's `levels` metadata, weigh like a title, so that a level's name finds its framework.
 * - `pageLength` 0.05 instead of 0.1: framework pages are the longest on the site and the ones
 *   that explain most concepts; they should not lose for length alone.
 */
export const SEARCH_RANKING = {
	pageLength: 0.05,
	termFrequency: 0.1,
	termSaturation: 2,
	termSimilarity: 9,
	metaWeights: { title: 1, levels: 3 },
};
