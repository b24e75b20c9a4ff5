/** The atlas as open data: the published files match their schemas and the content. */
import { expect, test } from 'vitest';
import { OpenFrameworksSchema, OpenPracticesSchema, OPEN_DATA_VERSION } from '~/schemas/open-data';
import { realContent } from '../support/content';
import { assertBuilt, htmlFiles, readDist } from '../support/site';

assertBuilt();

const json = (file: string) => JSON.parse(readDist(file)) as Record<string, unknown>;

test('frameworks.json and practices.json hold every framework and practice, valid and versioned', () => {
	const frameworks = OpenFrameworksSchema.parse(json('data/frameworks.json'));
	const practices = OpenPracticesSchema.parse(json('data/practices.json'));
	const content = realContent();
	expect(frameworks.version).toBe(OPEN_DATA_VERSION);
	expect(frameworks.frameworks.map((f) => f.id).sort()).toEqual(
		content.frameworks.map((f) => f.id).sort()
	);
	expect(practices.practices.map((p) => p.id).sort()).toEqual(
		content.practices.map((p) => p.id).sort()
	);
	// Every entry points at its page, and mappings and dependencies survive.
	const pages = new Set(htmlFiles().map((f) => `/${f.replace(/index\.html$/, '')}`));
	for (const entry of [...frameworks.frameworks, ...practices.practices])
		expect(pages, entry.url).toContain(entry.url);
	const drift = practices.practices.find((p) => p.id === 'drift-monitoring')!;
	expect(drift.mappings.length).toBeGreaterThan(0);
	expect(practices.practices.some((p) => p.dependsOn.length > 0)).toBe(true);
});

test.each(['frameworks', 'practices'])('%s.schema.json is a JSON Schema for its file', (name) => {
	const schema = json(`data/${name}.schema.json`);
	expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
	expect(schema.$id).toBe(`/data/${name}.schema.json`);
	expect((schema.required as string[]).sort()).toEqual([name, 'version'].sort());
	const items = (schema.properties as Record<string, { items: { required: string[] } }>)[name]!;
	expect(items.items.required).toEqual(expect.arrayContaining(['id', 'url', 'title']));
});
