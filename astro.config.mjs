// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import modelCheck from './src/integrations/model-check.ts';
import scriptOrigins from './src/integrations/script-origins.ts';

export default defineConfig({
	// Content lives in a root `content/` folder. Starlight finds docs at `<srcDir>/content/docs`,
	// so the source root is the repository root; see docs/decisions/0001-layout.md.
	srcDir: '.',
	// Set SITE_URL when deploying to get canonical URLs and a sitemap.
	site: process.env.SITE_URL,
	integrations: [
		modelCheck(),
		scriptOrigins(),
		starlight({
			title: 'MLOps Maturity Atlas',
			description:
				'MLOps maturity models from Microsoft, Google, AWS, ml-ops.org and others, side by side, with a private self-check.',
			favicon: '/favicon.svg',
			customCss: ['./src/styles/atlas.css'],
			lastUpdated: true,
			sidebar: [
				{
					label: 'Start here',
					items: [
						{ label: 'Overview', slug: 'index' },
						{ label: 'Self-check', slug: 'self-check' },
						{ label: 'How scoring works', slug: 'self-check/how-scoring-works' },
						{ label: 'Compare frameworks', slug: 'compare' },
					],
				},
				{ label: 'Frameworks', items: [{ autogenerate: { directory: 'frameworks' } }] },
				{
					label: 'Practices',
					collapsed: true,
					items: [{ autogenerate: { directory: 'practices' } }],
				},
			],
			plugins: [starlightLinksValidator({ errorOnRelativeLinks: true })],
		}),
	],
});
