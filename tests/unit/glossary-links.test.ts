/**
 * Linking the first use of glossary terms in a page's Markdown tree. Every case runs through the
 * Sätteri plugin in Astro's Markdown processor, as the build runs it (smart punctuation on).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { describe, expect, test } from 'vitest';
import glossaryLinks, {
	glossaryLinksPlugin,
	protectedPhrases,
} from '~/integrations/mdast-glossary';
import { createGlossaryLinker, quotedSpans, type GlossaryLinker } from '~/lib/glossary-links';
import type { Term } from '~/schemas/glossary';
import { compileMdx, renderMarkdown } from '../support/markdown';

const terms: Term[] = [
	{
		id: 'continuous-training',
		term: 'continuous training',
		aliases: ['CT'],
		definition: 'Retraining models automatically in production.',
	},
	{
		id: 'feature-store',
		term: 'feature store',
		aliases: [],
		definition: 'A shared place for feature definitions and values.',
	},
	{
		id: 'ml-pipeline',
		term: 'ML pipeline',
		aliases: ['pipeline'],
		definition: 'The automated sequence of ML steps.',
	},
	// Terms as the real glossary has them, for the sentences below taken from the site.
	...(
		[
			['mlops', 'MLOps', ['machine learning operations']],
			['devops', 'DevOps', []],
			['genaiops', 'GenAIOps', ['LLMOps']],
			['maturity-model', 'maturity model', ['maturity framework']],
			['level', 'level', ['phase', 'maturity level']],
			['ci-cd-pipeline', 'CI/CD pipeline', ['CI/CD']],
			['continuous-integration', 'continuous integration', ['CI']],
			['continuous-delivery', 'continuous delivery', ['CD']],
			['data-drift', 'data drift', ['drift']],
			['pipeline-orchestrator', 'pipeline orchestrator', ['orchestrator']],
			['model-staleness', 'model staleness', []],
			['online-validation', 'online validation', []],
		] as const
	).map(([id, term, aliases]) => ({
		id,
		term,
		aliases: [...aliases],
		definition: `The definition of ${term}.`,
	})),
];
const href = (t: Term) => `/glossary/#${t.id}`;
const link = createGlossaryLinker(terms, href);
/** Real names from the framework and practice pages, as the plugin gathers them. */
const realPhrases = [
	'Microsoft MLOps',
	'Machine learning operations maturity model',
	'No MLOps',
	'DevOps but no MLOps',
	'Full MLOps automated operations',
	'Marvelous MLOps',
	'MLOps maturity assessment',
	'Manual process',
	'ML pipeline automation',
	'CI/CD pipeline automation',
	'MLOps Stack Canvas',
	'Continuous training',
	'Data pipeline',
	'Drift monitoring',
];
const guarded = createGlossaryLinker(terms, href, { protectedPhrases: realPhrases });

type MdastPlugins = NonNullable<SatteriProcessorOptions['mdastPlugins']>;

/** A plugin that runs after the glossary's and records its links as `text → url`. */
function collectLinks(found: string[]): MdastPlugins[number] {
	return {
		name: 'collect-glossary-links',
		link(node) {
			const text = node.children.map((child) => ('value' in child ? child.value : '')).join('');
			if (node.url.startsWith('/glossary/')) found.push(`${text} → ${node.url}`);
		},
	};
}

/** The glossary links that `plugin` adds to a Markdown page, as `text → url`. */
async function linksThrough(plugin: MdastPlugins[number], markdown: string, fileURL?: URL) {
	const found: string[] = [];
	await renderMarkdown(markdown, { mdastPlugins: [plugin, collectLinks(found)] }, fileURL);
	return found;
}

/** The glossary links that `plugin` adds to an MDX page, as `text → url`. */
async function mdxLinksThrough(plugin: MdastPlugins[number], mdx: string, filePath: string) {
	const found: string[] = [];
	await compileMdx(mdx, { mdastPlugins: [plugin, collectLinks(found)] }, filePath);
	return found;
}

