/** Browser and built-site tests: real Chromium against the production build served locally. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	root: fileURLToPath(new URL('..', import.meta.url)),
	resolve: { alias: { '~': fileURLToPath(new URL('../src', import.meta.url)) } },
	test: {
		include: ['tests/e2e/**/*.test.ts', 'tests/site/**/*.test.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 60_000,
		// Two cores: one Chromium at a time keeps the machine responsive and results stable.
		fileParallelism: false,
	},
});
