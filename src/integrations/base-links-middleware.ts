/** The middleware of src/integrations/base-links.ts: every HTML response, links under the base. */
import { defineMiddleware } from 'astro:middleware';
import { withBase } from '../lib/base-links';

export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	return new Response(withBase(await response.text(), import.meta.env.BASE_URL), response);
});