/** Link terms in a Markdown snippet and return the links as `text → url`. */
const linksIn = (markdown: string, linker: GlossaryLinker = link) =>
	linksThrough(glossaryLinksPlugin(linker), markdown);

const to = (id: string) => `/glossary/#${id}`;

describe('createGlossaryLinker', () => {
	test.each([
		{
			name: 'links a term',
			md: 'Use a feature store.',
			expected: ['feature store → /glossary/#feature-store'],
		},
		{
			name: 'only the first use per page',
			md: 'A feature store. Another feature store.',
			expected: ['feature store → /glossary/#feature-store'],
		},
		{
			name: 'the first use in document order, across paragraphs and lists',
			md: 'Teams start with continuous training.\n\n- Continuous training again.\n\nAnd continuous training once more.',
			expected: ['continuous training → /glossary/#continuous-training'],
		},
		{
			name: 'any case for lower-case terms',
			md: 'Continuous training helps.',
			expected: ['Continuous training → /glossary/#continuous-training'],
		},
		{
			name: 'abbreviations only in their own case',
			md: 'ct is not CT.',
			expected: ['CT → /glossary/#continuous-training'],
		},
		{
			name: 'the longest match wins',
			md: 'An ML pipeline runs.',
			expected: ['ML pipeline → /glossary/#ml-pipeline'],
		},
		{ name: 'whole words only', md: 'Pipelines and subpipeline are not linked.', expected: [] },
		{ name: 'not inside headings', md: '## Feature store\n\nNo term here.', expected: [] },
		{
			name: 'not inside links or code',
			md: '[feature store](/x/) and `feature store`',
			expected: [],
		},
		{
			name: 'inside lists',
			md: '- a feature store',
			expected: ['feature store → /glossary/#feature-store'],
		},
		{
			name: 'not inside tables, which are dense already',
			md: '| a |\n| - |\n| feature store |',
			expected: [],
		},
	])('$name', async ({ md, expected }) => {
		expect(await linksIn(md)).toEqual(expected);
	});
});

describe('no links inside bold, emphasis or quoted text', () => {
	test.each([
		{
			name: 'not inside bold text used as a heading (compare page)',
			md: "- **Level 0 matches level 0.** Both describe hand-run, notebook-driven work.\n- **Microsoft's level 1 has no Google counterpart.** It describes teams whose\n  application code already has CI and automated releases.",
			expected: [`CI → ${to('continuous-integration')}`],
		},
		{
			name: "bold text does not use up a term's first use",
			md: '- **Level 0 matches level 0.** Both describe hand-run work; Microsoft places\n  tracked training at level 2.',
			expected: [`level → ${to('level')}`],
		},
		{
			name: 'not inside emphasis, which marks answer labels',
			md: 'Answer _Automated_ when _CT_ runs start on their own; continuous training then needs no one.',
			expected: [`continuous training → ${to('continuous-training')}`],
		},
		{
			name: 'not inside a level name in straight double quotes (crosswalk)',
			md: '- **Gaps are real.** Google has nothing between manual work and pipeline\n  automation, so stage 2 is empty in its column; Microsoft\'s "DevOps but no\n  MLOps" describes exactly that in-between state.',
			expected: [`pipeline → ${to('ml-pipeline')}`],
		},
		{
			name: 'not inside typographic double quotes, as smartypants writes them',
			md: 'Microsoft’s “DevOps but no MLOps” describes exactly that in-between state.',
			expected: [],
		},
		{
			name: 'not inside typographic single quotes; apostrophes do not close them',
			md: 'Google’s scale has nothing like Microsoft’s ‘DevOps but no MLOps’ level.',
			expected: [`level → ${to('level')}`],
		},
		{
			name: 'not inside a quoted test name (ML Test Score, Model 4)',
			md: 'The ML Test Score checks this as Model 4 ("The impact of model staleness is known").',
			expected: [],
		},
		{
			name: 'a quote is read across emphasis inside it',
			md: 'One revision calls level 4 "Full _automated_ MLOps operations" instead.',
			expected: [`level → ${to('level')}`],
		},
		{
			name: 'text after a closed quote is linked again',
			md: 'Its "everything by hand" stage has no drift monitoring, no MLOps at all.',
			expected: [`drift → ${to('data-drift')}`, `MLOps → ${to('mlops')}`],
		},
		{
			name: 'a quote that is never closed quotes nothing',
			md: 'Its summary opens a quote, "MLOps for everyone, and never closes it.',
			expected: [`MLOps → ${to('mlops')}`],
		},
	])('$name', async ({ md, expected }) => {
		expect(await linksIn(md)).toEqual(expected);
	});
});

