/** The hosting headers file ships with the build and sets what a <meta> policy cannot. */
import { expect, test } from 'vitest';
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
