/**
 * The self-check's results for every framework, targets, next steps, and keeping answers:
 * reload, share links in a fresh browser, export and import, reports, tampered input, privacy.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openSelfCheck, test } from './fixtures';

const RESULTS = [
	'microsoft-mlops',
	'google-mlops',
	'aws-mlops',
	'google-ai-adoption:learn',
	'google-ai-adoption:automate',
];

/** Every result element's data-level and coverage, and the next steps, as one comparable object. */
async function results(page: Page) {
	return page.evaluate(() => {
		const out: Record<string, string | undefined> = {};
		for (const el of document.querySelectorAll<HTMLElement>('[data-result-for]')) {
			out[el.dataset.resultFor!] = `${el.dataset.level}/${el.dataset.answered}`;
		}
		out.next = [...document.querySelectorAll('[data-next-steps] li a')]
			.map((a) => a.textContent)
			.join('|');
		return out;
	});
}

async function answer(page: Page, question: string, label: string | RegExp) {
	await page
		.locator(`fieldset[data-practice="${question}"]`)
		.getByLabel(label, typeof label === 'string' ? { exact: true } : {})
		.check();
}

/** A fixed set of answers that reaches Microsoft 1, AWS 1 and sets two AI Adoption themes. */
async function answerSome(page: Page) {
	await answer(page, 'application-ci', 'Automated');
	await answer(page, 'data-pipeline', 'Automated');
	await answer(page, 'code-version-control', 'Yes');
	await answer(page, 'shared-experimentation-environment', 'Yes');
	await answer(page, 'managed-training-compute', 'Yes');
	await answer(page, 'google-ai-adoption:learn', /^Strategic:/);
	await answer(page, 'google-ai-adoption:automate', /^Tactical:/);
	await page.locator('select[data-target="microsoft-mlops"]').selectOption('3');
}

test.describe('results for every framework', () => {
	test('answering changes every framework’s result, the estimates and the next steps', async ({
		newPage,
	}) => {
		const page = await newPage();
		await openSelfCheck(page);
		const before = await results(page);
		expect(before).toMatchObject({
			'microsoft-mlops': '/0',
			'google-mlops': '/0',
			'aws-mlops': '/0',
			'google-ai-adoption:learn': '/0',
			'ml-test-score': '/0',
			'marvelous-mlops': '/0',
		});
		await answerSome(page);
		await expect
			.poll(() => results(page))
			.toMatchObject({
				'microsoft-mlops': '1/4',
				'aws-mlops': '1/3',
				'google-ai-adoption:learn': '2/1',
				'google-ai-adoption:automate': '1/1',
			});
		await expect(page.locator('[data-result-for="aws-mlops"] [data-headline]')).toHaveText(
			'Phase 1 · Initial'
		);
		await expect(page.locator('[data-result-for="microsoft-mlops"] [data-gap]')).toHaveText(
			'2 to go'
		);
		const after = await results(page);
		expect(after.next).not.toBe(before.next);
		const quick = await page.locator('#self-check-quick ~ section fieldset[data-practice]').count();
		await expect(page.locator('[data-progress-text]')).toHaveText(`7 of ${quick} answered`);
		// "Why this result?" names what is in place, and what stands before the target.
		await page.locator('[data-result-for="microsoft-mlops"] summary').click();
		await expect(
			page.locator('[data-result-for="microsoft-mlops"] [data-in-place] li')
		).toContainText(['Data pipeline (automated, Level 1)']);
		await expect(
			page.locator('[data-result-for="microsoft-mlops"] [data-blockers] > p').first()
		).toHaveText('Standing between you and your target (Automated model deployment):');
	});

	test('the chart and its table follow the answers', async ({ newPage }) => {
		const page = await newPage();
		await openSelfCheck(page);
		await answer(page, 'joint-productionisation', 'Yes');
		await expect
			.poll(() => page.locator('tr[data-dimension="collaboration"] [data-score]').textContent())
			.toBe('100 %');
		expect(
			Number(
				await page.locator('g[data-dimension="collaboration"] [data-bar]').getAttribute('width')
			)
		).toBeGreaterThan(0);
	});
});

