/**
 * The self-check loads its scoring (script and model) on the first step into it, and the deep
 * check's questions when they are opened or needed (issue 12). Nothing the reader does while they
 * load is lost, and a failed load loses nothing either.
 */
import type { Page, Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { STORAGE_KEY } from '../../src/lib/storage-keys';
import { expect, openSelfCheck, seedStorage, test } from './fixtures';

const MODEL = '**/self-check/model.json';
const DEEP = '**/_fragments/self-check-deep/';
/** A question of the deep check (not in the page as served). */
const DEEP_QUESTION = 'reproducible-training';

const question = (page: Page, id: string) => page.locator(`fieldset[data-practice="${id}"]`);
/** The first quick-check question with a "No" answer, and that radio. */
const firstNo = (page: Page) =>
	page.locator('#self-check-quick ~ section fieldset[data-practice] input[value="no"]').first();

/** Paths fetched by the page from now on, in order. */
function watchRequests(page: Page): string[] {
	const paths: string[] = [];
	page.on('request', (request) => {
		if (request.url().startsWith('http')) paths.push(new URL(request.url()).pathname);
	});
	return paths;
}

/** A saved self-check holding `answers` (an older question set: what still fits is loaded). */
const saved = (answers: Record<string, string>) =>
	JSON.stringify({
		format: 'mlops-atlas-assessment',
		formatVersion: 1,
		questionSet: 'x',
		answers,
	});

test('a first visit loads no scoring; the first answer loads it once, and the deep check stays out', async ({
	page,
}) => {
	const fetched = watchRequests(page);
	await openSelfCheck(page);
	await page.waitForLoadState('networkidle');
	const scoring = () => fetched.filter((p) => /model\.json$|self-check-app|_fragments/.test(p));
	expect(scoring()).toEqual([]);
	await firstNo(page).check();
	await expect(page.locator('[data-summary]')).toBeVisible();
	await expect(page.locator('[data-progress-text]')).toHaveText(/^1 of \d+ answered$/);
	await page.waitForLoadState('networkidle');
	expect(scoring().filter((p) => p.endsWith('model.json'))).toHaveLength(1);
	expect(scoring().filter((p) => p.includes('_fragments'))).toEqual([]);
	// Opening the deep check brings its questions in, once.
	await page.locator('details[data-deep="practices"] > summary').click();
	await expect(question(page, DEEP_QUESTION)).toBeVisible();
	await page.locator('details[data-deep="practices"] > summary').click();
	await page.locator('details[data-deep="practices"] > summary').click();
	await expect(question(page, DEEP_QUESTION)).toHaveCount(1);
	expect(scoring().filter((p) => p.includes('_fragments'))).toHaveLength(1);
});

test('an answer and a button pressed while the scoring loads both count', async ({ page }) => {
	// Hold the model back until both have happened (no sleep: the test releases it).
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(MODEL, async (route: Route) => {
		await held;
		await route.continue();
	});
	await openSelfCheck(page);
	const radio = firstNo(page);
	const id = await radio.getAttribute('name');
	await radio.check();
	const download = page.waitForEvent('download');
	await page.locator('[data-export-json]').click();
	release();
	const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
	expect(file.answers).toEqual({ [id!]: 'no' });
	await expect(radio).toBeChecked();
	await expect(page.locator('[data-progress-text]')).toHaveText(/^1 of \d+ answered$/);
});

test('saved answers to the deep check bring its questions in, ticked', async ({ page }) => {
	await seedStorage(page, STORAGE_KEY, saved({ [DEEP_QUESTION]: 'yes' }));
	await openSelfCheck(page);
	await expect(question(page, DEEP_QUESTION).locator('input[value="yes"]')).toBeChecked();
	await expect(page.locator('[data-deep-progress]')).toHaveText(' and 1 in the deep check');
});

test('when the deep check cannot be loaded, answers to it are kept and saved', async ({ page }) => {
	await page.route(DEEP, (route) => route.abort());
	await seedStorage(page, STORAGE_KEY, saved({ [DEEP_QUESTION]: 'yes' }));
	await openSelfCheck(page);
	await expect(page.locator('details[data-deep="practices"] [data-deep-status]')).toHaveText(
		/could not be loaded.*Answers you gave to them before are kept/
	);
	await expect(page.locator('[data-deep-progress]')).toHaveText(' and 1 in the deep check');
	// A new answer is saved together with the one whose question is not in the page.
	const radio = firstNo(page);
	const id = (await radio.getAttribute('name'))!;
	await radio.check();
	await expect
		.poll(() =>
			page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').answers, STORAGE_KEY)
		)
		.toEqual({ [DEEP_QUESTION]: 'yes', [id]: 'no' });
	// Once it can be loaded, opening the section shows the kept answer ticked.
	await page.unroute(DEEP);
	const deep = page.locator('details[data-deep="practices"] > summary');
	await deep.click();
	await deep.click();
	await expect(question(page, DEEP_QUESTION).locator('input[value="yes"]')).toBeChecked();
});

test('when the scoring cannot be loaded, the page says so, keeps the answer and tries again', async ({
	page,
}) => {
	let fail = true;
	await page.route(MODEL, (route) => (fail ? route.abort() : route.continue()));
	await openSelfCheck(page);
	const radios = page.locator(
		'#self-check-quick ~ section fieldset[data-practice] input[value="no"]'
	);
	await radios.nth(0).check();
	await expect(page.locator('[data-notice]')).toContainText('could not load its scoring');
	await expect(radios.nth(0)).toBeChecked();
	fail = false;
	await radios.nth(1).check();
	await expect(page.locator('[data-progress-text]')).toHaveText(/^2 of \d+ answered$/);
	await expect
		.poll(() =>
			page.evaluate(
				(key) => Object.keys(JSON.parse(localStorage.getItem(key) ?? '{}').answers ?? {}).length,
				STORAGE_KEY
			)
		)
		.toBe(2);
});
