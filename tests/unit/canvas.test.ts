/**
 * The fillable canvas's pure logic: the model from a framework's frontmatter, the saved form and
 * its decoder (every kind of bad input gives a message naming it, never an exception), and the
 * Markdown export.
 */
import { describe, expect, test } from 'vitest';
import {
	CANVAS_FORMAT,
	MAX_BLOCK_CHARS,
	MAX_CANVAS_CHARS,
	MAX_TITLE_CHARS,
	canvasBlocks,
	canvasFileName,
	canvasJson,
	canvasMarkdown,
	canvasModel,
	canvasStorageKey,
	decodeCanvas,
	encodeCanvas,
	isEmptyCanvas,
	mergeCanvas,
	sameText,
	type CanvasModel,
	type CanvasState,
} from '~/lib/canvas';
import { realContent } from '../support/content';

/** A small canvas: two areas, three blocks. */
const model: CanvasModel = {
	framework: 'test-canvas',
	name: 'Test Canvas',
	publisher: 'Example Org',
	licence: 'CC BY-SA 4.0',
	source: { title: 'The Test Canvas', url: 'https://example.org/canvas' },
	areas: [
		{
			id: 'data',
			name: 'Data',
			blocks: [
				{ id: 'b1', label: '1', name: 'Value', questions: ['Who is it for?', 'Why now?'] },
				{ id: 'b2', label: '2', name: 'Data sources', questions: ['Where is the data?'] },
			],
		},
		{
			id: 'model',
			name: 'Model',
			blocks: [{ id: 'b3', label: '3', name: 'Serving', questions: [] }],
		},
	],
};
const FILE = '“canvas.json”';
const valid = { format: CANVAS_FORMAT, version: 1, framework: 'test-canvas' };
const decode = (input: unknown) => decodeCanvas(input, model, FILE);

describe('the model comes from the canvas framework’s frontmatter', () => {
	const canvas = realContent().frameworks.find((f) => f.kind === 'canvas')!;
	const built = canvasModel(canvas);

	test('areas are the sections and blocks the items, in order, with their questions', () => {
		expect(built.areas.map((a) => a.id)).toEqual(canvas.sections.map((s) => s.id));
		expect(canvasBlocks(built).map((b) => b.id)).toEqual(
			canvas.sections.flatMap((s) =>
				canvas.items.filter((i) => i.section === s.id).map((i) => i.id)
			)
		);
		for (const block of canvasBlocks(built)) {
			const item = canvas.items.find((i) => i.id === block.id)!;
			expect(block).toEqual({
				id: item.id,
				label: item.label,
				name: item.name,
				questions: item.questions,
			});
		}
	});

	test('the attribution comes from the frontmatter: publisher, licence, first source', () => {
		expect(built).toMatchObject({
			framework: canvas.id,
			name: canvas.name,
			publisher: canvas.publisher,
			licence: canvas.licence,
			source: { title: canvas.sources[0]!.title, url: canvas.sources[0]!.url },
		});
	});

	test('an area without blocks is left out, and a framework without a licence has none', () => {
		const bare = canvasModel({
			...canvas,
			licence: undefined,
			sections: [...canvas.sections, { id: 'empty', name: 'Empty' }],
		});
		expect(bare.areas.map((a) => a.id)).not.toContain('empty');
		expect(bare).not.toHaveProperty('licence');
	});

	test('the worst case the page can save still decodes: every block full of characters JSON escapes', () => {
		const state: CanvasState = {
			title: '\u0001'.repeat(MAX_TITLE_CHARS),
			updated: '2026-12-01T10:00:00.000Z',
			blocks: Object.fromEntries(
				canvasBlocks(built).map((b) => [b.id, '\u0001'.repeat(MAX_BLOCK_CHARS)])
			),
		};
		const json = canvasJson(built.framework, state);
		expect(json.length).toBeLessThanOrEqual(MAX_CANVAS_CHARS);
		const decoded = decodeCanvas(json, built, 'x');
		expect(decoded.ok && decoded.state).toEqual(state);
	});
});

describe('encode, then decode', () => {
	test.each<{ name: string; state: CanvasState; saved: object; back?: CanvasState }>([
		{
			name: 'a full state',
			state: { title: 'Fraud', updated: '2026-12-01T10:00:00.000Z', blocks: { b1: 'x', b3: 'y' } },
			saved: {
				...valid,
				title: 'Fraud',
				updated: '2026-12-01T10:00:00.000Z',
				blocks: { b1: 'x', b3: 'y' },
			},
		},
		{ name: 'an empty canvas', state: { blocks: {} }, saved: { ...valid, blocks: {} } },
		{
			name: 'empty blocks and an empty title are left out',
			state: { title: '', blocks: { b1: '', b2: '  ' } },
			saved: { ...valid, blocks: { b2: '  ' } },
			back: { blocks: { b2: '  ' } },
		},
	])('$name', ({ state, saved, back }) => {
		expect(encodeCanvas('test-canvas', state)).toEqual(saved);
		const decoded = decode(canvasJson('test-canvas', state));
		expect(decoded).toEqual({ ok: true, state: back ?? state, dropped: [] });
	});

	test('the storage key names the format, its version and the framework', () => {
		expect(canvasStorageKey('test-canvas')).toBe('mlops-atlas-canvas:v1:test-canvas');
	});
});

