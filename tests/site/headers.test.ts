/** The hosting headers file ships with the build and sets what a <meta> policy cannot. */
import { expect, test } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/serve-static.mjs';
import { assertBuilt, readDist } from '../support/site';

assertBuilt();

test.each([
	/^\s+Content-Security-Policy: .*frame-ancestors 'none'/m,
	/^\s+Content-Security-Policy: .*object-src 'none'/m,
	/^\s+Referrer-Policy: no-referrer$/m,
	/^\s+X-Content-Type-Options: nosniff$/m,
	/^\s+Permissions-Policy: camera=\(\)/m,
])('dist/_headers sets %s for every path', (header) => {
	const headers = readDist('_headers');
	expect(headers).toMatch(/^\/\*$/m);
	expect(headers).toMatch(header);
});

test("the header policy blocks nothing the pages' own policies allow", () => {
	// Browsers enforce the header and the <meta> policy both. The header cannot know the hashes of
	// each page's inline scripts and styles, so any fetch directive in it (default-src, script-src,
	// style-src, …) would block them; object-src 'none' blocks only plugins, as the pages' does.
	const policy = headersFor(parseHeaders(readDist('_headers')), '/')['Content-Security-Policy'];
	const directives = policy!.split(';').map((d) => d.trim().split(/\s+/)[0]);
	expect(directives.filter((d) => /-src(?:-elem|-attr)?$/.test(d!) && d !== 'object-src')).toEqual(
		[]
	);
	expect(directives).toContain('frame-ancestors');
});
