/** Lighthouse (mobile, its default) on key pages: accessibility, best practices and SEO 100, performance ≥ 95. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { CHROMIUM_FLAGS, findChromium } from '../support/chromium';

const PAGES = [
	'/',
	'/frameworks/microsoft-mlops/',
	'/self-check/',
	'/frameworks/ml-test-score/',
	'/self-check/ml-test-score/',
];
const MINIMUM = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const REPORTS = 'tests/.artifacts/lighthouse';

let chrome: chromeLauncher.LaunchedChrome;
beforeAll(async () => {
	chrome = await chromeLauncher.launch({
		chromePath: findChromium(),
		chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
	});
	mkdirSync(REPORTS, { recursive: true });
});
afterAll(() => {
	chrome?.kill();
});

describe('Lighthouse (mobile)', () => {
	test.each(PAGES)(
		'%s meets the score minimums',
		async (path) => {
			const url = new URL(path, inject('baseUrl')).href;
			const result = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: Object.keys(MINIMUM),
			});
			if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
			writeFileSync(
				`${REPORTS}/${path.replace(/\//g, '_') || 'home'}.json`,
				result.report as string
			);
			const scores = Object.fromEntries(
				Object.keys(MINIMUM).map((id) => [
					id,
					Math.round((result.lhr.categories[id]?.score ?? 0) * 100),
				])
			);
			const failing = Object.entries(MINIMUM)
				.filter(([id, min]) => scores[id]! < min)
				.map(([id, min]) => {
					const audits = result.lhr.categories[id]!.auditRefs.filter(
						(ref) => ref.weight > 0 && (result.lhr.audits[ref.id]?.score ?? 1) < 1
					).map((ref) => ref.id);
					return `${id} ${scores[id]} < ${min} (failing audits: ${audits.join(', ')})`;
				});
			expect(failing).toEqual([]);
		},
		120_000
	);
});