describe('touching and overlapping terms', () => {
	test.each([
		{
			name: 'two touching terms get one link, the longer (MLOps maturity model)',
			md: 'An MLOps maturity model gives names to situations many teams recognise.',
			expected: [`maturity model → ${to('maturity-model')}`],
		},
		{
			name: 'terms touching across a line break count as touching',
			md: 'Microsoft publishes an MLOps\nmaturity model.',
			expected: [`maturity model → ${to('maturity-model')}`],
		},
		{
			name: 'when the longer one is used up, the group gets no link',
			md: 'A maturity model describes. An MLOps maturity model names. Machine learning operations teams read it.',
			expected: [
				`maturity model → ${to('maturity-model')}`,
				`Machine learning operations → ${to('mlops')}`,
			],
		},
		{
			name: 'a term wrapped over two lines is still found',
			md: 'and for automated deployment with online\nvalidation, which Microsoft places at level 3.',
			expected: [`online\nvalidation → ${to('online-validation')}`, `level → ${to('level')}`],
		},
		{
			name: 'the longer alias wins at the same place (CI/CD, not CI)',
			md: 'Google adds CI/CD for the pipeline code itself.',
			expected: [`CI/CD → ${to('ci-cd-pipeline')}`, `pipeline → ${to('ml-pipeline')}`],
		},
		{
			name: 'a used-up longer term still keeps shorter ones out of it',
			md: 'A CI/CD pipeline runs the tests.\n\nLater the CI/CD pipeline also releases.',
			expected: [`CI/CD pipeline → ${to('ci-cd-pipeline')}`],
		},
		{
			name: 'overlapping terms: the longer wins (pipeline orchestrator, not pipeline)',
			md: 'The ML pipeline orchestrator retries failed steps.',
			expected: [`pipeline orchestrator → ${to('pipeline-orchestrator')}`],
		},
		{
			name: 'terms apart from each other are each linked',
			md: 'MLOps builds on DevOps.',
			expected: [`MLOps → ${to('mlops')}`, `DevOps → ${to('devops')}`],
		},
	])('$name', async ({ md, expected }) => {
		expect(await linksIn(md)).toEqual(expected);
	});
});

