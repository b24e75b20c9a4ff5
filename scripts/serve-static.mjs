/**
 * A small static server for the built site, with no dependencies: the container's server
 * (Dockerfile), and the server of the base-path browser tests (`npm run test:base`).
 *
 *   node scripts/serve-static.mjs [folder]      (default: dist)
 *
 * Settings from the environment: PORT (8080), HOST (0.0.0.0), BASE_PATH (the path the site is
 * served under, as in the build: `/atlas/`; default `/`).
 *
 * It serves the folder under the base path: `…/` gives `…/index.html`, a folder without its
 * trailing slash is redirected to it, anything missing gets `404.html` with status 404. It sends
 * the headers of the build's own `_headers` file (the one Netlify and Cloudflare Pages read), so
 * the container and those hosts send the same security headers from one source; the server
 * refuses to start without it. Text is gzipped for clients that accept it.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.webmanifest': 'application/manifest+json',
	// Pagefind's search index: WebAssembly, and files its script decompresses itself.
	'.wasm': 'application/wasm',
	'.pagefind': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
};
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|manifest\+json)|image\/svg\+xml)/;
/** Files hosts read as settings, never serve. */
const PRIVATE = new Set(['/_headers', '/_redirects']);

/**
 * The rules of a `_headers` file: a path pattern on a line of its own, then its headers indented
 * as `Name: value`; `#` starts a comment. In a pattern, `*` matches anything and `:name` one path
 * segment (Netlify's syntax).
 * @param {string} text
 * @returns {Array<{ pattern: RegExp; headers: Array<[string, string]> }>}
 */
export function parseHeaders(text) {
	/** @type {ReturnType<typeof parseHeaders>} */
	const rules = [];
	for (const line of text.split(/\r?\n/)) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line
				.trim()
				.split(/(\*|:[A-Za-z]\w*)/)
				.map((part, i) =>
					i % 2 === 0 ? part.replace(/[.+?^${}()|[\]\\]/g, '\\$&') : part === '*' ? '.*' : '[^/]+'
				)
				.join('');
			rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
			continue;
		}
		const match = /^\s+([^:\s]+):\s*(.*?)\s*$/.exec(line);
		if (!match || !rules.length) throw new Error(`_headers: cannot read the line "${line}"`);
		rules.at(-1).headers.push([match[1], match[2]]);
	}
	return rules;
}

/**
 * The headers the rules give a site path; values of a header set by several rules are joined.
 * @param {ReturnType<typeof parseHeaders>} rules
 * @param {string} path
 */
export function headersFor(rules, path) {
	/** @type {Record<string, string>} */
	const headers = {};
	for (const rule of rules.filter((r) => r.pattern.test(path))) {
		for (const [name, value] of rule.headers) {
			const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
			headers[key ?? name] = key ? `${headers[key]}, ${value}` : value;
		}
	}
	return headers;
}

/**
 * A request handler serving `root` under `base` (`/` or e.g. `/atlas/`), with the headers of
 * `root/_headers`.
 * @param {string} root
 * @param {string} base
 * @returns {import('node:http').RequestListener}
 */
export function staticSite(root, base = '/') {
	root = resolve(root);
	const headersFile = join(root, '_headers');
	if (!existsSync(headersFile)) {
		throw new Error(`No _headers file in ${root}: build the site first (npm run build).`);
	}
	const rules = parseHeaders(readFileSync(headersFile, 'utf8'));
	const prefix = base.replace(/\/+$/, '');

	/** The file a site path names, if it is one inside the root. */
	const fileAt = (path) => {
		const full = join(root, path);
		if (full !== root && !full.startsWith(root + sep)) return undefined;
		return existsSync(full) ? { full, stat: statSync(full) } : undefined;
	};

	const send = (request, response, status, file, sitePath) => {
		const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
		const gzip =
			COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
		const fromFile = headersFor(rules, sitePath);
		const named = (name) => Object.keys(fromFile).some((k) => k.toLowerCase() === name);
		response.writeHead(status, {
			// Revalidate unless `_headers` says otherwise (e.g. for the hashed files in `_astro/`).
			...(named('cache-control') ? {} : { 'Cache-Control': 'no-cache' }),
			...fromFile,
			'Content-Type': type,
			Vary: 'Accept-Encoding',
			...(gzip ? { 'Content-Encoding': 'gzip' } : { 'Content-Length': statSync(file).size }),
		});
		if (request.method === 'HEAD') return response.end();
		const stream = createReadStream(file);
		(gzip ? stream.pipe(createGzip()) : stream).pipe(response);
	};

	return (request, response) => {
		if (request.method !== 'GET' && request.method !== 'HEAD') {
			response.writeHead(405, { Allow: 'GET, HEAD' }).end();
			return;
		}
		const url = new URL(request.url ?? '/', 'http://localhost');
		let sitePath;
		try {
			sitePath = decodeURIComponent(url.pathname);
		} catch {
			sitePath = '';
		}
		const underBase = sitePath === prefix || sitePath.startsWith(`${prefix}/`);
		sitePath = underBase ? sitePath.slice(prefix.length) : undefined;
		if (sitePath !== undefined && !sitePath.includes('\0') && !PRIVATE.has(sitePath)) {
			const found = fileAt(sitePath || '/');
			if (found?.stat.isFile()) return send(request, response, 200, found.full, sitePath);
			if (found?.stat.isDirectory()) {
				if (!sitePath.endsWith('/')) {
					response.writeHead(301, { Location: `${prefix}${sitePath}/${url.search}` }).end();
					return;
				}
				const index = fileAt(join(sitePath, 'index.html'));
				if (index?.stat.isFile()) return send(request, response, 200, index.full, sitePath);
			}
		}
		const notFound = join(root, '404.html');
		if (existsSync(notFound)) return send(request, response, 404, notFound, sitePath ?? '/');
		response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
	};
}

/** Run as a program: serve the folder given (or dist/) until stopped. */
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const folder = process.argv[2] ?? 'dist';
	const base = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
	const port = Number(process.env.PORT ?? 8080);
	const host = process.env.HOST ?? '0.0.0.0';
	const server = createServer(staticSite(folder, base));
	server.listen(port, host, () => {
		const { port: actual } = server.address();
		console.log(`Serving ${folder}/ at http://${host}:${actual}${base}`);
	});
	// A container stops its server with SIGTERM; Node, as process 1, would otherwise ignore it.
	for (const signal of ['SIGTERM', 'SIGINT']) {
		process.on(signal, () => {
			server.close(() => process.exit(0));
			server.closeIdleConnections();
		});
	}
}
