/** The content model's integrity check, proven on small fixture sites that each break one rule. */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import modelCheck from '~/integrations/model-check';
import { readContentDir } from '~/lib/load-content';
import { checkModel, findCycles, formatIssue } from '~/lib/model';

const fixtureRoot = (name: string) => new URL(`../fixtures/models/${name}/`, import.meta.url);
const issuesOf = (name: string) => {
	const root = fileURLToPath(fixtureRoot(name));
	return checkModel(readContentDir(`${root}content/docs`, root)).issues.map(formatIssue);
};

describe('checkModel on fixtures', () => {
	test('a valid model has no issues', () => {
		expect(issuesOf('valid')).toEqual([]);
	});

	test.each([
		{
			name: 'unknown-framework',
			expected:
				'content/docs/practices/alpha.mdx: practice.mappings.0.framework: unknown framework "nope"',
		},
		{
			name: 'missing-level',
			expected:
				'content/docs/practices/alpha.mdx: practice.mappings.0.level: framework "tiny" has no level 5 (it has levels 0–1)',
		},
		{
			name: 'dependency-cycle',
			expected:
				'content/docs/practices/alpha.mdx: practice.dependsOn: dependency cycle: alpha → beta → alpha',
		},
		{
			name: 'unknown-dependency',
			expected: 'content/docs/practices/alpha.mdx: practice.dependsOn.0: unknown practice "gamma"',
		},
		{
			name: 'missing-field',
			expected:
				'content/docs/frameworks/tiny.mdx: framework.publisher: Invalid input: expected string, received undefined',
		},
		{
			name: 'invalid-dependency',
			expected:
				'content/docs/practices/alpha.mdx: practice.answer: Invalid option: expected one of "binary"|"automation"',
		},
	])(
		'$name is reported once, with file and field, and blamed on no other file',
		({ name, expected }) => {
			expect(issuesOf(name)).toEqual([expected]);
		}
	);

	test('a YAML error gives the line and column in the file', () => {
		const root = fileURLToPath(fixtureRoot('bad-yaml'));
		expect(() => readContentDir(`${root}content/docs`, root)).toThrow(
			/^content\/docs\/practices\/alpha\.mdx: frontmatter is not valid YAML \(line 6, column \d+ of the file\): /
		);
	});

	test('the build integration stops with the same message', () => {
		const hook = modelCheck().hooks['astro:config:setup']!;
		const run = () =>
			// Only the parts of Astro's hook options that the integration reads.
			(hook as (options: unknown) => void)({
				config: { root: fixtureRoot('dependency-cycle') },
				logger: { info() {} },
			});
		expect(run).toThrow(
			/practices\/alpha\.mdx: practice\.dependsOn: dependency cycle: alpha → beta → alpha/
		);
	});
});

describe('findCycles', () => {
	test.each([
		{ graph: { a: ['b'], b: [] }, expected: [] },
		{ graph: { a: ['a'] }, expected: [['a', 'a']] },
		{ graph: { a: ['b'], b: ['c'], c: ['a'] }, expected: [['a', 'b', 'c', 'a']] },
		{ graph: { a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }, expected: [] },
		{ graph: { a: ['missing'] }, expected: [] },
	])('$graph', ({ graph, expected }) => {
		expect(findCycles(new Map(Object.entries(graph)))).toEqual(expected);
	});
});