/** Sentences with framework, level and practice names in them, and the links they get. */
const protectedCases = [
	{
		name: 'a level name in parentheses (application CI)',
		md: "Microsoft's model draws its first line here. At level 1 (DevOps but no MLOps) the build is automated.",
		expected: [`level → ${to('level')}`],
	},
	{
		name: "a framework's short name, possessive and wrapped (Marvelous MLOps's)",
		md: "(the ML Test Score's 28 tests, Marvelous\nMLOps's 60 statements, the site's 14 GenAIOps statements)",
		expected: [`GenAIOps → ${to('genaiops')}`],
	},
	{
		name: 'a level name that holds a longer term (ML pipeline automation)',
		md: "Google's level 1 (ML pipeline automation) adds online validation.",
		expected: [`level → ${to('level')}`, `online validation → ${to('online-validation')}`],
	},
	{
		name: "a framework's name (MLOps Stack Canvas)",
		md: 'The MLOps Stack Canvas asks in its monitoring block whether retraining on drift is required.',
		expected: [`drift → ${to('data-drift')}`],
	},
	{
		name: 'a term overlapping a practice title is not linked (data pipeline orchestrator)',
		md: 'Schedules live in the data pipeline orchestrator, and MLOps teams own it.',
		expected: [`MLOps → ${to('mlops')}`],
	},
	{
		name: 'a term that is the whole phrase is linked (Continuous training)',
		md: 'Continuous training is new to ML.',
		expected: [`Continuous training → ${to('continuous-training')}`],
	},
	{
		name: 'a short name next to a term: the name stays whole, the term is linked',
		md: 'The Microsoft MLOps maturity model has five levels.',
		expected: [`maturity model → ${to('maturity-model')}`],
	},
	{
		name: 'the same term outside the name is linked (first use)',
		md: 'Marvelous MLOps checks one project; machine learning operations covers more.',
		expected: [`machine learning operations → ${to('mlops')}`],
	},
	{
		name: 'a long name with a term at its end (Machine learning operations maturity model)',
		md: 'Microsoft calls it the Machine learning operations\nmaturity model, with five stages.',
		expected: [],
	},
	{
		name: 'a name wrapped over two lines',
		md: 'At level 1 (DevOps but no\nMLOps) the build is automated.',
		expected: [`level → ${to('level')}`],
	},
	{
		name: 'a name followed by a hyphen is part of a longer word, not the name',
		md: 'Drift monitoring-style alerts fire on drift.',
		expected: [`Drift → ${to('data-drift')}`],
	},
];

/** The real names and 1,000 more practice titles (as the build benchmark adds) like them. */
const crowded = createGlossaryLinker(terms, href, {
	protectedPhrases: [
		...realPhrases,
		...Array.from(
			{ length: 1000 },
			(_, i) => `${realPhrases[i % realPhrases.length]} ${String(i + 1).padStart(4, '0')}`
		),
	],
});

describe('protected phrases: framework, level and practice names are never split', () => {
	test.each(protectedCases)('$name', async ({ md, expected }) => {
		expect(await linksIn(md, guarded)).toEqual(expected);
	});

	test.each(protectedCases)('$name, among 1,000 more names', async ({ md, expected }) => {
		expect(await linksIn(md, crowded)).toEqual(expected);
	});

	test('a name is found however many words before the term it starts', async () => {
		const linker = createGlossaryLinker(terms, href, {
			protectedPhrases: ['Review of model drift'],
		});
		expect(await linksIn('The weekly review of model\ndrift is done.', linker)).toEqual([]);
	});

	test('a longer name that starts with a whole term keeps that term out', async () => {
		const md = 'Continuous training 0012 runs nightly.';
		expect(await linksIn(md, guarded)).toEqual([
			`Continuous training → ${to('continuous-training')}`,
		]);
		expect(await linksIn(md, crowded)).toEqual([]);
	});

	test('without protected phrases the same sentence splits the level name', async () => {
		// Shows the first case above fails for the right reason.
		expect(await linksIn('At level 1 (DevOps but no MLOps) the build is automated.')).toEqual([
			`level → ${to('level')}`,
			`DevOps → ${to('devops')}`,
			`MLOps → ${to('mlops')}`,
		]);
	});
});

describe('in MDX pages', () => {
	const run = (mdx: string) => mdxLinksThrough(glossaryLinksPlugin(link), mdx, '/site/page.mdx');

	test('not inside components, which lay out their own text', async () => {
		expect(
			await run(
				"import { Aside } from '@astrojs/starlight/components';\n\n<Aside>\n\nA feature store inside.\n\n</Aside>\n\nContinuous training outside."
			)
		).toEqual([`Continuous training → ${to('continuous-training')}`]);
	});

	test('around inline components and expressions, which read as one word', async () => {
		expect(await run('Use <Badge text="new" /> a feature store {props.where} now.')).toEqual([
			`feature store → ${to('feature-store')}`,
		]);
	});
});

