/** Built-site tests (`npm run test:site`): links, budgets and glossary use, read from dist/ without a browser. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	root: fileURLToPath(new URL('..', import.meta.url)),
	resolve: { alias: { '~': fileURLToPath(new URL('../src', import.meta.url)) } },
	test: {
		include: ['tests/site/**/*.test.ts'],
		// Reading every built page is I/O, not CPU: generous limits so a busy machine only slows it.
		testTimeout: 60_000,
	},
});