describe('bad input gives a message naming it and never throws', () => {
	test.each<{ name: string; input: unknown; error: RegExp }>([
		{ name: 'not JSON', input: '{"format":', error: /^“canvas\.json” is not valid JSON/ },
		{ name: 'empty text', input: '', error: /not valid JSON/ },
		{
			name: 'too large',
			input: ' '.repeat(MAX_CANVAS_CHARS + 1),
			error: /^“canvas\.json” is too large \(over 1 MB\)/,
		},
		{
			name: 'JSON null',
			input: 'null',
			error: /is not a canvas saved by the MLOps Maturity Atlas/,
		},
		{ name: 'an array', input: [valid], error: /is not a canvas saved by/ },
		{ name: 'a number', input: 42, error: /is not a canvas saved by/ },
		{ name: 'another format', input: { format: 'other' }, error: /is not a canvas saved by/ },
		{
			name: 'a self-check export',
			input: { format: 'mlops-atlas-assessment', formatVersion: 1, answers: {} },
			error:
				/^“canvas\.json” was saved by another tool of the MLOps Maturity Atlas \(“mlops-atlas-assessment”\)/,
		},
		{
			name: 'no version',
			input: { format: CANVAS_FORMAT, framework: 'test-canvas', blocks: {} },
			error:
				/^“canvas\.json” has no readable format version, and this version of the site reads version 1 only\.$/,
		},
		{
			name: 'a version that is not a number',
			input: { ...valid, version: '1', blocks: {} },
			error: /^“canvas\.json” has no readable format version/,
		},
		{
			name: 'a newer version',
			input: { ...valid, version: 2, blocks: {} },
			error:
				/^“canvas\.json” has format version 2, and this version of the site reads version 1 only \(it may come from a newer version of the site\)\.$/,
		},
		{
			name: 'an older version',
			input: { ...valid, version: 0, blocks: {} },
			error: /reads version 1 only\.$/,
		},
		{
			name: 'another framework’s canvas',
			input: { ...valid, framework: 'other-canvas', blocks: {} },
			error:
				/^“canvas\.json” holds a canvas of another framework \(“other-canvas”\), not of the Test Canvas\.$/,
		},
		{
			name: 'no framework',
			input: { format: CANVAS_FORMAT, version: 1, blocks: {} },
			error: /does not say which canvas it belongs to/,
		},
		{ name: 'no blocks', input: { ...valid }, error: /^“canvas\.json” has no blocks\.$/ },
		{ name: 'blocks as a list', input: { ...valid, blocks: ['x'] }, error: /has no blocks/ },
		{
			name: 'a block longer than a block keeps',
			input: { ...valid, blocks: { b2: 'x'.repeat(MAX_BLOCK_CHARS + 1) } },
			error: /^In “canvas\.json”, the block “Data sources” holds more than 10,000 characters/,
		},
	])('$name', ({ input, error }) => {
		const decoded = decode(input);
		expect(decoded.ok).toBe(false);
		expect(!decoded.ok && decoded.error).toMatch(error);
	});

	test('a value whose getter throws still gives a message', () => {
		const hostile = {
			...valid,
			get blocks(): never {
				throw new Error('boom');
			},
		};
		expect(decode(hostile)).toEqual({ ok: false, error: '“canvas.json” could not be read.' });
	});
});

