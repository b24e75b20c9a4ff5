/**
 * Measurement, not a test: Lighthouse's performance score and its lab metrics on the key pages.
 * They depend on how busy the machine is, so they are recorded, never asserted (issue 8).
 */
import type { LaunchedChrome } from 'chrome-launcher';
import { expect, test } from '../e2e/fixtures';
import { ms, writeBenchmark } from '../support/bench-report';
import { LIGHTHOUSE_PAGES, audit, launchForLighthouse } from '../support/lighthouse';

let chrome: LaunchedChrome | undefined;
test.beforeAll(async () => {
	chrome = await launchForLighthouse();
});
test.afterAll(() => {
	chrome?.kill();
});

test('Lighthouse performance (mobile) on the key pages', async ({ baseURL }) => {
	const rows = [['Page', 'Score', 'FCP', 'LCP', 'TBT', 'CLS', 'Speed index']];
	for (const path of LIGHTHOUSE_PAGES) {
		const { scores, metrics: m } = await audit(chrome!, new URL(path, baseURL).href, [
			'performance',
		]);
		rows.push([
			`\`${path}\``,
			String(scores.performance),
			ms(m['first-contentful-paint'] ?? NaN),
			ms(m['largest-contentful-paint'] ?? NaN),
			ms(m['total-blocking-time'] ?? NaN),
			(m['cumulative-layout-shift'] ?? NaN).toFixed(3),
			ms(m['speed-index'] ?? NaN),
		]);
	}
	writeBenchmark(
		'lighthouse',
		'Lighthouse performance (mobile)',
		'Lighthouse 13 with its default mobile emulation (simulated slow 4G, 4x CPU slowdown), one run per page against `astro preview` of the production build.',
		rows
	);
	expect(rows).toHaveLength(LIGHTHOUSE_PAGES.length + 1);
});
