/**
 * Build-time integrity check of the content model. Astro validates each page's frontmatter on
 * its own; this integration also resolves references between pages (mappings, dependencies) and
 * stops `astro build` and `astro dev` with a message naming the file and field of every problem.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readContentDir } from '../lib/load-content';
import { assertModel } from '../lib/model';

export default function modelCheck(): AstroIntegration {
	return {
		name: 'atlas:model-check',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const root = fileURLToPath(config.root);
				const model = assertModel(
					readContentDir(fileURLToPath(new URL('content/docs/', config.root)), root)
				);
				logger.info(
					`content model OK: ${model.frameworks.length} frameworks, ${model.practices.length} practices`
				);
			},
		},
	};
}