describe('entries that do not belong to this canvas are dropped, with a note', () => {
	test.each<{
		name: string;
		blocks: unknown;
		extra?: object;
		kept: CanvasState;
		dropped: string[];
	}>([
		{
			name: 'an unknown block',
			blocks: { b1: 'keep', b99: 'gone' },
			kept: { blocks: { b1: 'keep' } },
			dropped: ['b99'],
		},
		{
			name: 'values that are not text',
			blocks: { b1: 3, b2: null, b3: { text: 'x' } },
			kept: { blocks: {} },
			dropped: ['b1', 'b2', 'b3'],
		},
		{
			name: 'hostile keys',
			blocks: JSON.parse('{"__proto__": "x", "constructor": "y", "b2": "ok"}'),
			kept: { blocks: { b2: 'ok' } },
			dropped: ['__proto__', 'constructor'],
		},
		{
			name: 'a title that is not text',
			blocks: {},
			extra: { title: ['x'] },
			kept: { blocks: {} },
			dropped: ['title'],
		},
		{
			name: 'a title that is too long',
			blocks: {},
			extra: { title: 'x'.repeat(MAX_TITLE_CHARS + 1) },
			kept: { blocks: {} },
			dropped: ['title'],
		},
	])('$name', ({ blocks, extra, kept, dropped }) => {
		const decoded = decode({ ...valid, ...extra, blocks });
		expect(decoded).toMatchObject({ ok: true, state: kept, dropped });
		expect(decoded.ok && decoded.notice).toMatch(
			/^\d+ entr(y|ies) of “canvas\.json” (was|were) left out/
		);
	});

	test('a name that starts a sentence reads inside one too', () => {
		const what = 'The canvas saved in this browser';
		const decoded = decodeCanvas({ ...valid, blocks: { b9: 'x' } }, model, what);
		expect(decoded.ok && decoded.notice).toMatch(
			/^1 entry of the canvas saved in this browser was/
		);
		const long = decodeCanvas(
			{ ...valid, blocks: { b1: 'x'.repeat(MAX_BLOCK_CHARS + 1) } },
			model,
			what
		);
		expect(!long.ok && long.error).toMatch(
			/^In the canvas saved in this browser, the block “Value”/
		);
	});

	test('the note names at most three entries', () => {
		const decoded = decode({ ...valid, blocks: { a: 'x', b: 'x', c: 'x', d: 'x' } });
		expect(decoded.ok && decoded.notice).toBe(
			'4 entries of “canvas.json” were left out because this canvas has no such block or the entry is not text: “a”, “b”, “c” and more.'
		);
	});

	test.each([
		['a date the site did not write', '1 December 2026'],
		['an impossible date', '2026-13-45T00:00:00Z'],
		['a number', 1_700_000_000],
	])('an unreadable date of the last change is left out silently: %s', (_, updated) => {
		expect(decode({ ...valid, updated, blocks: { b1: 'x' } })).toEqual({
			ok: true,
			state: { blocks: { b1: 'x' } },
			dropped: [],
		});
	});
});

describe('helpers', () => {
	test.each<{ state: CanvasState; empty: boolean }>([
		{ state: { blocks: {} }, empty: true },
		{ state: { title: '  ', blocks: { b1: '\n' } }, empty: true },
		{ state: { title: 'Fraud', blocks: {} }, empty: false },
		{ state: { blocks: { b1: 'x' } }, empty: false },
	])('isEmptyCanvas($state) is $empty', ({ state, empty }) => {
		expect(isEmptyCanvas(state)).toBe(empty);
	});

	test.each<{ a: CanvasState; b: CanvasState; same: boolean }>([
		{ a: { blocks: { b1: 'x' } }, b: { blocks: { b1: 'x' }, updated: '2026' }, same: true },
		{ a: { blocks: { b1: 'x', b2: '' } }, b: { blocks: { b1: 'x' } }, same: true },
		{ a: { blocks: { b1: 'x' } }, b: { blocks: { b1: 'y' } }, same: false },
		{ a: { blocks: { b1: 'x' } }, b: { blocks: { b2: 'x' } }, same: false },
		{ a: { title: 'A', blocks: {} }, b: { blocks: {} }, same: false },
	])('sameText is $same for %#', ({ a, b, same }) => {
		expect(sameText(a, b)).toBe(same);
		expect(sameText(b, a)).toBe(same);
	});

	test.each<{ title?: string; expected: string }>([
		{ expected: 'test-canvas-2026-12-01.md' },
		{ title: 'Fraud scoring: v2!', expected: 'test-canvas-fraud-scoring-v2-2026-12-01.md' },
		{ title: 'Éclair café', expected: 'test-canvas-eclair-cafe-2026-12-01.md' },
		{ title: '???', expected: 'test-canvas-2026-12-01.md' },
		{ title: 'x'.repeat(50), expected: `test-canvas-${'x'.repeat(40)}-2026-12-01.md` },
		{
			title: 'a very long name for an ML application that goes on',
			expected: 'test-canvas-a-very-long-name-for-an-ml-application-2026-12-01.md',
		},
	])('canvasFileName for $title', ({ title, expected }) => {
		const state = { ...(title ? { title } : {}), blocks: {} };
		expect(canvasFileName('test-canvas', state, 'md', new Date('2026-12-01T23:00:00Z'))).toBe(
			expected
		);
	});
});

