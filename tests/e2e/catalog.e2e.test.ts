/** The practice catalog's filters and the compare page's selection, in a real browser. */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser';

const { url, newPage } = useBrowser();

const visiblePractices = (page: Page) =>
	page
		.locator('li[data-practice]:visible')
		.evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.practice!));

describe('practice catalog', () => {
	test('lists every practice as plain HTML without JavaScript', async () => {
		const page = await newPage({ javaScriptEnabled: false });
		await page.goto(url('/practices/'));
		expect(await page.locator('li[data-practice]').count()).toBeGreaterThanOrEqual(60);
		expect(await page.locator('[data-filters]').isVisible()).toBe(false);
	});

	test('combines filters, shows counts, and a filtered URL reloads to the same view', async () => {
		const page = await newPage();
		await page.goto(url('/practices/'));
		const all = (await visiblePractices(page)).length;
		await page.locator('select[data-facet="framework"]').selectOption('google-mlops');
		await page.locator('select[data-facet="level"]').selectOption('google-mlops:1');
		const level1 = await visiblePractices(page);
		expect(level1.length).toBeGreaterThan(0);
		expect(level1.length).toBeLessThan(all);
		await page.locator('select[data-facet="answer"]').selectOption('binary');
		const filtered = await visiblePractices(page);
		expect(filtered.length).toBeLessThan(level1.length);
		expect(new URL(page.url()).search).toBe(
			'?framework=google-mlops&level=google-mlops%3A1&answer=binary'
		);
		expect(await page.locator('[data-summary]').textContent()).toBe(
			`Showing ${filtered.length} of ${all} practices.`
		);
		// The dimension option counts reflect the other filters.
		const counted = await page.locator('select[data-facet="dimension"] option').allTextContents();
		expect(counted.some((label) => /\(\d+\)$/.test(label))).toBe(true);
		await page.reload();
		expect(await visiblePractices(page)).toEqual(filtered);
		expect(await page.locator('select[data-facet="level"]').inputValue()).toBe('google-mlops:1');
	});

	test.each([
		{ name: 'an unknown filter', search: '?colour=red' },
		{ name: 'an unknown value', search: '?dimension=%3Cscript%3E' },
		{ name: 'a level without its framework', search: '?level=aws-mlops:9' },
	])('ignores $name and shows the full list with an explanation', async ({ search }) => {
		const page = await newPage();
		await page.goto(url(`/practices/${search}`));
		const total = await page.locator('li[data-practice]').count();
		expect((await visiblePractices(page)).length).toBe(total);
		expect(await page.locator('[data-notice]').textContent()).toMatch(/Ignored a filter/);
	});

	test('explains an empty result and offers to clear the filters', async () => {
		const page = await newPage();
		await page.goto(url('/practices/'));
		await page.locator('select[data-facet="framework"]').selectOption('marvelous-mlops');
		await page.locator('select[data-facet="dimension"]').selectOption('training');
		await page.locator('select[data-facet="answer"]').selectOption('automation');
		if ((await visiblePractices(page)).length === 0) {
			await expect.poll(() => page.locator('[data-empty]').isVisible()).toBe(true);
			await page.locator('[data-empty] [data-clear]').click();
		} else {
			await page.locator('[data-filters] [data-clear]').click();
		}
		expect((await visiblePractices(page)).length).toBe(
			await page.locator('li[data-practice]').count()
		);
		expect(new URL(page.url()).search).toBe('');
	});
});

describe('compare page', () => {
	const visibleColumns = (page: Page) =>
		page
			.locator('.atlas-alignment thead th[data-framework]:visible')
			.evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.framework!));

	test('shows every framework without JavaScript', async () => {
		const page = await newPage({ javaScriptEnabled: false });
		await page.goto(url('/compare/?frameworks=aws-mlops,google-mlops'));
		expect((await visibleColumns(page)).length).toBeGreaterThanOrEqual(5);
	});

	test('narrows to the chosen frameworks and dimension, and keeps the choice in the URL', async () => {
		const page = await newPage();
		await page.goto(url('/compare/'));
		await page.getByLabel('Microsoft MLOps', { exact: true }).check();
		await page.getByLabel('AWS MLOps roadmap', { exact: true }).check();
		expect(await visibleColumns(page)).toEqual(['microsoft-mlops', 'aws-mlops']);
		await page.locator('[data-dimension-select]').selectOption('deployment');
		expect(
			await page
				.locator('section[data-dimension]:visible')
				.evaluateAll((s) => s.map((x) => (x as HTMLElement).dataset.dimension))
		).toEqual(['deployment']);
		const expectations = await page
			.locator('section[data-dimension="deployment"] .atlas-expectation:visible')
			.evaluateAll((d) => d.map((x) => (x as HTMLElement).dataset.framework));
		expect(expectations).toEqual(['microsoft-mlops', 'aws-mlops']);
		expect(new URL(page.url()).search).toBe(
			'?frameworks=microsoft-mlops,aws-mlops&dimension=deployment'
		);
		await page.reload();
		expect(await visibleColumns(page)).toEqual(['microsoft-mlops', 'aws-mlops']);
	});

	test('allows at most three frameworks', async () => {
		const page = await newPage();
		await page.goto(url('/compare/?frameworks=microsoft-mlops,google-mlops,aws-mlops'));
		expect(await visibleColumns(page)).toEqual(['microsoft-mlops', 'google-mlops', 'aws-mlops']);
		expect(await page.getByLabel('ML Test Score', { exact: true }).isDisabled()).toBe(true);
	});

	test('ignores unknown frameworks in the URL with a notice', async () => {
		const page = await newPage();
		await page.goto(url('/compare/?frameworks=nope,google-mlops'));
		expect((await visibleColumns(page)).length).toBeGreaterThanOrEqual(5);
		expect(await page.locator('[data-notice]').textContent()).toMatch(/Ignored part of the link/);
	});
});
