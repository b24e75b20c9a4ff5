/** Runs Lighthouse (mobile, its default) in Debian's Chromium, for the tests and the benchmarks. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, findChromium } from './chromium';
import { root } from './site';

/** The pages Lighthouse audits, in the tests and in the benchmarks. */
export const LIGHTHOUSE_PAGES = [
	'/',
	'/frameworks/microsoft-mlops/',
	'/self-check/',
	'/frameworks/ml-test-score/',
	'/self-check/ml-test-score/',
];

export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';

export interface LighthouseRun {
	/** Scores from 0 to 100 per category. */
	scores: Record<string, number>;
	/** Ids of the weighted audits that did not pass, per category. */
	failing: Record<string, string[]>;
	/** Raw metric values (ms, or unitless for CLS) of the performance category, when run. */
	metrics: Record<string, number>;
}

const REPORTS = join(root, 'tests/.artifacts/lighthouse');

/** Start a Chromium for Lighthouse; call `kill()` on the result when done. */
export function launchForLighthouse() {
	return chromeLauncher.launch({
		chromePath: findChromium(),
		chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
	});
}

/** Audit one URL in the given categories, keep the JSON report under tests/.artifacts/. */
export async function audit(
	chrome: chromeLauncher.LaunchedChrome,
	url: string,
	categories: Category[]
): Promise<LighthouseRun> {
	const result = await lighthouse(url, {
		port: chrome.port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: categories,
	});
	if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
	mkdirSync(REPORTS, { recursive: true });
	const name = new URL(url).pathname.replace(/\//g, '_') || 'home';
	writeFileSync(join(REPORTS, `${name}-${categories.join('+')}.json`), result.report as string);
	const { categories: cats, audits } = result.lhr;
	const scores: Record<string, number> = {};
	const failing: Record<string, string[]> = {};
	for (const id of categories) {
		scores[id] = Math.round((cats[id]?.score ?? 0) * 100);
		failing[id] = (cats[id]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
			.map((ref) => ref.id);
	}
	const metrics: Record<string, number> = {};
	for (const id of [
		'first-contentful-paint',
		'largest-contentful-paint',
		'total-blocking-time',
		'cumulative-layout-shift',
		'speed-index',
	]) {
		const value = audits[id]?.numericValue;
		if (typeof value === 'number') metrics[id] = value;
	}
	return { scores, failing, metrics };
}
