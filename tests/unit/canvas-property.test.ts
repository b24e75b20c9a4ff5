/**
 * Property tests for the canvas codec: whatever a stored value or an imported file holds,
 * decoding never throws and keeps only text for the canvas's own blocks; and every state the
 * page can save comes back exactly as it was.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	CANVAS_FORMAT,
	MAX_BLOCK_CHARS,
	MAX_TITLE_CHARS,
	canvasJson,
	canvasMarkdown,
	decodeCanvas,
	encodeCanvas,
	mergeCanvas,
	type CanvasDecodeResult,
	type CanvasModel,
	type CanvasState,
} from '~/lib/canvas';

const ids = ['block-1', 'block-2', 'block-3'];
const model: CanvasModel = {
	framework: 'test-canvas',
	name: 'Test Canvas',
	publisher: 'Example Org',
	areas: [
		{
			id: 'one',
			name: 'One',
			blocks: ids.map((id, i) => ({ id, label: String(i + 1), name: id, questions: ['Why?'] })),
		},
	],
};
/** Enough inputs to find the shapes that matter, quick on a slow machine. */
const RUNS = 1000;
/** fast-check stops early, and passes, if a property runs longer than this… */
const INTERRUPT = 20_000;
/** …well inside the test's own limit. */
const TIME_LIMIT = 60_000;
const options = { numRuns: RUNS, interruptAfterTimeLimit: INTERRUPT };

/** A decode result is either a message, or text for known blocks only. */
function wellFormed(result: CanvasDecodeResult): boolean {
	if (!result.ok) return typeof result.error === 'string' && result.error.length > 0;
	return Object.entries(result.state.blocks).every(
		([id, text]) => ids.includes(id) && typeof text === 'string' && text !== ''
	);
}

const decode = (input: unknown) => decodeCanvas(input, model, '“file.json”');

const idLike = fc.oneof(
	fc.constantFrom(...ids, '__proto__', 'constructor', 'toString', '<script>alert(1)</script>'),
	fc.string()
);
const nearlyValid = fc.record(
	{
		format: fc.oneof(
			fc.constant(CANVAS_FORMAT),
			fc.constant('mlops-atlas-assessment'),
			fc.string()
		),
		version: fc.oneof(fc.constant(1), fc.integer(), fc.string(), fc.constant(null)),
		framework: fc.oneof(fc.constant('test-canvas'), fc.string(), fc.integer()),
		title: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
		updated: fc.oneof(
			fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
			fc.string()
		),
		blocks: fc.oneof(
			fc.dictionary(idLike, fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.object())),
			fc.array(fc.string()),
			fc.string()
		),
	},
	{ requiredKeys: [] }
);

describe('decodeCanvas never throws', () => {
	test.each<[string, fc.Arbitrary<unknown>]>([
		['any string', fc.string({ maxLength: 2000 })],
		['any JSON text', fc.jsonValue().map((value) => JSON.stringify(value))],
		['any value', fc.anything()],
		['nearly valid files (hostile keys, wrong types, other versions)', nearlyValid],
		['nearly valid files, as text', nearlyValid.map((value) => JSON.stringify(value))],
	])(
		'on %s',
		(_, input) => {
			fc.assert(
				fc.property(input, (value) => wellFormed(decode(value))),
				options
			);
		},
		TIME_LIMIT
	);

	test(
		'on every truncation of a valid file',
		() => {
			const file = canvasJson('test-canvas', {
				title: 'Fraud',
				updated: '2026-12-01T10:00:00.000Z',
				blocks: { 'block-1': 'a "quoted" line\nand another', 'block-3': 'x' },
			});
			fc.assert(
				fc.property(fc.nat({ max: file.length }), (cut) => wellFormed(decode(file.slice(0, cut)))),
				options
			);
		},
		TIME_LIMIT
	);
});

/** Any state the page can save: text within the limits, in any block, with or without name and date. */
const stateArb: fc.Arbitrary<CanvasState> = fc.record(
	{
		title: fc.string({ minLength: 1, maxLength: MAX_TITLE_CHARS, unit: 'binary' }),
		updated: fc
			.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true })
			.map((d) => d.toISOString()),
		blocks: fc.dictionary(
			fc.constantFrom(...ids),
			fc.oneof(
				fc.string({ minLength: 1, maxLength: 200, unit: 'binary' }),
				fc.string({ minLength: MAX_BLOCK_CHARS - 2, maxLength: MAX_BLOCK_CHARS })
			)
		),
	},
	{ requiredKeys: ['blocks'] }
);

describe('round trips', () => {
	test(
		'decode(encode(state)) is the state, from the stored text and from the parsed value',
		() => {
			fc.assert(
				fc.property(stateArb, (state) => {
					expect(decode(canvasJson('test-canvas', state))).toEqual({
						ok: true,
						state,
						dropped: [],
					});
					expect(decode(encodeCanvas('test-canvas', state))).toEqual({
						ok: true,
						state,
						dropped: [],
					});
				}),
				{ ...options, numRuns: 300 }
			);
		},
		TIME_LIMIT
	);

	test(
		'the Markdown export never throws and has a heading for every block',
		() => {
			fc.assert(
				fc.property(stateArb, (state) => {
					const markdown = canvasMarkdown(model, state);
					return ids.every((id, i) => markdown.includes(`\n### ${i + 1}. ${id}\n`));
				}),
				{ ...options, numRuns: 300 }
			);
		},
		TIME_LIMIT
	);
});

describe('joining two tabs’ changes', () => {
	test(
		'when only one side changed, the result is that side, with no conflict',
		() => {
			fc.assert(
				fc.property(stateArb, stateArb, (base, changed) => {
					const text = ({ title, blocks }: CanvasState) => ({ title, blocks });
					for (const merged of [
						mergeCanvas(base, changed, base),
						mergeCanvas(base, base, changed),
					]) {
						expect(merged.conflicts).toEqual([]);
						expect(text(merged.state)).toEqual(text(changed));
					}
				}),
				{ ...options, numRuns: 300 }
			);
		},
		TIME_LIMIT
	);
});
