/** Shared browser set-up for the e2e tests: one Chromium per test file, a fresh context per test. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { launchChromium } from './chromium';

/** Start Chromium for this test file and return accessors for it and the site URL. */
export function useBrowser() {
	let browser: Browser | undefined;
	const contexts: BrowserContext[] = [];
	beforeAll(async () => {
		browser = await launchChromium();
	});
	// Close each test's contexts: a suite of hundreds of pages (axe) would otherwise keep hundreds
	// of renderer processes alive on a 2-core machine.
	afterEach(async () => {
		await Promise.all(contexts.splice(0).map((context) => context.close()));
	});
	afterAll(async () => {
		await browser?.close();
	});
	return {
		/** The absolute URL of a site path, e.g. `url('/self-check/')`. */
		url: (path: string) => new URL(path, inject('baseUrl')).href,
		/** A page in a new, empty browser context (no storage shared with other tests). */
		async newPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
			if (!browser) throw new Error('Chromium did not start.');
			const context = await browser.newContext(options);
			contexts.push(context);
			return context.newPage();
		},
	};
}
