/**
 * `/data/frameworks.json`, `/data/practices.json` and their `.schema.json` files: every field of
 * the content model, including mappings and dependencies (see the "Use the data" page).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { isFrameworkEntry, isPracticeEntry, siteHref } from '../data/content';
import {
	OPEN_DATA_FILES,
	OPEN_DATA_VERSION,
	openDataJsonSchema,
	type OpenDataFile,
} from '../schemas/open-data';

export const prerender = true;

export const getStaticPaths = (() =>
	Object.keys(OPEN_DATA_FILES).flatMap((file) => [
		{ params: { file: `${file}.json` } },
		{ params: { file: `${file}.schema.json` } },
	])) satisfies GetStaticPaths;

async function data(file: OpenDataFile) {
	const entries = await getCollection('docs');
	const page = (entry: (typeof entries)[number]) => ({
		url: siteHref(`/${entry.id}/`),
		title: entry.data.title,
		...(entry.data.description ? { description: entry.data.description } : {}),
	});
	const sorted = [...entries].sort((a, b) => a.id.localeCompare(b.id));
	const body =
		file === 'frameworks'
			? {
					frameworks: sorted
						.filter(isFrameworkEntry)
						.map((e) => ({ ...e.data.framework, ...page(e) })),
				}
			: {
					practices: sorted
						.filter(isPracticeEntry)
						.map((e) => ({ ...e.data.practice, ...page(e) })),
				};
	// Parsed on the way out: the file always matches the schema published beside it.
	return OPEN_DATA_FILES[file].schema.parse({ version: OPEN_DATA_VERSION, ...body });
}

export const GET: APIRoute = async ({ params }) => {
	const [, file, schema] =
		/^(frameworks|practices)(\.schema)?\.json$/.exec(params.file ?? '') ?? [];
	if (!file) return new Response('Not found', { status: 404 });
	const name = file as OpenDataFile;
	return schema
		? new Response(JSON.stringify(openDataJsonSchema(name), null, 2), {
				headers: { 'Content-Type': 'application/schema+json' },
			})
		: new Response(JSON.stringify(await data(name), null, 2), {
				headers: { 'Content-Type': 'application/json' },
			});
};
