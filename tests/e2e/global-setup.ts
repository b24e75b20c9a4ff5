/** Serves the production build with `astro preview` for the browser tests, on a free port. */
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { assertBuilt, root } from '../support/site';
import { findChromium } from '../support/chromium';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

export default async function setup(project: TestProject) {
	assertBuilt();
	findChromium(); // Fail once, with instructions, before any test starts.
	const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
	project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
	return () => server.stop();
}
