/**
 * The search UI loads on intent, not on idle: a page that is only read fetches none of it, and a
 * reader who opens search and types at once, before the UI has arrived, gets results for what
 * they typed.
 */
import type { Request } from '@playwright/test';
import { expect, test } from './fixtures';

const isSearchUi = (request: Request) =>
	/\/_astro\/search-ui\.[^/]+\.(js|css)$/.test(request.url());
const isIndex = (request: Request) => new URL(request.url()).pathname.startsWith('/pagefind/');

test('reading a page fetches no search code, styles or index', async ({ newPage }) => {
	const page = await newPage();
	const requests: string[] = [];
	page.on('request', (request) => {
		if (isSearchUi(request) || isIndex(request)) requests.push(request.url());
	});
	await page.goto('/frameworks/google-mlops/', { waitUntil: 'networkidle' });
	await page.mouse.wheel(0, 2000);
	await page.waitForLoadState('networkidle');
	expect(requests).toEqual([]);
});

test('what the reader types before the UI has arrived is searched for', async ({ newPage }) => {
	const page = await newPage();
	// Hold the UI's script back until the reader has typed, so the order is certain.
	let release!: () => void;
	const typed = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_astro\/search-ui\.[^/]+\.js$/, async (route) => {
		await typed;
		await route.continue();
	});
	await page.goto('/', { waitUntil: 'networkidle' });
	await page.waitForFunction(() => customElements.get('site-search') !== undefined);
	await page.keyboard.press('Control+k');
	const early = page.locator('#starlight__search input[data-early]');
	await expect(early).toBeFocused();
	await page.keyboard.type('drift');
	release();
	const input = page.locator('#starlight__search .pagefind-ui__search-input:not([data-early])');
	await expect(input).toHaveValue('drift');
	await expect(early).toHaveCount(0);
	await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
	const results = await page
		.locator('.pagefind-ui__result-link')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	expect(results).toContain('/practices/drift-monitoring/');
	await expect(input).toBeFocused();
});

test('pointing at the search button starts loading the UI before it is pressed', async ({
	newPage,
}) => {
	const page = await newPage({ viewport: { width: 1280, height: 800 } });
	await page.goto('/', { waitUntil: 'networkidle' });
	await page.waitForFunction(() => customElements.get('site-search') !== undefined);
	const loading = page.waitForRequest(isSearchUi);
	await page.locator('site-search button[data-open-modal]').hover();
	await loading;
});
