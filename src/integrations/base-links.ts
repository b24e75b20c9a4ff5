/**
 * Serves the site under a base path (BASE_PATH): adds the base to the root-relative links that
 * content pages are written with, in the rendered HTML of every page, in the dev server and the
 * build alike. Registered only when a base is set, so a build at the root is unchanged. See
 * docs/decisions/0011-deploy-anywhere.md.
 */
import type { AstroIntegration } from 'astro';

export default function baseLinks(): AstroIntegration {
	return {
		name: 'atlas:base-links',
		hooks: {
			'astro:config:setup': ({ config, addMiddleware }) => {
				if (config.base.replace(/\/+$/, '') === '') return;
				addMiddleware({
					entrypoint: new URL('./base-links-middleware.ts', import.meta.url),
					order: 'post',
				});
			},
		},
	};
}