test.describe('keeping answers', () => {
	test('reload keeps answers and targets', async ({ newPage }) => {
		const page = await newPage();
		await openSelfCheck(page);
		await answerSome(page);
		const before = await results(page);
		await page.reload();
		await expect.poll(() => results(page)).toEqual(before);
		expect(await page.locator('select[data-target="microsoft-mlops"]').inputValue()).toBe('3');
	});

	test('a share link opened in a fresh browser shows the same results', async ({ newPage }) => {
		const page = await newPage();
		await openSelfCheck(page);
		await answerSome(page);
		const before = await results(page);
		await page.locator('[data-share]').click();
		// The self-check may still be loading its script: the press is replayed once it has.
		await expect(page.locator('atlas-self-check')).toHaveAttribute('data-share-url', /#check=/);
		const link = await page.locator('atlas-self-check').getAttribute('data-share-url');
		expect(link).toMatch(/\/self-check\/#check=[A-Za-z0-9_-]+$/);
		expect(new URL(link!).search).toBe('');

		const fresh = await newPage();
		await fresh.goto(link!);
		await expect.poll(() => results(fresh)).toEqual(before);
		expect(await fresh.locator('[data-notice-text]').textContent()).toMatch(/shared link/);
		// A shared link opens on the summary of the results.
		await expect(fresh.locator('[data-summary]')).toBeInViewport();
		expect(new URL(fresh.url()).hash).toBe('');
	});

	test('a share link does not lose the reader’s own answers', async ({ newPage }) => {
		const sharer = await newPage();
		await openSelfCheck(sharer);
		await answer(sharer, 'model-lineage', 'Yes');
		await sharer.locator('[data-share]').click();
		await expect(sharer.locator('atlas-self-check')).toHaveAttribute('data-share-url', /#check=/);
		const link = (await sharer.locator('atlas-self-check').getAttribute('data-share-url'))!;

		const page = await newPage();
		await openSelfCheck(page);
		await answer(page, 'code-version-control', 'Yes');
		await page.goto(link);
		await expect
			.poll(() => page.locator('fieldset[data-practice="model-lineage"] input:checked').count())
			.toBe(1);
		await page.locator('[data-restore]').click();
		await expect
			.poll(() =>
				page.locator('fieldset[data-practice="code-version-control"] input:checked').inputValue()
			)
			.toBe('yes');
		expect(
			await page.locator('fieldset[data-practice="model-lineage"] input:checked').count()
		).toBe(0);
	});

	test('a link from an older question set loads what still fits, with a notice', async ({
		newPage,
	}) => {
		const page = await newPage();
		const old = {
			format: 'mlops-atlas-assessment',
			formatVersion: 1,
			questionSet: 'q12-00000000',
			updated: '2026-01-01T00:00:00.000Z',
			// The first self-check named theme questions `theme-<id>`; they are read under today's ids.
			answers: {
				'code-version-control': 'yes',
				'a-retired-practice': 'yes',
				'theme-learn': 'phase-3',
			},
		};
		await page.goto(`/self-check/#check=${Buffer.from(JSON.stringify(old)).toString('base64url')}`);
		await expect(page.locator('[data-notice-text]')).toHaveText(
			/another version of the questions \(q12-00000000\); 1 entry was dropped/
		);
		await expect(
			page.locator('fieldset[data-practice="code-version-control"] input:checked')
		).toHaveValue('yes');
		await expect(page.locator('[data-result-for="google-ai-adoption:learn"]')).toHaveAttribute(
			'data-level',
			'3'
		);
	});

	test('export then import round-trips the answers', async ({ newPage }) => {
		const page = await newPage({ acceptDownloads: true });
		await openSelfCheck(page);
		await answerSome(page);
		const before = await results(page);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-export-json]').click(),
		]);
		const file = await download.path();
		const exported = JSON.parse(readFileSync(file, 'utf8'));
		expect(exported).toMatchObject({
			format: 'mlops-atlas-assessment',
			formatVersion: 2,
			targets: { 'microsoft-mlops': 3 },
		});

		const fresh = await newPage();
		await openSelfCheck(fresh);
		await fresh.locator('[data-import]').setInputFiles(file);
		await expect.poll(() => results(fresh)).toEqual(before);
		expect(await fresh.locator('[data-notice-text]').textContent()).toMatch(/Imported 7 answers/);
	});

	test('the Markdown report states the results', async ({ newPage }) => {
		const page = await newPage({ acceptDownloads: true });
		await openSelfCheck(page);
		await answerSome(page);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-export-md]').click(),
		]);
		const report = readFileSync(await download.path(), 'utf8');
		expect(report).toMatch(/^Generated by MLOps Maturity Atlas on \d{4}-\d{2}-\d{2} /m);
		expect(report).toContain(
			'- **Microsoft MLOps**: Level 1 · DevOps but no MLOps (target: Level 3, 2 to go); based on 4 of'
		);
		expect(report).toContain('- **Google AI Adoption: Learn**: Phase 2 · Strategic');
		expect(report).toContain('- **MLOps Stack Canvas**: No result: this framework has no levels.');
		expect(report).toContain('In place: Application CI (automated, Level 1)');
		expect(report).toContain('| Data pipeline | Automated |');
		expect(report).toMatch(/## Next steps\n\n1\. \*\*/);
	});

	test('the published JSON Schema describes the export file', async ({ newPage }) => {
		const page = await newPage();
		const response = await page.goto('/assessment.schema.json');
		const schema = await response!.json();
		expect(schema).toMatchObject({
			type: 'object',
			properties: { format: { const: 'mlops-atlas-assessment' } },
		});
		expect(schema.required).toEqual(expect.arrayContaining(['format', 'formatVersion', 'answers']));
	});
});

