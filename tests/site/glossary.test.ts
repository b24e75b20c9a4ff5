/** The glossary is used: every term has an anchor and is linked from at least one other page. */
import { expect, test } from 'vitest';
import { assertBuilt, htmlFiles, readDist } from '../support/site';

assertBuilt();

test('the glossary has at least 30 terms, each linked from a page that uses it', () => {
	const glossary = readDist('glossary/index.html');
	const ids = [...glossary.matchAll(/<dt id="([^"]+)"/g)].map((m) => m[1]!);
	expect(ids.length).toBeGreaterThanOrEqual(30);
	const linked = new Set<string>();
	for (const file of htmlFiles().filter((f) => !f.startsWith('glossary/'))) {
		for (const [, id] of readDist(file).matchAll(/href="\/glossary\/#([^"]+)"/g)) linked.add(id!);
	}
	expect(ids.filter((id) => !linked.has(id))).toEqual([]);
});
