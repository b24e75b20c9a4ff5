/**
 * Search ranking: realistic queries (tests/e2e/search-queries.ts) find the pages a practitioner
 * expects among the first five results, and the sub-results the search dialog shows under a page
 * point to the section that answers the query. The queries run through Pagefind's own JS API in
 * the built site, with the ranking the search dialog uses (src/lib/search-ranking.ts); one test
 * types into Starlight's search dialog, to show that the dialog ranks the same way.
 */
import type { Page } from '@playwright/test';
import { SEARCH_RANKING } from '../../src/lib/search-ranking';
import { expect, test } from './fixtures';
import { SEARCH_EXPECTATIONS } from './search-queries';

/** One search result as the dialog presents it. */
interface Hit {
	url: string;
	/** The excerpt, without the <mark> tags around matched words. */
	excerpt: string;
	/** The sub-results the dialog lists under the page (URLs with their #anchor). */
	shown: string[];
}

/** The first five results for `query`, from Pagefind's JS API in `page`. */
function topResults(page: Page, query: string): Promise<Hit[]> {
	return page.evaluate(
		async ({ query, ranking }) => {
			// A variable, so that TypeScript does not try to resolve the built site's module.
			const bundle = '/pagefind/pagefind.js';
			const pagefind = await import(bundle);
			await pagefind.options({ ranking });
			await pagefind.init();
			interface SubResult {
				url: string;
				locations: number[];
			}
			interface Data {
				url: string;
				excerpt: string;
				meta: { url?: string };
				sub_results: SubResult[];
			}
			// The Default UI's own rule (pagefind-ui, result.svelte): drop the sub-result that is the
			// page itself, then, when more than three remain, keep the three with the most matching
			// words, in page order.
			const shown = (data: Data) => {
				const own = data.meta.url ?? data.url;
				const subs =
					data.sub_results[0]?.url === own ? data.sub_results.slice(1) : data.sub_results;
				if (subs.length <= 3) return subs.map((s) => s.url);
				const keep = new Set(
					[...subs]
						.sort((a, b) => b.locations.length - a.locations.length)
						.slice(0, 3)
						.map((s) => s.url)
				);
				return subs.filter((s) => keep.has(s.url)).map((s) => s.url);
			};
			const search = await pagefind.search(query);
			const top: Data[] = await Promise.all(
				search.results.slice(0, 5).map((r: { data: () => Promise<Data> }) => r.data())
			);
			return top.map((data) => ({
				url: data.url,
				excerpt: data.excerpt.replace(/<\/?mark>/g, ''),
				shown: shown(data),
			}));
		},
		{ query, ranking: SEARCH_RANKING }
	);
}

/** Every indexed page's URL and text, read through Pagefind's JS API (one filter value at a time). */
function indexedPages(page: Page): Promise<{ url: string; content: string }[]> {
	return page.evaluate(async () => {
		const bundle = '/pagefind/pagefind.js';
		const pagefind = await import(bundle);
		await pagefind.init();
		const filters: Record<string, Record<string, number>> = await pagefind.filters();
		const pages = new Map<string, string>();
		for (const type of Object.keys(filters.type ?? {})) {
			const search = await pagefind.search(null, { filters: { type } });
			for (const result of search.results) {
				const data = await result.data();
				pages.set(data.url, data.content);
			}
		}
		return [...pages].map(([url, content]) => ({ url, content }));
	});
}

/**
 * Words joined without a space, as Pagefind indexes adjacent elements that it does not treat as
 * blocks (a <dt> and its <dd>, a <caption> and the first cell): "PublisherGoogle",
 * "Self-checkAsked", "seen18". Names that really mix cases are allowed.
 */
const CAMEL_CASE_NAMES = new Set([
	'CD4ML',
	// A field of the open data, named in the "Use the data" page's example.
	'dependsOn',
	'DevOps',
	'FinOps',
	'GenAI',
	'GenAIOps',
	'GitHub',
	'GitOps',
	'IaC',
	// "they need JavaScript", in the self-check's notes.
	'JavaScript',
	'LakeFS',
	'LLMOps',
	'MLOps',
	'NaN',
	'OpenAPI',
	'PyTest',
	'SageMaker',
	'ZenML',
]);
function gluedWords(text: string): string[] {
	return text
		.split(/\s+/)
		.map((word) => word.replace(/^[("“‘']+|[.,:;!?)"”’']+$/g, '').replace(/['’]s$/, ''))
		.filter(
			(word) =>
				/[)”][A-Za-z]/.test(word) ||
				word
					.split(/[-/]/)
					.some((part) => /[a-z][A-Z]|[a-z]{2}\d/.test(part) && !CAMEL_CASE_NAMES.has(part))
		);
}