describe('quotedSpans', () => {
	test.each([
		{ text: 'say "DevOps but no MLOps" now', quoted: ['"DevOps but no MLOps"'] },
		{ text: 'say “No MLOps” and ‘Initial’', quoted: ['“No MLOps”', '‘Initial’'] },
		{ text: 'Google’s and Microsoft’s levels', quoted: [] },
		{ text: '‘Microsoft’s level’ here', quoted: ['‘Microsoft’s level’'] },
		{ text: 'a 12" screen', quoted: [] },
		{ text: 'a "stray quote', quoted: [] },
	])('$text', ({ text, quoted }) => {
		expect(quotedSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(quoted);
	});
});

describe('glossaryLinks with the real content', () => {
	const contentDir = fileURLToPath(new URL('../../content/docs/', import.meta.url));
	const glossaryFile = join(contentDir, 'glossary.mdx');
	const plugin = glossaryLinks({ glossaryFile });
	const practice = pathToFileURL(join(contentDir, 'practices/application-ci.md'));
	const run = (markdown: string) => linksThrough(plugin, markdown, practice);

	test('does not link inside a real level name', async () => {
		expect(
			await run(
				'At level 1 (DevOps but no MLOps) the build is automated and the application code is tested.'
			)
		).toEqual([`level → ${to('level')}`]);
	});

	test("does not link inside a real framework's name", async () => {
		expect(
			await run('The Marvelous MLOps assessment and the MLOps Stack Canvas work per project.')
		).toEqual([]);
	});

	test("does not link inside a real framework section's name", async () => {
		expect(
			await run(
				'It sits in section 2 (Traceability & reproducibility), so it is part of basic maturity.'
			)
		).toEqual([]);
	});

	test('still links terms elsewhere in the same text', async () => {
		expect(
			await run("Google's level 1 (ML pipeline automation) adds continuous training.")
		).toEqual([`level → ${to('level')}`, `continuous training → ${to('continuous-training')}`]);
	});

	test('writes a link with a title, and keeps typographic quotes', async () => {
		const html = await renderMarkdown(
			'Google\'s "ML pipeline automation" adds continuous training.',
			{ mdastPlugins: [plugin] },
			practice
		);
		expect(html.trim()).toBe(
			'<p>Google’s “ML pipeline automation” adds <a href="/glossary/#continuous-training" title="Glossary: continuous training">continuous training</a>.</p>'
		);
	});

	test('leaves the glossary page itself alone, and links other MDX pages', async () => {
		const mdx = 'MLOps builds on DevOps.';
		expect(await mdxLinksThrough(plugin, mdx, glossaryFile)).toEqual([]);
		expect(await mdxLinksThrough(plugin, mdx, join(contentDir, 'compare.mdx'))).toEqual([
			`MLOps → ${to('mlops')}`,
			`DevOps → ${to('devops')}`,
		]);
	});

	test('gathers framework, level, section and practice names, and skips the practices index', () => {
		const phrases = protectedPhrases(contentDir);
		expect(phrases).toEqual(
			expect.arrayContaining([
				'Machine learning operations maturity model',
				'Marvelous MLOps',
				'DevOps but no MLOps',
				'ML pipeline automation',
				'Traceability & reproducibility',
				'Drift monitoring',
			])
		);
		expect(phrases).not.toContain('Practice catalog');
	});

	test('tolerates invalid files: a bad one costs only its own names', () => {
		const dir = mkdtempSync(join(tmpdir(), 'atlas-glossary-'));
		try {
			mkdirSync(join(dir, 'frameworks'));
			mkdirSync(join(dir, 'practices'));
			writeFileSync(join(dir, 'frameworks/bad.mdx'), '---\nframework: [unclosed\n---\n');
			writeFileSync(
				join(dir, 'frameworks/odd.mdx'),
				'---\nframework:\n  name: Odd framework\n  shortName: 42\n  levels: [{ name: Level one }, 7]\n  sections: [{ name: Part A }]\n---\n'
			);
			writeFileSync(
				join(dir, 'practices/p.mdx'),
				'---\ntitle: Drift monitoring\npractice: { id: p }\n---\n'
			);
			expect(protectedPhrases(dir)).toEqual([
				'Odd framework',
				'Level one',
				'Part A',
				'Drift monitoring',
			]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
