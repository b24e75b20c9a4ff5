// @ts-check
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import cspInline from './src/integrations/csp-inline.ts';
import modelCheck from './src/integrations/model-check.ts';
import remarkGlossary from './src/integrations/remark-glossary.ts';
import scriptOrigins from './src/integrations/script-origins.ts';

/** Pages that are not docs: the JSON Schema of the self-check's export file. */
/** @type {import('astro').AstroIntegration} */
const endpoints = {
	name: 'atlas:endpoints',
	hooks: {
		'astro:config:setup': ({ injectRoute }) => {
			injectRoute({
				pattern: '/assessment.schema.json',
				entrypoint: './src/endpoints/assessment-schema.ts',
			});
		},
	},
};

export default defineConfig({
	// Content lives in a root `content/` folder. Starlight finds docs at `<srcDir>/content/docs`,
	// so the source root is the repository root; see docs/decisions/0001-layout.md.
	srcDir: '.',
	// Set SITE_URL when deploying to get canonical URLs and a sitemap.
	site: process.env.SITE_URL,
	security: {
		// A strict Content-Security-Policy in every page's <meta>: scripts and styles from this site
		// or by hash only, nothing from any other origin (docs/decisions/0007-content-security-policy.md).
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Pagefind's search index runs as WebAssembly.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: {
				resources: [
					"'self'",
					// Starlight sets CSS variables in style attributes (icon sizes, sidebar depth); style
					// elements, like every script, stay limited to this site and hashes.
					{ resource: "'unsafe-inline'", kind: 'attribute' },
				],
			},
		},
	},
	markdown: {
		processor: unified({
			// Link the first use of each glossary term on a page to its definition.
			remarkPlugins: [[remarkGlossary, { glossaryFile: './content/docs/glossary.mdx' }]],
		}),
	},
	vite: {
		build: {
			rollupOptions: {
				onwarn(warning, warn) {
					// Astro's MDX pages carry a "use astro:head-inject" directive that the bundler warns
					// about once per page; Astro handles it, so the warning only buries real ones.
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
					warn(warning);
				},
			},
		},
	},
	integrations: [
		modelCheck(),
		scriptOrigins(),
		endpoints,
		cspInline(),
		starlight({
			title: 'MLOps Maturity Atlas',
			description:
				'MLOps maturity models from Microsoft, Google, AWS, ml-ops.org and others, side by side, with a private self-check.',
			favicon: '/favicon.svg',
			customCss: ['./src/styles/atlas.css'],
			// Starlight components the atlas replaces; each file says why.
			components: {
				ThemeProvider: './src/components/overrides/ThemeProvider.astro',
			},
			// Adds Pagefind filters (type, framework, dimension) to every page.
			routeMiddleware: './src/route-data.ts',
			lastUpdated: true,
			sidebar: [
				{
					label: 'Start here',
					items: [
						{ label: 'Overview', slug: 'index' },
						{ label: 'Self-check', slug: 'self-check' },
						{ label: 'ML Test Score calculator', slug: 'self-check/ml-test-score' },
						{ label: 'How scoring works', slug: 'self-check/how-scoring-works' },
						{ label: 'Compare frameworks', slug: 'compare' },
						{ label: 'Crosswalk', slug: 'crosswalk' },
					],
				},
				{ label: 'Frameworks', items: [{ autogenerate: { directory: 'frameworks' } }] },
				{
					label: 'Guides',
					items: [
						{ autogenerate: { directory: 'guides' } },
						{ label: 'Glossary', slug: 'glossary' },
					],
				},
				{
					label: 'Practices',
					collapsed: true,
					items: [{ autogenerate: { directory: 'practices' } }],
				},
			],
			plugins: [
				starlightLinksValidator({
					errorOnRelativeLinks: true,
					// Glossary anchors are ids rendered by <GlossaryList />, which this plugin cannot see;
					// tests/site/links.test.ts checks them (and every other anchor) in the built site.
					exclude: ({ link }) => link.startsWith('/glossary/#'),
				}),
			],
		}),
	],
});
