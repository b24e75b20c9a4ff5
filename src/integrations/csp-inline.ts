/**
 * After the build, completes every page's Content-Security-Policy with the hashes of the inline
 * scripts and styles Astro does not hash itself (Starlight's `is:inline` scripts). See
 * docs/decisions/0007-content-security-policy.md.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { completePolicy } from '../lib/csp';

/** Every `.html` file below `dir`. */
function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? htmlFiles(join(dir, entry.name))
			: entry.name.endsWith('.html')
				? [join(dir, entry.name)]
				: []
	);
}

export default function cspInline(): AstroIntegration {
	return {
		name: 'atlas:csp-inline',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const files = htmlFiles(fileURLToPath(dir));
				for (const file of files) {
					const html = readFileSync(file, 'utf8');
					const complete = completePolicy(html);
					if (complete !== html) writeFileSync(file, complete);
				}
				logger.info(`completed the Content-Security-Policy of ${files.length} pages`);
			},
		},
	};
}
