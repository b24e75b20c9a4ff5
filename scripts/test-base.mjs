/**
 * `npm run test:base`: builds the site under a base path with a site address, as the GitHub Pages
 * workflow does, into dist-base/ (dist/ stays the root build the other tests read), then runs the
 * built-site tests that concern deployment and the base-path browser tests against it. See
 * docs/decisions/0011-deploy-anywhere.md.
 */
import { spawnSync } from 'node:child_process';

const env = {
	...process.env,
	BASE_PATH: '/atlas/',
	SITE_URL: 'https://example.org',
	// Which build the tests read (tests/support/site.ts).
	ATLAS_TEST_DIST: 'dist-base',
};

const steps = [
	['astro', 'build', '--outDir', 'dist-base'],
	[
		'vitest',
		'run',
		'--config',
		'tests/vitest.site.config.ts',
		'tests/site/links.test.ts',
		'tests/site/deploy.test.ts',
		'tests/site/headers.test.ts',
		'tests/site/serve-static.test.ts',
	],
	['playwright', 'test', '-c', 'tests/playwright.config.ts', '--project', 'base'],
];

for (const step of steps) {
	console.log(`\n> BASE_PATH=${env.BASE_PATH} SITE_URL=${env.SITE_URL} ${step.join(' ')}`);
	const { status, error } = spawnSync('npx', step, {
		env,
		stdio: 'inherit',
		shell: process.platform === 'win32',
	});
	if (status !== 0) {
		console.error(error ?? `test:base: "${step.join(' ')}" failed.`);
		process.exit(status || 1);
	}
}
