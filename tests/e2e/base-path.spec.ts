/**
 * The site built under a base path, as GitHub Pages serves a project site (`npm run test:base`:
 * BASE_PATH=/atlas/, built into dist-base/), served by the container's server with the build's
 * `_headers`: every type of page loads its styles and scripts, asks for nothing outside the base
 * path and breaks no policy, and search, the self-check, the catalog and the 404 page work.
 */
import type { Page } from '@playwright/test';
import { base } from '../support/site';
import { expect, openSelfCheck, search, test } from './fixtures';

if (base === '/') {
	throw new Error(
		'base-path.spec.ts tests a build under a base path: run it with "npm run test:base".'
	);
}

/** The address of a site path under the base path: `at('/glossary/')` is `/atlas/glossary/`. */
const at = (path: string) => `${base}${path.replace(/^\//, '')}`;

/**
 * What goes wrong on the page from now on: requests that fail or are refused, requests outside
 * the base path, errors in the console (policy violations among them) and uncaught exceptions.
 * A page expected to be missing (`missing`) may answer 404 itself.
 */
function problems(page: Page, missing?: string): string[] {
	const found: string[] = [];
	const isMissing = (url: string) => missing !== undefined && new URL(url).pathname === missing;
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol.startsWith('http') && !url.pathname.startsWith(base))
			found.push(`outside the base path: ${url.pathname}`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400 && !isMissing(response.url()))
			found.push(`${response.status()}: ${new URL(response.url()).pathname}`);
	});
	page.on('requestfailed', (request) => {
		// Leaving a page cancels what it was still loading (net::ERR_ABORTED): not a failure. A
		// request the browser refuses fails otherwise (e.g. net::ERR_BLOCKED_BY_CSP).
		const error = request.failure()?.errorText;
		if (error !== 'net::ERR_ABORTED') found.push(`failed: ${request.url()} (${error})`);
	});
	page.on('console', (message) => {
		if (message.type() === 'error' && !isMissing(message.location().url))
			found.push(message.text().slice(0, 300));
	});
	page.on('pageerror', (error) => found.push(error.message));
	return found;
}

/** The page's stylesheets apply (Starlight's fixed header) and its module scripts have run. */
async function expectStyledAndRunning(page: Page) {
	await expect(page.locator('header.header')).toHaveCSS('position', 'fixed');
	await page.waitForFunction(() => customElements.get('site-search') !== undefined);
}

for (const path of [
	'/',
	'/frameworks/google-mlops/',
	'/practices/feature-store/',
	'/practices/',
	'/self-check/',
	'/self-check/ml-test-score/',
	'/self-check/team/',
	'/glossary/',
	'/compare/',
	'/roadmap/',
	'/guides/use-the-data/',
]) {
	test(`${at(path)} loads with its styles and scripts, and nothing fails`, async ({ page }) => {
		const found = problems(page);
		expect((await page.goto(at(path)))?.status()).toBe(200);
		await expectStyledAndRunning(page);
		await page.waitForLoadState('networkidle');
		expect(found).toEqual([]);
	});
}

test('search finds pages and links them under the base path', async ({ page }) => {
	const found = problems(page);
	await page.goto(at('/'));
	const results = await search(page, 'feature store');
	expect(results.filter((path) => !path.startsWith(base))).toEqual([]);
	expect(results.slice(0, 5)).toContain(at('/practices/feature-store/'));
	await page.locator('.pagefind-ui__result-link').first().click();
	await expect(page).toHaveURL((url) => url.pathname === results[0]);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(found).toEqual([]);
});

test('the self-check scores answers and brings in its deep check under the base path', async ({
	page,
}) => {
	const found = problems(page);
	await openSelfCheck(page, at('/self-check/'));
	// The first answer loads the scoring model; results and next steps follow.
	await page
		.locator('#self-check-quick ~ section fieldset[data-practice] input[value="no"]')
		.first()
		.check();
	await expect(page.locator('[data-progress-text]')).toHaveText(/^1 of \d+ answered$/);
	await expect(page.locator('[data-result-for][data-answered="1"]').first()).toBeAttached();
	const nextStep = page.locator('[data-next-steps] li a').first();
	await expect(nextStep).toHaveAttribute('href', new RegExp(`^${at('/practices/')}[a-z0-9-]+/$`));
	// Opening the deep check fetches its questions.
	await page.locator('details[data-deep="practices"] > summary').click();
	await expect(page.locator('fieldset[data-practice="reproducible-training"]')).toBeVisible();
	await nextStep.click();
	await expect(page).toHaveURL(new RegExp(`${at('/practices/')}[a-z0-9-]+/$`));
	await expectStyledAndRunning(page);
	expect(found).toEqual([]);
});

test('the catalog filters under the base path, and the sidebar links its dimensions', async ({
	page,
}) => {
	const found = problems(page);
	const catalog = page.locator('atlas-practice-catalog');
	await page.goto(at('/practices/'));
	await expect(catalog).toHaveAttribute('data-ready', '');
	const shown = page.locator('li[data-practice]:visible');
	const all = await shown.count();
	await page.locator('select[data-facet="framework"]').selectOption('google-mlops');
	await expect.poll(() => shown.count()).toBeLessThan(all);
	expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(
		at('/practices/?framework=google-mlops')
	);
	// A dimension link in the sidebar opens the catalog filtered by that dimension.
	const dimension = page.locator('#starlight__sidebar a[data-dimension]').first();
	const id = await dimension.getAttribute('data-dimension');
	await expect(dimension).toHaveAttribute('href', at(`/practices/?dimension=${id}`));
	await page.goto(at(`/practices/?dimension=${id}`));
	await expect(catalog).toHaveAttribute('data-ready', '');
	await expect(page.locator('select[data-facet="dimension"]')).toHaveValue(id!);
	await expect.poll(() => shown.count()).toBeLessThan(all);
	expect(found).toEqual([]);
});

test('a missing page gets the styled 404 page, whose search and links stay under the base path', async ({
	page,
}) => {
	const missing = at('/no-such-page/');
	const found = problems(page, missing);
	expect((await page.goto(missing))?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expectStyledAndRunning(page);
	await page.getByRole('button', { name: 'Search the atlas' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.locator('.pagefind-ui__search-input').fill('drift');
	await expect(dialog.locator('.pagefind-ui__result').first()).toBeVisible();
	const hrefs = await dialog
		.locator('.pagefind-ui__result-link')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
	expect(hrefs.filter((href) => !href.startsWith(base))).toEqual([]);
	await page.keyboard.press('Escape');
	await page.getByRole('link', { name: /^Practice catalog/ }).click();
	await expect(page).toHaveURL((url) => url.pathname === at('/practices/'));
	expect(found).toEqual([]);
});
