// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import baseLinks from './src/integrations/base-links.ts';
import { basePath } from './src/lib/base-links.ts';
import cspInline from './src/integrations/csp-inline.ts';
import { DIMENSIONS } from './src/lib/dimensions.ts';
import { DIMENSION_ATTR } from './src/lib/sidebar.ts';
import modelCheck from './src/integrations/model-check.ts';
import hastTableCards from './src/integrations/hast-table-cards.ts';
import glossaryLinks from './src/integrations/mdast-glossary.ts';
import scriptOrigins from './src/integrations/script-origins.ts';
import { SEARCH_RANKING } from './src/lib/search-ranking.ts';

/**
 * Files that are not docs: the JSON Schema of the self-check's export file, the social image, the
 * atlas as open data, and what the self-check fetches when it is used (its model, the deep
 * check's questions, the advice texts).
 */
/** @type {import('astro').AstroIntegration} */
const endpoints = {
	name: 'atlas:endpoints',
	hooks: {
		'astro:config:setup': ({ injectRoute }) => {
			injectRoute({
				pattern: '/assessment.schema.json',
				entrypoint: './src/endpoints/assessment-schema.ts',
			});
			injectRoute({ pattern: '/social.png', entrypoint: './src/endpoints/social-image.ts' });
			injectRoute({ pattern: '/data/[file]', entrypoint: './src/endpoints/open-data.ts' });
			injectRoute({
				pattern: '/self-check/advice.json',
				entrypoint: './src/endpoints/self-check-advice.ts',
			});
			injectRoute({
				pattern: '/self-check/model.json',
				entrypoint: './src/endpoints/self-check-model.ts',
			});
			injectRoute({
				pattern: '/_fragments/self-check-deep',
				entrypoint: './src/endpoints/self-check-deep.astro',
			});
		},
	},
};

/**
 * The path the site is served under, from BASE_PATH: `/atlas` and `atlas/` both become `/atlas/`;
 * unset or `/` serves it at the root. See docs/decisions/0011-deploy-anywhere.md.
 */
const base = basePath(process.env.BASE_PATH);

/** The link-preview image; previews need an absolute URL, which SITE_URL gives. */
const socialImage = process.env.SITE_URL
	? new URL(`${base}social.png`, process.env.SITE_URL).href
	: `${base}social.png`;

export default defineConfig({
	// Content lives in a root `content/` folder. Starlight finds docs at `<srcDir>/content/docs`,
	// so the source root is the repository root; see docs/decisions/0001-layout.md.
	srcDir: '.',
	// Set SITE_URL when deploying to get canonical URLs and a sitemap (an empty value sets none).
	site: process.env.SITE_URL || undefined,
	base,
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
		// Astro's native processor (Sätteri), extended rather than replaced: the JavaScript
		// remark/rehype pipeline, `unified()`, made the build cost about 1.4 times as much CPU
		// (docs/benchmarks/build-scaling.md).
		processor: satteri({
			// Link the first use of each glossary term on a page to its definition.
			mdastPlugins: [glossaryLinks({ glossaryFile: './content/docs/glossary.mdx' })],
			// Markdown tables become one card per row on phones, like the atlas's own tables.
			hastPlugins: [hastTableCards],
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
		baseLinks(),
		// Written when SITE_URL is set. Starlight would add it too, but unfiltered: the markup
		// fragments the self-check fetches (/_fragments/) are parts of a page, not pages to index.
		sitemap({ filter: (url) => !new URL(url).pathname.includes('/_fragments/') }),
		starlight({
			title: 'MLOps Maturity Atlas',
			description:
				'MLOps maturity models from Microsoft, Google, AWS, ml-ops.org and others, side by side, with a private self-check.',
			favicon: '/favicon.svg',
			customCss: ['./src/styles/atlas.css'],
			head: [
				// Paint once the page's title has been parsed, not earlier: Chromium may otherwise paint a
				// half-parsed sidebar and then move it as the rest arrives (a layout shift on every page).
				{ tag: 'link', attrs: { rel: 'expect', href: '#_top', blocking: 'render' } },
				// As public/_headers says, for hosts that send no headers (GitHub Pages).
				{ tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' } },
				// The link-preview image (src/assets/social-image.svg, rendered to PNG by the build).
				...Object.entries({
					'og:image': socialImage,
					'og:image:width': '1200',
					'og:image:height': '630',
					'og:image:alt': 'MLOps Maturity Atlas: every MLOps maturity model, side by side',
				}).map(([property, content]) => ({
					tag: /** @type {const} */ ('meta'),
					attrs: { property, content },
				})),
			],
			// Starlight components the atlas replaces; each file says why.
			components: {
				ThemeProvider: './src/components/overrides/ThemeProvider.astro',
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				Search: './src/components/overrides/Search.astro',
			},
			// Adds Pagefind filters (type, framework, dimension) to every page.
			routeMiddleware: './src/route-data.ts',
			// How search ranks pages, tuned so that a framework concept finds the framework that
			// explains it; tests/e2e/search-ranking.spec.ts holds the queries it is tuned for.
			pagefind: { ranking: SEARCH_RANKING },
			lastUpdated: true,
			sidebar: [
				{
					label: 'Start here',
					items: [
						{ label: 'Overview', slug: 'index' },
						{ label: 'Self-check', slug: 'self-check' },
						{ label: 'Team view', slug: 'self-check/team' },
						{ label: 'ML Test Score calculator', slug: 'self-check/ml-test-score' },
						{ label: 'Stack Canvas worksheet', slug: 'stack-canvas' },
						{ label: 'How scoring works', slug: 'self-check/how-scoring-works' },
						{ label: 'Compare frameworks', slug: 'compare' },
						{ label: 'Crosswalk', slug: 'crosswalk' },
						{ label: 'Roadmap: zero to hero', slug: 'roadmap' },
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
					// One link per dimension, to the catalog filtered by it; a practice page expands its
					// own dimension into its practices (src/lib/sidebar.ts), so no page lists them all.
					label: 'Practices',
					collapsed: true,
					items: [
						{ label: 'All practices', slug: 'practices' },
						...DIMENSIONS.map((d) => ({
							label: d.name,
							link: `/practices/?dimension=${d.id}`,
							attrs: { [DIMENSION_ATTR]: d.id },
						})),
					],
				},
			],
			// The validator checks content links as written, from the site root; under a base path it
			// would expect the base in them, so only the root build runs it (the links test checks both
			// builds' HTML; docs/decisions/0011-deploy-anywhere.md).
			plugins: [
				...(base === '/'
					? [
							starlightLinksValidator({
								errorOnRelativeLinks: true,
								// Glossary anchors are ids rendered by <GlossaryList />, which this plugin cannot see;
								// tests/site/links.test.ts checks them (and every other anchor) in the built site.
								exclude: ({ link }) => link.startsWith('/glossary/#'),
							}),
						]
					: []),
			],
		}),
	],
});
