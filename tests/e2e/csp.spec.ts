/**
 * The Content-Security-Policy: every page carries a strict one, and no page type or interactive
 * feature (search, theme, filters, compare, the self-check toolbar, the calculator, the canvas
 * worksheet) breaks it.
 */
import type { Page } from '@playwright/test';
import { htmlFiles, onePagePerType, pagePath, readDist } from '../support/site';
import { assessmentFile, expect, openSelfCheck, test } from './fixtures';

const pages = htmlFiles().map(pagePath);
const onePerType = onePagePerType();

/** Collect every CSP violation the page reports, from before its first script runs. */
async function watch(page: Page): Promise<() => Promise<string[]>> {
	const console: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/.test(m.text())) console.push(m.text().slice(0, 200));
	});
	await page.addInitScript(() => {
		const w = window as unknown as { cspViolations: string[] };
		w.cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`)
		);
	});
	return async () => [
		...console,
		...(await page.evaluate(
			() => (window as unknown as { cspViolations: string[] }).cspViolations
		)),
	];
}

test('every page declares a strict policy', () => {
	for (const path of pages) {
		const file = htmlFiles().find((f) => pagePath(f) === path)!;
		const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(
			readDist(file)
		)?.[1];
		expect(policy, path).toBeDefined();
		expect(policy).toMatch(/default-src 'self'/);
		expect(policy).toMatch(/object-src 'none'/);
		expect(policy).toMatch(/base-uri 'self'/);
		// Scripts only from this site or by hash: no 'unsafe-inline', no eval, no other origin.
		const sources = /script-src ([^;]*)/.exec(policy!)![1]!.trim().split(/\s+/);
		expect(
			sources.filter((s) => !/^'(self|wasm-unsafe-eval|sha256-[A-Za-z0-9+/=]+)'$/.test(s)),
			path
		).toEqual([]);
	}
});

for (const path of onePerType) {
	test(`${path} runs without a policy violation`, async ({ page }) => {
		const violations = await watch(page);
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		expect(await violations()).toEqual([]);
	});
}

test('search, the theme switch, filters and compare run without a policy violation', async ({
	page,
}) => {
	const violations = await watch(page);
	await page.goto('/');
	await page.waitForFunction(() => customElements.get('site-search') !== undefined);
	await page.locator('site-search button[data-open-modal]').first().click();
	await page.locator('#starlight__search .pagefind-ui__search-input').fill('drift');
	await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
	await page.locator('summary.pagefind-ui__filter-name', { hasText: /^Type$/i }).click();
	await page.keyboard.press('Escape');
	await page.locator('starlight-theme-select select').first().selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.goto('/practices/');
	await page.locator('select[data-facet="dimension"]').selectOption('monitoring');
	await page.goto('/compare/');
	await page.getByLabel('Microsoft MLOps', { exact: true }).check();
	expect(await violations()).toEqual([]);
});

test('the self-check toolbar and the calculator run without a policy violation', async ({
	newPage,
}) => {
	const page = await newPage({ acceptDownloads: true });
	const violations = await watch(page);
	await openSelfCheck(page);
	await page.locator('fieldset[data-practice="code-version-control"] input[value="yes"]').check();
	await page.locator('[data-share]').click();
	await Promise.all([page.waitForEvent('download'), page.locator('[data-export-json]').click()]);
	await Promise.all([page.waitForEvent('download'), page.locator('[data-export-md]').click()]);
	page.once('dialog', (dialog) => void dialog.accept());
	await page.locator('[data-import]').setInputFiles(assessmentFile({ 'model-registry': 'yes' }));
	await expect(page.locator('[data-history-list] li')).toHaveCount(1);
	page.once('dialog', (dialog) => void dialog.accept());
	await page.locator('[data-reset]').click();
	await page.goto('/self-check/ml-test-score/');
	await page.locator('fieldset[data-test="ml-test-score:data-1"] input[value="automated"]').check();
	expect(await violations()).toEqual([]);
});

test('the Stack Canvas worksheet saves, exports, imports and clears without a policy violation', async ({
	newPage,
}) => {
	const page = await newPage({ acceptDownloads: true });
	const violations = await watch(page);
	await page.goto('/stack-canvas/');
	await expect(page.locator('atlas-stack-canvas')).toHaveAttribute('data-ready', '');
	await page.getByRole('textbox', { name: 'Value Proposition', exact: true }).fill('Catch fraud.');
	await expect(page.locator('atlas-stack-canvas')).toHaveAttribute('data-state', 'saved');
	await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Export JSON' }).click(),
	]);
	await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Export Markdown' }).click(),
	]);
	await page.locator('[data-import]').setInputFiles({
		name: 'canvas.json',
		mimeType: 'application/json',
		buffer: Buffer.from('not JSON'),
	});
	await expect(page.getByRole('status')).toContainText('“canvas.json” is not valid JSON');
	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByRole('button', { name: 'Clear' }).click();
	await expect(page.getByRole('status')).toContainText('The canvas is cleared.');
	expect(await violations()).toEqual([]);
});
