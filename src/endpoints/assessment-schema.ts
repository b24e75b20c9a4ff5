/** `/assessment.schema.json`: the JSON Schema of the self-check's export file, generated from zod. */
import type { APIRoute } from 'astro';
import { assessmentJsonSchema } from '../schemas/assessment';

export const prerender = true;

export const GET: APIRoute = () =>
	new Response(JSON.stringify(assessmentJsonSchema(), null, 2), {
		headers: { 'Content-Type': 'application/schema+json' },
	});