test.describe('bad input keeps the page working and the answers intact', () => {
	for (const { name, hash } of [
		{ name: 'garbage', hash: '#check=%%%%' },
		{ name: 'valid base64 of non-JSON', hash: '#check=PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg' },
		{
			name: 'a hostile assessment',
			hash: `#check=${Buffer.from(JSON.stringify({ format: 'mlops-atlas-assessment', formatVersion: 1, questionSet: '<img src=x onerror=alert(1)>', answers: { '<script>alert(1)</script>': 'yes', 'code-version-control': '<b>yes</b>' } })).toString('base64url')}`,
		},
		{
			name: 'an unknown version',
			hash: `#check=${Buffer.from(JSON.stringify({ format: 'mlops-atlas-assessment', formatVersion: 7, answers: {} })).toString('base64url')}`,
		},
		{ name: 'an oversized link', hash: `#check=${'A'.repeat(150_000)}` },
	]) {
		test(`a tampered link (${name}) shows a message and keeps the reader’s answers`, async ({
			newPage,
		}) => {
			const page = await newPage();
			const problems: string[] = [];
			page.on('pageerror', (e) => problems.push(e.message));
			page.on('dialog', (d) => {
				problems.push(`dialog: ${d.message()}`);
				void d.dismiss();
			});
			await openSelfCheck(page);
			await answer(page, 'data-pipeline', 'Manually');
			await page.goto(`/self-check/${hash}`);
			await expect
				.poll(() => page.locator('[data-notice-text]').textContent())
				.toMatch(/unchanged|dropped/);
			expect(
				await page.locator('fieldset[data-practice="data-pipeline"] input:checked').inputValue()
			).toBe('manual');
			expect(await page.locator('img[src=x]').count()).toBe(0);
			await answer(page, 'code-version-control', 'Yes');
			await expect(page.locator('[data-progress-text]')).toHaveText(/^2 of \d+ answered$/);
			expect(problems).toEqual([]);
		});
	}

	test('a bad import file shows a message and changes nothing', async ({ newPage }) => {
		const page = await newPage();
		await openSelfCheck(page);
		await answer(page, 'data-pipeline', 'Automated');
		await page.locator('[data-import]').setInputFiles({
			name: 'evil.json',
			mimeType: 'application/json',
			buffer: Buffer.from(
				'{"format":"mlops-atlas-assessment","formatVersion":1,"answers":"<script>"}'
			),
		});
		await expect
			.poll(() => page.locator('[data-notice-text]').textContent())
			.toMatch(/Your answers are unchanged/);
		expect(
			await page.locator('fieldset[data-practice="data-pipeline"] input:checked').inputValue()
		).toBe('automated');
	});
});

test.describe('privacy', () => {
	test('the page makes no request to any other origin, and answers are never sent', async ({
		newPage,
		baseURL,
	}) => {
		const page = await newPage({ acceptDownloads: true });
		const origin = new URL(baseURL!).origin;
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await openSelfCheck(page);
		await answerSome(page);
		await page.locator('[data-share]').click();
		await Promise.all([page.waitForEvent('download'), page.locator('[data-export-json]').click()]);
		await page.reload();
		await page.waitForLoadState('networkidle');
		const foreign = requests.filter(
			(r) => !r.startsWith(origin) && !r.startsWith('blob:') && !r.startsWith('data:')
		);
		expect(foreign).toEqual([]);
		// No request carries an answer: after the page loads, only static files are fetched.
		expect(requests.filter((r) => /check=|answers|application-ci/.test(r))).toEqual([]);
		expect(requests.length).toBeGreaterThan(0);
	});
});

test('without JavaScript, results say they need it and show no level', async ({ newPage }) => {
	const page = await newPage({ javaScriptEnabled: false });
	await page.goto('/self-check/');
	await expect(page.locator('atlas-self-check noscript p')).toBeVisible();
	await expect(page.locator('atlas-self-check noscript p')).toContainText(
		'the results are computed in your browser and need JavaScript'
	);
	for (const id of RESULTS) {
		await expect(page.locator(`[data-result-for="${id}"]`)).toHaveAttribute('data-level', '');
		await expect(page.locator(`[data-result-for="${id}"]`)).toHaveAttribute('data-asked', /^\d+$/);
	}
});
