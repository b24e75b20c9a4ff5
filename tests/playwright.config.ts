/**
 * Browser tests (`npm run test:e2e`) and page measurements (`npm run bench`): Playwright's test
 * runner drives Debian's Chromium against the production build, served by `astro preview`.
 * See docs/decisions/0004-browser-tests.md. The base-path tests (`npm run test:base`, project
 * `base`) run against the build that scripts/test-base.mjs makes under a base path, served by the
 * container's server with the build's `_headers` (docs/decisions/0011-deploy-anywhere.md).
 */
import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { CHROMIUM_FLAGS, findChromium } from './support/chromium';
import { assertBuilt, base, dist, root } from './support/site';

/** A free TCP port on 127.0.0.1, so that two copies of the suite can run side by side. */
function freePort(): string {
	return execFileSync(
		process.execPath,
		[
			'-e',
			"const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
		],
		{ encoding: 'utf8' }
	);
}

// Fail before any test starts, with the fix, when there is no build or no Chromium.
assertBuilt();
const executablePath = findChromium();
// Workers load this file again; they inherit the port through the environment.
const port = (process.env.ATLAS_TEST_PORT ??= freePort());
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
	testDir: '.',
	outputDir: '.artifacts/playwright',
	forbidOnly: true,
	// A failure is a failure: no retries that would hide a flaky test.
	retries: 0,
	// Two cores: one browser at a time leaves the other core to the preview server.
	workers: 1,
	reporter: [['list']],
	// Generous limits, so that a busy machine slows the suite down instead of failing it. Every
	// wait is on a condition (web-first assertions, expect.poll), never on a fixed sleep.
	timeout: 90_000,
	expect: { timeout: 20_000 },
	use: {
		baseURL,
		browserName: 'chromium',
		headless: true,
		launchOptions: { executablePath, args: CHROMIUM_FLAGS },
		actionTimeout: 20_000,
		navigationTimeout: 30_000,
	},
	webServer: {
		cwd: root,
		...(process.env.ATLAS_TEST_DIST
			? {
					// The build named by ATLAS_TEST_DIST, under BASE_PATH, as the container serves it.
					command: `"${process.execPath}" scripts/serve-static.mjs "${dist}"`,
					env: { HOST: '127.0.0.1', PORT: port },
				}
			: {
					// --ignore-lock: run beside a preview the developer may have open (npm start), and stay
					// in the foreground, where Astro would otherwise move a preview it thinks an agent started.
					command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
				}),
		url: `${baseURL}${base}`,
		reuseExistingServer: false,
		timeout: 120_000,
		stdout: 'ignore',
		stderr: 'pipe',
	},
	projects: [
		{ name: 'e2e', testMatch: 'e2e/**/*.spec.ts', testIgnore: 'e2e/base-path.spec.ts' },
		{ name: 'base', testMatch: 'e2e/base-path.spec.ts' },
		{ name: 'bench', testMatch: 'bench/**/*.bench.ts', timeout: 600_000 },
	],
});
