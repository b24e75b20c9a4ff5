/**
 * `/self-check/advice.json`: each practice's "Start manually" advice, by practice id. The
 * self-check shows it with next steps and in the report, and fetches it when it first has a step
 * to show, so the page itself carries no copy of it (issue 12).
 */
import type { APIRoute } from 'astro';
import { getPractices } from '../data/content';

export const prerender = true;

export const GET: APIRoute = async () =>
	new Response(
		JSON.stringify(Object.fromEntries((await getPractices()).map((p) => [p.id, p.startManually]))),
		{ headers: { 'Content-Type': 'application/json' } }
	);
