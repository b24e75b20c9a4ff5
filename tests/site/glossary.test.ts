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

test('an A–Z index links every letter that has terms to its heading, and only those', () => {
	const glossary = readDist('glossary/index.html');
	const nav = /<nav[^>]*aria-label="Glossary A to Z"[^>]*>([\s\S]*?)<\/nav>/.exec(glossary)?.[1];
	expect(nav, 'the A–Z index').toBeDefined();
	const linked = [...nav!.matchAll(/href="#glossary-letter-([a-z])"/g)].map((m) => m[1]!);
	const terms = [...glossary.matchAll(/<dt id="[^"]+"[^>]*>\s*(?:<[^>]+>\s*)*([^<\s])/g)].map((m) =>
		m[1]!.toLowerCase()
	);
	expect(linked).toEqual([...new Set(terms)].sort());
	for (const letter of linked) expect(glossary).toContain(`id="glossary-letter-${letter}"`);
	// The terms themselves come in alphabetical order.
	expect(terms).toEqual([...terms].sort());
});
