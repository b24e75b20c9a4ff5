/**
 * The team view (issue 13, item 2): three members export their self-checks, the team view reads
 * the files and shows each framework's spread, disagreements and next steps; duplicates and bad
 * files are named and change nothing else; share links, anonymity, the Markdown export and a
 * reload.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, openSelfCheck, test } from './fixtures';

const quick = (page: Page) =>
	page.locator('#self-check-quick ~ section[aria-labelledby^="dimension-"] fieldset');

/** Take the quick check as one member: the first `n` practices in place, the rest not. */
async function member(page: Page, n: number) {
	await openSelfCheck(page);
	const sets = await quick(page).all();
	for (const [i, set] of sets.entries()) {
		const selector =
			i < n
				? 'input[value="yes"], input[value="automated"]'
				: 'input[value="no"], input[value="not-yet"]';
		await set.locator(selector).first().check();
	}
}

async function exportFile(page: Page): Promise<string> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('[data-export-json]').click(),
	]);
	return download.path();
}

const spread = (page: Page, id: string) => page.locator(`[data-team-result-for="${id}"]`);

test('a team of three from exported files: spread, disagreement, next steps, Markdown', async ({
	page,
	newPage,
}) => {
	// Three members, each in a browser of their own: nothing, half, everything in place.
	const files: string[] = [];
	const levels: string[] = [];
	for (const n of [0, 15, 99]) {
		const own = await newPage({ acceptDownloads: true });
		await member(own, n);
		levels.push(
			(await own.locator('[data-result-for="microsoft-mlops"]').getAttribute('data-level'))!
		);
		files.push(await exportFile(own));
	}
	await page.goto('/self-check/team/');
	await expect(page.locator('atlas-team-view')).toHaveAttribute('data-ready', '');
	await page.locator('[data-team-files]').setInputFiles(files);
	await expect(page.locator('[data-notice]')).toContainText('Added 3 members.');
	await expect(page.locator('[data-team-count]')).toHaveText('3');

	// The spread agrees with what each member's own self-check said.
	const sorted = levels.map(Number).sort((a, b) => a - b);
	const microsoft = spread(page, 'microsoft-mlops');
	await expect(microsoft).toHaveAttribute('data-min', String(sorted[0]));
	await expect(microsoft).toHaveAttribute('data-median', String(sorted[1]));
	await expect(microsoft).toHaveAttribute('data-max', String(sorted[2]));
	expect(sorted[0]).toBeLessThan(sorted[2]!);
	for (const id of ['google-mlops', 'aws-mlops', 'ml-test-score'])
		await expect(spread(page, id)).toHaveAttribute('data-min', /^\d/);
	await expect(page.locator('[data-team-disagreements] li[data-practice]').first()).toBeVisible();
	await expect(page.locator('[data-team-disagreements] li')).toHaveCount(10);
	await expect(page.locator('[data-team-steps] li').first()).toBeVisible();

	// Anonymous members in the page and the Markdown export.
	await microsoft.locator('summary').click();
	await page.locator('[data-team-anonymous]').check();
	// The opened list stays open when the view is drawn again.
	await expect(microsoft.locator('li').first()).toHaveText(/^Member A: /);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('[data-team-export-md]').click(),
	]);
	const markdown = readFileSync(await download.path(), 'utf8');
	expect(markdown).toContain(
		'| Framework | Member A | Member B | Member C | Lowest | Median | Highest |'
	);
	expect(markdown).toContain("## The team's next steps");

	// Filled in, it fits a phone: nothing scrolls sideways at 390 px.
	await page.setViewportSize({ width: 390, height: 900 });
	expect(
		await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)
	).toBeLessThanOrEqual(0);

	// A reload keeps the team.
	await page.reload();
	await expect(page.locator('[data-team-count]')).toHaveText('3');
	await expect(microsoft).toHaveAttribute('data-max', String(sorted[2]));
});

test('the same file twice is flagged and counted once; a bad file is named and changes nothing', async ({
	page,
	newPage,
}) => {
	const own = await newPage({ acceptDownloads: true });
	await member(own, 10);
	const file = await exportFile(own);
	await page.goto('/self-check/team/');
	await page.locator('[data-team-files]').setInputFiles(file);
	await expect(page.locator('[data-team-count]')).toHaveText('1');
	await page.locator('[data-team-files]').setInputFiles([
		{ name: 'again.json', mimeType: 'application/json', buffer: readFileSync(file) },
		{
			name: 'holiday.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"photos":[1,2]}'),
		},
		{
			name: 'cut.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"format":"mlops-atl'),
		},
	]);
	await expect(page.locator('[data-notice]')).toContainText(
		'“holiday.json”: This is not an MLOps Maturity Atlas self-check.'
	);
	await expect(page.locator('[data-notice]')).toContainText(
		'“cut.json”: These answers are not valid JSON'
	);
	// Two entries listed, one counted; the second says whose duplicate it is.
	await expect(page.locator('[data-team-member-list] li')).toHaveCount(2);
	await expect(page.locator('[data-team-count]')).toHaveText('1');
	await expect(
		page.locator('[data-team-member-list] li[data-duplicate="same-export"]')
	).toContainText('Not counted');
	const microsoft = spread(page, 'microsoft-mlops');
	await microsoft.locator('summary').click();
	await expect(microsoft.locator('li')).toHaveCount(1);
});

test('share links pasted one per line are members too', async ({ page, newPage }) => {
	const links: string[] = [];
	for (const n of [5, 20]) {
		const own = await newPage();
		await member(own, n);
		await own.locator('[data-share]').click();
		await expect(own.locator('atlas-self-check')).toHaveAttribute('data-share-url', /#check=/);
		links.push((await own.locator('atlas-self-check').getAttribute('data-share-url'))!);
	}
	await page.goto('/self-check/team/');
	await page.locator('[data-team-links]').fill(`${links.join('\n')}\nnot a link`);
	await page.locator('[data-team-add-links]').click();
	await expect(page.locator('[data-notice]')).toContainText('Added 2 members.');
	await expect(page.locator('[data-notice]')).toContainText('It is not a self-check share link');
	await expect(page.locator('[data-team-count]')).toHaveText('2');
});