describe('two tabs’ changes join', () => {
	const base: CanvasState = { title: 'Fraud', blocks: { b1: 'value', b2: 'data' } };
	test.each<{
		name: string;
		ours: CanvasState;
		theirs: CanvasState;
		state: CanvasState;
		conflicts: string[];
	}>([
		{
			name: 'changes to different blocks are both kept',
			ours: { title: 'Fraud', blocks: { b1: 'value, sharper', b2: 'data' } },
			theirs: { title: 'Fraud', blocks: { b1: 'value', b2: 'data', b3: 'serving' } },
			state: { title: 'Fraud', blocks: { b1: 'value, sharper', b2: 'data', b3: 'serving' } },
			conflicts: [],
		},
		{
			name: 'a block one side emptied stays empty',
			ours: { title: 'Fraud', blocks: { b1: 'value' } },
			theirs: { title: 'Fraud scoring', blocks: { b1: 'value', b2: 'data' } },
			state: { title: 'Fraud scoring', blocks: { b1: 'value' } },
			conflicts: [],
		},
		{
			name: 'the same change on both sides is no conflict',
			ours: { title: 'Fraud', blocks: { b1: 'same', b2: 'data' } },
			theirs: { title: 'Fraud', blocks: { b1: 'same', b2: 'data' } },
			state: { title: 'Fraud', blocks: { b1: 'same', b2: 'data' } },
			conflicts: [],
		},
		{
			name: 'different changes to one block and the name: ours kept, both listed',
			ours: { title: 'Ours', blocks: { b1: 'mine', b2: 'data' } },
			theirs: { title: 'Theirs', blocks: { b1: 'theirs', b2: 'data, more' } },
			state: { title: 'Ours', blocks: { b1: 'mine', b2: 'data, more' } },
			conflicts: ['b1', 'title'],
		},
		{
			name: 'text added on both sides where there was none',
			ours: { title: 'Fraud', blocks: { b1: 'value', b2: 'data', b3: 'a' } },
			theirs: { title: 'Fraud', blocks: { b1: 'value', b2: 'data', b3: 'b' } },
			state: { title: 'Fraud', blocks: { b1: 'value', b2: 'data', b3: 'a' } },
			conflicts: ['b3'],
		},
	])('$name', ({ ours, theirs, state, conflicts }) => {
		expect(mergeCanvas(base, ours, theirs)).toEqual({ state, conflicts });
		// The other way round, theirs wins where both changed, and the same places conflict.
		const reverse = mergeCanvas(base, theirs, ours);
		expect(reverse.conflicts).toEqual(conflicts);
		for (const id of conflicts.filter((c) => c !== 'title'))
			expect(reverse.state.blocks[id]).toBe(theirs.blocks[id]);
	});

	test('the later date of the last change is kept', () => {
		const ours = { ...base, updated: '2026-12-01T10:00:00.000Z' };
		const theirs = { ...base, updated: '2026-12-02T09:00:00.000Z' };
		expect(mergeCanvas(base, ours, theirs).state.updated).toBe(theirs.updated);
		expect(mergeCanvas(base, { ...base }, { ...base }).state).not.toHaveProperty('updated');
	});
});

describe('the Markdown export', () => {
	const state: CanvasState = {
		title: 'Fraud *scoring*',
		updated: '2026-12-01T10:00:00.000Z',
		blocks: { b1: 'Catch fraud early.\r\n# not a heading\n- a list stays a list', b3: '  ' },
	};
	const markdown = canvasMarkdown(model, state, 'https://example.org/stack-canvas/');

	test('has the name, the date, every area and block in order, and the attribution', () => {
		expect(markdown).toBe(
			[
				'# Test Canvas: Fraud \\*scoring\\*',
				'',
				'Filled in with the MLOps Maturity Atlas (https://example.org/stack-canvas/), last changed on 2026-12-01.',
				'',
				'## Data',
				'',
				'### 1. Value',
				'',
				'Catch fraud early.',
				'\\# not a heading',
				'- a list stays a list',
				'',
				'Guiding questions:',
				'',
				'- Who is it for?',
				'- Why now?',
				'',
				'### 2. Data sources',
				'',
				'_Not filled in yet._',
				'',
				'Guiding questions:',
				'',
				'- Where is the data?',
				'',
				'## Model',
				'',
				'### 3. Serving',
				'',
				'_Not filled in yet._',
				'',
				'---',
				'',
				"The Test Canvas is by Example Org, published as [The Test Canvas](<https://example.org/canvas>); licence: CC BY-SA 4.0. The guiding questions are the MLOps Maturity Atlas's paraphrases of the canvas's questions.",
				'',
			].join('\n')
		);
	});

	test('an empty canvas without a name, date or source still reads', () => {
		const bare = canvasMarkdown(
			{ ...model, source: undefined, licence: undefined },
			{ blocks: {} }
		);
		expect(bare.split('\n').slice(0, 3)).toEqual([
			'# Test Canvas',
			'',
			'Filled in with the MLOps Maturity Atlas.',
		]);
		expect(bare).toContain('The Test Canvas is by Example Org. The guiding questions');
	});
});
