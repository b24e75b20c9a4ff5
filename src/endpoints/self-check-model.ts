/**
 * `/self-check/model.json`: what the self-check's script needs to score answers in the browser
 * (every framework's rules and every practice's mappings, without their texts). The page fetches
 * it, with the script, when the reader first answers or when there are saved answers to show, so
 * a first visit carries neither (issue 12).
 */
import type { APIRoute } from 'astro';
import { getFrameworks, getPractices } from '../data/content';
import { buildSelfCheckModel, clientContent } from '../lib/engine';

export const prerender = true;

export const GET: APIRoute = async () => {
	const [frameworks, practices] = await Promise.all([getFrameworks(), getPractices()]);
	return new Response(JSON.stringify(clientContent(buildSelfCheckModel(frameworks, practices))), {
		headers: { 'Content-Type': 'application/json' },
	});
};
