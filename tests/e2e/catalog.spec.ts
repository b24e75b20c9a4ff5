/** The practice catalog's filters and the compare page's selection, in a real browser. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const visiblePractices = (page: Page) =>
	page
		.locator('li[data-practice]:visible')
		.evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.practice!));

test.describe('practice catalog', () => {
	test('lists every practice as plain HTML without JavaScript', async ({ newPage }) => {
		const page = await newPage({ javaScriptEnabled: false });
		await page.goto('/practices/');
		expect(await page.locator('li[data-practice]').count()).toBeGreaterThanOrEqual(60);
		expect(await page.locator('[data-filters]').isVisible()).toBe(false);
	});

	test('combines filters, shows counts, and a filtered URL reloads to the same view', async ({
		newPage,
	}) => {
		const page = await newPage();
		await page.goto('/practices/');
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

	test('a level filter shows that level only, or everything needed to reach it', async ({
		newPage,
	}) => {
		const page = await newPage();
		await page.goto('/practices/?framework=microsoft-mlops');
		const scope = page.locator('select[data-facet="scope"]');
		await expect(scope).toBeDisabled();
		// The union of the practices of every offered level up to 2 (a level no practice maps to
		// is not offered).
		const levels = await page
			.locator('select[data-facet="level"] option[data-framework="microsoft-mlops"]')
			.evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
		const union = new Set<string>();
		for (const level of levels.filter((l) => Number(l.split(':')[1]) <= 2)) {
			await page.locator('select[data-facet="level"]').selectOption(level);
			for (const id of await visiblePractices(page)) union.add(id);
		}
		expect(union.size).toBeGreaterThan(0);
		await page.locator('select[data-facet="level"]').selectOption('microsoft-mlops:2');
		await expect(scope).toBeEnabled();
		await scope.selectOption('up-to');
		const upTo2 = await visiblePractices(page);
		expect([...upTo2].sort()).toEqual([...union].sort());
		expect(new URL(page.url()).search).toBe(
			'?framework=microsoft-mlops&level=microsoft-mlops%3A2&scope=up-to'
		);
		await page.reload();
		expect(await visiblePractices(page)).toEqual(upTo2);
	});

	for (const { name, search } of [
		{ name: 'an unknown filter', search: '?colour=red' },
		{ name: 'an unknown value', search: '?dimension=%3Cscript%3E' },
		{ name: 'a level without its framework', search: '?level=aws-mlops:9' },
	]) {
		test(`ignores ${name} and shows the full list with an explanation`, async ({ newPage }) => {
			const page = await newPage();
			await page.goto(`/practices/${search}`);
			await expect(page.locator('[data-notice]')).toHaveText(/Ignored a filter/);
			const total = await page.locator('li[data-practice]').count();
			expect((await visiblePractices(page)).length).toBe(total);
		});
	}

	test('offers no framework or level that no practice maps to', async ({ page }) => {
		await page.goto('/practices/');
		await expect(page.locator('atlas-practice-catalog')).toHaveAttribute('data-ready', '');
		const mapped = await page.locator('li[data-practice]').evaluateAll((items) => ({
			frameworks: [
				...new Set(items.flatMap((i) => (i as HTMLElement).dataset.frameworks!.split(' '))),
			],
			levels: [
				...new Set(items.flatMap((i) => ((i as HTMLElement).dataset.levels ?? '').split(' '))),
			],
		}));
		const offered = (facet: string) =>
			page
				.locator(`select[data-facet="${facet}"] option:not([value=""])`)
				.evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
		expect((await offered('framework')).filter((f) => !mapped.frameworks.includes(f))).toEqual([]);
		expect((await offered('level')).filter((l) => !mapped.levels.includes(l))).toEqual([]);
		await expect(page.locator('select[data-facet="framework"] option')).not.toContainText([
			/\(0\)$/,
		]);
	});

	test('explains an empty result and offers to clear the filters', async ({ page }) => {
		await page.goto('/practices/');
		await expect(page.locator('atlas-practice-catalog')).toHaveAttribute('data-ready', '');
		// A combination of filters that no practice meets, found from the list itself: a framework,
		// a dimension and an answer type (content changes cannot make this test pass vacuously).
		const query = await page.locator('li[data-practice]').evaluateAll((items) => {
			const data = items.map((i) => (i as HTMLElement).dataset);
			const seen = new Set(
				data.flatMap((d) => d.frameworks!.split(' ').map((f) => `${f}|${d.dimension}|${d.answer}`))
			);
			const frameworks = new Set(data.flatMap((d) => d.frameworks!.split(' ')));
			const dimensions = new Set(data.map((d) => d.dimension!));
			for (const framework of frameworks)
				for (const dimension of dimensions)
					for (const answer of ['binary', 'automation'])
						if (!seen.has(`${framework}|${dimension}|${answer}`))
							return `?framework=${framework}&dimension=${dimension}&answer=${answer}`;
			return undefined;
		});
		expect(query, 'some combination of filters matches no practice').toBeDefined();
		await page.goto(`/practices/${query}`);
		await expect(page.locator('[data-empty]')).toBeVisible();
		expect(await visiblePractices(page)).toEqual([]);
		await page.locator('[data-empty] [data-clear]').click();
		await expect(page.locator('li[data-practice]:visible')).toHaveCount(
			await page.locator('li[data-practice]').count()
		);
		expect(new URL(page.url()).search).toBe('');
	});
});

test.describe('compare page', () => {
	const visibleFrameworks = (page: Page) =>
		page
			.locator('.atlas-alignment tr[data-framework]:visible')
			.evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.framework!));

	test('shows every framework without JavaScript', async ({ newPage }) => {
		const page = await newPage({ javaScriptEnabled: false });
		await page.goto('/compare/?frameworks=aws-mlops,google-mlops');
		expect((await visibleFrameworks(page)).length).toBeGreaterThanOrEqual(5);
	});

	test('narrows to the chosen frameworks and dimension, and keeps the choice in the URL', async ({
		newPage,
	}) => {
		const page = await newPage();
		await page.goto('/compare/');
		await page.getByLabel('Microsoft MLOps', { exact: true }).check();
		await page.getByLabel('AWS MLOps roadmap', { exact: true }).check();
		expect(await visibleFrameworks(page)).toEqual(['microsoft-mlops', 'aws-mlops']);
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
		expect(await visibleFrameworks(page)).toEqual(['microsoft-mlops', 'aws-mlops']);
	});

	test('allows at most three frameworks', async ({ newPage }) => {
		const page = await newPage();
		await page.goto('/compare/?frameworks=microsoft-mlops,google-mlops,aws-mlops');
		expect(await visibleFrameworks(page)).toEqual(['microsoft-mlops', 'google-mlops', 'aws-mlops']);
		expect(await page.getByLabel('ML Test Score', { exact: true }).isDisabled()).toBe(true);
	});

	test('ignores unknown frameworks in the URL with a notice', async ({ newPage }) => {
		const page = await newPage();
		await page.goto('/compare/?frameworks=nope,google-mlops');
		expect((await visibleFrameworks(page)).length).toBeGreaterThanOrEqual(5);
		expect(await page.locator('[data-notice]').textContent()).toMatch(/Ignored part of the link/);
	});
});
