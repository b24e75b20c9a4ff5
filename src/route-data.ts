/**
 * Starlight route middleware. Adds Pagefind filter metadata to every page, so the search dialog
 * can filter by content type, framework and dimension; gives practice pages the sidebar of their
 * dimension (src/lib/sidebar.ts); and gives wide pages their layout. Filters go in `<meta>` tags because a
 * filter on a container element would take all of its text as the value.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getFrameworks, getPracticeIndex, getPractices, practiceHref } from './data/content';
import { buildRoadmap, roadmapHeadings } from './lib/roadmap';
import { practiceSidebar } from './lib/sidebar';
import { DIMENSIONS } from './schemas/common';

type Head = App.Locals['starlightRoute']['head'];

const filter = (head: Head, name: string, value: string) =>
	head.push({ tag: 'meta', attrs: { 'data-pagefind-filter': `${name}[content]`, content: value } });

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const { entry, head } = route;
	if (entry.data.width === 'wide') {
		// In <head>, so the wide layout applies from the first paint (a rule keyed on the page's
		// content would apply only once that content has arrived, and move the header).
		head.push({ tag: 'meta', attrs: { name: 'atlas-page-width', content: 'wide' } });
		route.toc = undefined;
	}
	const { framework, practice } = entry.data;
	if (framework) {
		filter(head, 'type', 'Framework');
		filter(head, 'framework', framework.shortName);
	} else if (practice) {
		filter(head, 'type', 'Practice');
		const names = new Map((await getFrameworks()).map((f) => [f.id, f.shortName]));
		for (const id of new Set(practice.mappings.map((m) => m.framework)))
			filter(head, 'framework', names.get(id) ?? id);
		filter(head, 'dimension', DIMENSIONS.find((d) => d.id === practice.dimension)!.name);
		const nav = practiceSidebar(
			route.sidebar,
			await getPracticeIndex(),
			{ id: practice.id, title: entry.data.title, dimension: practice.dimension },
			practiceHref
		);
		route.sidebar = nav.sidebar;
		route.pagination = { prev: nav.prev, next: nav.next };
	} else if (entry.id.startsWith('guides/') || entry.id === 'glossary') {
		filter(head, 'type', 'Guide');
	} else if (entry.id === 'self-check' || entry.id.startsWith('self-check/')) {
		filter(head, 'type', 'Self-check');
	} else if (entry.id !== '404') {
		filter(head, 'type', 'Overview');
	}

	// The not-found page has no address of its own (hosts serve 404.html for any missing path), so
	// no canonical URL: with SITE_URL set, Starlight would give it `/404/`, which does not exist.
	if (entry.id === '404') {
		route.head = head.filter(
			({ attrs = {} }) => attrs.rel !== 'canonical' && attrs.property !== 'og:url'
		);
	}

	// The roadmap's sections come from its component, which Starlight's table of contents cannot
	// see: list them after "Overview", before the page's own headings (which follow the component).
	if (entry.id === 'roadmap' && route.toc) {
		const [frameworks, practices] = await Promise.all([getFrameworks(), getPractices()]);
		const headings = roadmapHeadings(buildRoadmap(frameworks, practices));
		route.toc.items.splice(1, 0, ...headings.map((h) => ({ ...h, children: [] })));
	}
});
