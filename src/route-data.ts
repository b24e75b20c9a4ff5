/**
 * Starlight route middleware: adds Pagefind filter metadata to every page, so the search dialog
 * can filter by content type, framework and dimension. Filters go in `<meta>` tags because a
 * filter on a container element would take all of its text as the value.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getFrameworks } from './data/content';
import { DIMENSIONS } from './schemas/common';

type Head = App.Locals['starlightRoute']['head'];

const filter = (head: Head, name: string, value: string) =>
	head.push({ tag: 'meta', attrs: { 'data-pagefind-filter': `${name}[content]`, content: value } });

export const onRequest = defineRouteMiddleware(async (context) => {
	const { entry, head } = context.locals.starlightRoute;
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
	} else if (entry.id.startsWith('guides/') || entry.id === 'glossary') {
		filter(head, 'type', 'Guide');
	} else if (entry.id !== '404') {
		filter(head, 'type', 'Tool or overview');
	}
});
