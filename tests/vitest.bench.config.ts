/** Measurements (`npm run bench`): pure modules timed in Node, and pages timed in Chromium against the built site. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	root: fileURLToPath(new URL('..', import.meta.url)),
	resolve: { alias: { '~': fileURLToPath(new URL('../src', import.meta.url)) } },
	test: {
		include: ['tests/bench/**/*.measure.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		testTimeout: 120_000,
		hookTimeout: 60_000,
		fileParallelism: false,
	},
});