/** A page on the site's home, where the Pagefind bundle can be loaded from. */
async function searchPage(newPage: () => Promise<Page>): Promise<Page> {
	const page = await newPage();
	await page.goto('/');
	return page;
}

test.describe('search ranking', () => {
	for (const row of SEARCH_EXPECTATIONS) {
		const link = row.section ? `, and links to ${row.section.page}#${row.section.anchor}` : '';
		const title = `"${row.query}" finds ${row.expect.join(', ')} in the first ${row.within ?? 5}${link}`;
		test(title, async ({ newPage }) => {
			const page = await searchPage(newPage);
			const top = await topResults(page, row.query);
			const within = row.within ?? 5;
			const urls = top.slice(0, within).map((hit) => hit.url);
			for (const expected of row.expect) {
				expect(
					urls,
					`${expected} among the first ${within} for "${row.query}" (${row.why})`
				).toContain(expected);
			}
			if (row.section) {
				const hit = top.find((h) => h.url === row.section!.page);
				expect(hit?.shown, `sub-results shown under ${row.section.page}`).toContain(
					`${row.section.page}#${row.section.anchor}`
				);
			}
		});
	}

	test('the search dialog ranks and links the same way: "level 2" leads into level 2 of Google\'s page', async ({
		newPage,
	}) => {
		const page = await newPage();
		await page.goto('/');
		await page.waitForFunction(() => customElements.get('site-search') !== undefined);
		await page.locator('site-search button[data-open-modal]').first().click();
		const input = page.locator('#starlight__search .pagefind-ui__search-input');
		await input.fill('level 2');
		const google = page
			.locator('#starlight__search .pagefind-ui__result')
			.filter({ has: page.locator('a[href="/frameworks/google-mlops/"]') });
		await expect(
			google.locator('.pagefind-ui__result-nested a[href="/frameworks/google-mlops/#level-2"]'),
			'a sub-result under Google MLOps that links to its level 2'
		).toHaveCount(1, { timeout: 15_000 });
		// The level names a framework page carries as search metadata are not listed in the dialog.
		await expect(google.locator('.pagefind-ui__result-tags')).toHaveCount(1);
		await expect(google.locator('.pagefind-ui__result-tags')).toBeHidden();
		// A level's name finds its framework first: the dialog uses the tuned ranking (metaWeights).
		await input.fill('Automated training');
		await expect(
			page.locator('#starlight__search .pagefind-ui__result-link').first()
		).toHaveAttribute('href', '/frameworks/microsoft-mlops/', { timeout: 15_000 });
	});
});

test.describe('search index', () => {
	test('keeps words of adjacent elements apart, on every page', async ({ newPage }) => {
		const page = await searchPage(newPage);
		const pages = await indexedPages(page);
		expect(pages.length).toBeGreaterThan(90);
		const glued = pages.flatMap(({ url, content }) =>
			gluedWords(content).map((w) => `${url}: ${w}`)
		);
		expect(glued).toEqual([]);
	});

	test('shows excerpts without glued words', async ({ newPage }) => {
		const page = await searchPage(newPage);
		for (const query of ['concept drift', 'Google Cloud', 'publisher', 'canary', 'People']) {
			const top = await topResults(page, query);
			expect(top.length, `results for "${query}"`).toBeGreaterThan(0);
			for (const hit of top)
				expect(gluedWords(hit.excerpt), `${hit.url} for "${query}"`).toEqual([]);
		}
	});

	test('filters by plain content types, each of which has pages', async ({ newPage }) => {
		const page = await searchPage(newPage);
		const types = await page.evaluate(async () => {
			const bundle = '/pagefind/pagefind.js';
			const pagefind = await import(bundle);
			await pagefind.init();
			const filters: Record<string, Record<string, number>> = await pagefind.filters();
			return filters.type ?? {};
		});
		expect(Object.keys(types).sort()).toEqual([
			'Framework',
			'Guide',
			'Overview',
			'Practice',
			'Self-check',
		]);
		for (const [type, count] of Object.entries(types))
			expect(count, `pages of type ${type}`).toBeGreaterThan(0);
	});
});
