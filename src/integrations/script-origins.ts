/**
 * Records which client JavaScript chunks contain the project's own code (any module under the
 * project root outside node_modules), so the budget tests can tell the atlas's JavaScript from
 * Starlight's. Writes a JSON file into node_modules/.astro after the build; ships nothing.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the record of a build is written, relative to the project root: one per output folder,
 * so that the base-path build (dist-base/) does not replace the record of dist/.
 */
export const scriptOriginsFile = (outDir: string) =>
	`node_modules/.astro/script-origins-${basename(outDir)}.json`;

export interface ScriptOrigin {
	/** Output file name, e.g. `_astro/SelfCheck.astro_astro_type_script_index_0_lang.X.js`. */
	fileName: string;
	/** Project modules bundled into the chunk, relative to the root. */
	ownModules: string[];
	code: string;
}

export default function scriptOrigins(): AstroIntegration {
	const origins: ScriptOrigin[] = [];
	let root = '';
	return {
		name: 'atlas:script-origins',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				root = fileURLToPath(config.root);
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'atlas:script-origins',
								apply: 'build',
								// Before Astro's script plugin, which removes small chunks from the bundle to inline them.
								enforce: 'pre',
								generateBundle(_options, bundle) {
									for (const chunk of Object.values(bundle)) {
										// Only browser chunks; Astro emits them into `_astro/` (build.assets).
										if (chunk.type !== 'chunk' || !chunk.fileName.startsWith('_astro/')) continue;
										const ownModules = Object.keys(chunk.modules)
											.filter((id) => id.startsWith(root) && !id.includes('/node_modules/'))
											.map((id) => id.slice(root.length).replace(/\?.*$/, ''));
										if (ownModules.length) {
											origins.push({ fileName: chunk.fileName, ownModules, code: chunk.code });
										}
									}
								},
							},
						],
					},
				});
			},
			'astro:build:done': ({ dir }) => {
				const file = `${root}${scriptOriginsFile(fileURLToPath(dir))}`;
				mkdirSync(dirname(file), { recursive: true });
				writeFileSync(file, JSON.stringify(origins));
			},
		},
	};
}
