/**
 * The container's static server (scripts/serve-static.mjs) serving the build under its base path:
 * the headers of the build's `_headers` file on every response, content types (Pagefind's index
 * too), folders, the 404 page, and nothing outside the build. The base-path browser tests
 * (`npm run test:base`) also run against it.
 */
import { readdirSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headersFor, parseHeaders, staticSite } from '../../scripts/serve-static.mjs';
import { assertBuilt, base, dist, readDist } from '../support/site';

assertBuilt();

let server: Server;
let origin = '';
beforeAll(async () => {
	server = createServer(staticSite(dist, base));
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const get = (path: string, headers: Record<string, string> = {}) =>
	fetch(`${origin}${path}`, { headers, redirect: 'manual' });
/** The first built file in a folder of dist whose name matches. */
const fileIn = (folder: string, name: RegExp) =>
	`${folder}/${readdirSync(join(dist, folder)).find((f) => name.test(f))}`;

describe('parseHeaders', () => {
	const rules = parseHeaders('# c\n/*\n  A: 1\n/x/:name/*\n  A: 2\n  B: 3\n');
	test.each([
		['/', { A: '1' }],
		['/x/y/z', { A: '1, 2', B: '3' }],
		['/x/', { A: '1' }],
	])('%s gets %j', (path, headers) => {
		expect(headersFor(rules, path)).toEqual(headers);
	});

	test('a header line before any path is an error', () => {
		expect(() => parseHeaders('  A: 1\n')).toThrow(/_headers/);
	});
});

test('every response carries the headers of the build’s _headers file', async () => {
	const expected = headersFor(parseHeaders(readDist('_headers')), '/');
	expect(Object.keys(expected)).toContain('Content-Security-Policy');
	for (const path of [base, `${base}no-such-page/`, `${base}${fileIn('_astro', /\.css$/)}`]) {
		const response = await get(path);
		for (const [name, value] of Object.entries(expected)) {
			expect(response.headers.get(name), `${path}: ${name}`).toBe(value);
		}
	}
});

test.each([
	['index.html', 'text/html; charset=utf-8'],
	['frameworks/google-mlops/', 'text/html; charset=utf-8'],
	['self-check/model.json', 'application/json; charset=utf-8'],
	['favicon.svg', 'image/svg+xml'],
	['social.png', 'image/png'],
	['pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
	['pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
	['pagefind/wasm.en.pagefind', 'application/octet-stream'],
])('%s is served as %s', async (path, type) => {
	const response = await get(`${base}${path}`);
	expect(response.status).toBe(200);
	expect(response.headers.get('content-type')).toBe(type);
});

test('Pagefind’s index files are sent as they are, never compressed again', async () => {
	for (const path of [fileIn('pagefind/index', /\.pf_index$/), fileIn('pagefind/fragment', /./)]) {
		const response = await get(`${base}${path}`, { 'accept-encoding': 'gzip' });
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/octet-stream');
		expect(response.headers.get('content-encoding')).toBeNull();
	}
});

test('text is gzipped for clients that accept it, and only for them', async () => {
	const gzipped = await get(base, { 'accept-encoding': 'gzip' });
	expect(gzipped.headers.get('content-encoding')).toBe('gzip');
	expect(await gzipped.text()).toBe(readDist('index.html'));
	const plain = await get(base, { 'accept-encoding': 'identity' });
	expect(plain.headers.get('content-encoding')).toBeNull();
	expect(plain.headers.get('content-length')).toBe(
		String(Buffer.byteLength(readDist('index.html')))
	);
});

test('hashed build files are cached for a year, pages revalidated', async () => {
	const asset = await get(`${base}${fileIn('_astro', /\.js$/)}`);
	expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
	expect((await get(base)).headers.get('cache-control')).toBe('no-cache');
});

test('a folder without its trailing slash is redirected to it, under the base path', async () => {
	const response = await get(`${base}practices?dimension=data`);
	expect(response.status).toBe(301);
	expect(response.headers.get('location')).toBe(`${base}practices/?dimension=data`);
});

test('a missing page gets the 404 page, with status 404', async () => {
	const response = await get(`${base}no-such-page/`);
	expect(response.status).toBe(404);
	expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
	expect(await response.text()).toBe(readDist('404.html'));
});

test('the hosts’ settings files and anything outside the build are not served', async () => {
	expect((await get(`${base}_headers`)).status).toBe(404);
	// A raw request, as a browser would never send it: `..` left in, its slash encoded.
	const status = await new Promise<number>((done, fail) =>
		request(`${origin}${base}..%2fpackage.json`, (response) => {
			response.resume();
			done(response.statusCode!);
		})
			.on('error', fail)
			.end()
	);
	expect(status).toBe(404);
});

test('only reading requests are answered', async () => {
	expect((await fetch(`${origin}${base}`, { method: 'POST' })).status).toBe(405);
	const head = await fetch(`${origin}${base}`, { method: 'HEAD' });
	expect(head.status).toBe(200);
	expect(await head.text()).toBe('');
});

test('the site is served under its base path only', async () => {
	if (base === '/') {
		expect((await get('/')).status).toBe(200);
		return;
	}
	expect((await get('/')).status).toBe(404);
	expect((await get('/frameworks/google-mlops/')).status).toBe(404);
	const bare = await get(base.slice(0, -1));
	expect(bare.status).toBe(301);
	expect(bare.headers.get('location')).toBe(base);
});
