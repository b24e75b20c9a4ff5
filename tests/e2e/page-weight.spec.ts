/**
 * The page-weight budgets (tests/site/page-weight.test.ts) are computed from the built files;
 * this checks that list against what Chromium really fetches on a cold visit, one page of each
 * type, and that the self-check fetches its advice texts only once it has a step to show.
 */
import { coldVisit, onePagePerType } from '../support/site';
import { expect, openSelfCheck, test } from './fixtures';

const fileOf = (path: string) =>
	path.endsWith('.html') ? path.slice(1) : `${path.slice(1)}index.html`;

for (const path of onePagePerType()) {
	test(`${path}: a cold visit fetches exactly what the budget counts`, async ({ newPage }) => {
		const page = await newPage();
		const fetched = new Set<string>();
		// Every request is to this site (tests/e2e/csp.spec.ts checks that); compare paths.
		page.on('request', (request) => {
			if (request.url().startsWith('http')) fetched.add(new URL(request.url()).pathname);
		});
		await page.goto(path, { waitUntil: 'networkidle' });
		const counted = coldVisit(fileOf(path)).map((l) => l.path);
		expect([...fetched].sort()).toEqual([...new Set(counted)].sort());
	});
}

test('the self-check fetches its advice texts only when it has a next step to show', async ({
	newPage,
}) => {
	const page = await newPage();
	const advice: string[] = [];
	page.on('request', (request) => {
		if (request.url().endsWith('/self-check/advice.json')) advice.push(request.url());
	});
	await openSelfCheck(page);
	await page.waitForLoadState('networkidle');
	expect(advice).toEqual([]);
	await page.locator('fieldset.atlas-question input[value="no"]').first().check();
	await expect(page.locator('[data-next-steps] li p').first()).toContainText('Start manually:');
	expect(advice).toHaveLength(1);
});
