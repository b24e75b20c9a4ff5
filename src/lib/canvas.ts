/**
 * The fillable canvas (a framework of kind `canvas`, such as the MLOps Stack Canvas): its blocks
 * as the page shows them, the reader's text, and the codecs for localStorage, export files and
 * the Markdown export. Stored values and imported files are untrusted (old, cut short, edited by
 * hand, from another framework or another tool), so decoding checks everything, drops what does
 * not belong to this canvas with a note, and never throws. Pure: no DOM, no storage.
 */
import type { Framework } from '../schemas/framework';

export const CANVAS_FORMAT = 'mlops-atlas-canvas';
export const CANVAS_FORMAT_VERSION = 1;
/** Longer inputs are refused before parsing. Covers 11 blocks at their limit even if every character needs escaping in JSON. */
export const MAX_CANVAS_CHARS = 1_000_000;
/** The most text one block holds (the textarea's `maxlength`). */
export const MAX_BLOCK_CHARS = 10_000;
/** The most text the canvas's name holds (the input's `maxlength`). */
export const MAX_TITLE_CHARS = 200;

/** One block of the canvas, e.g. "1 · Value Proposition", with its guiding questions. */
export interface CanvasBlock {
	id: string;
	label: string;
	name: string;
	questions: string[];
}

/** One area of the canvas and its blocks, in the framework's order. */
export interface CanvasArea {
	id: string;
	name: string;
	blocks: CanvasBlock[];
}

/** What the page and the exports need to know about a canvas framework, from its frontmatter. */
export interface CanvasModel {
	/** The framework's id, e.g. `mlops-stack-canvas`. */
	framework: string;
	name: string;
	publisher: string;
	licence?: string;
	/** The framework's first source: the canvas as its publisher shows it. */
	source?: { title: string; url: string };
	areas: CanvasArea[];
}

/** What the reader wrote: text per block id (empty blocks are left out), a name and when it last changed. */
export interface CanvasState {
	/** The name of the ML application the canvas is for. */
	title?: string;
	/** ISO date-time of the last change. */
	updated?: string;
	blocks: Record<string, string>;
}

/** The saved form: localStorage and the JSON export. */
export interface CanvasFile {
	format: typeof CANVAS_FORMAT;
	version: typeof CANVAS_FORMAT_VERSION;
	/** The id of the framework the canvas belongs to. */
	framework: string;
	title?: string;
	updated?: string;
	blocks: Record<string, string>;
}

export type CanvasDecodeResult =
	| { ok: true; state: CanvasState; dropped: string[]; notice?: string }
	| { ok: false; error: string };

/** The canvas a framework page describes; its areas are the sections, its blocks the items. */
export function canvasModel(
	fw: Pick<Framework, 'id' | 'name' | 'publisher' | 'licence' | 'sources' | 'sections' | 'items'>
): CanvasModel {
	const source = fw.sources[0];
	return {
		framework: fw.id,
		name: fw.name,
		publisher: fw.publisher,
		...(fw.licence ? { licence: fw.licence } : {}),
		...(source ? { source: { title: source.title, url: source.url } } : {}),
		areas: fw.sections
			.map((section) => ({
				id: section.id,
				name: section.name,
				blocks: fw.items
					.filter((item) => item.section === section.id)
					.map(({ id, label, name, questions }) => ({ id, label, name, questions })),
			}))
			.filter((area) => area.blocks.length > 0),
	};
}

/** Every block of the canvas, area by area. */
export const canvasBlocks = (model: CanvasModel): CanvasBlock[] =>
	model.areas.flatMap((area) => area.blocks);

/** The localStorage key of a canvas; the version is part of it, so a new format never reads an old one by accident. */
export const canvasStorageKey = (framework: string) =>
	`${CANVAS_FORMAT}:v${CANVAS_FORMAT_VERSION}:${framework}`;

/** Whether the reader has written nothing: no name and no block with more than blanks. */
export const isEmptyCanvas = (state: CanvasState) =>
	!state.title?.trim() && Object.values(state.blocks).every((text) => !text.trim());

/** Whether two states hold the same text (the date of the last change aside). */
export function sameText(a: CanvasState, b: CanvasState): boolean {
	const filled = (s: CanvasState) => Object.entries(s.blocks).filter(([, text]) => text !== '');
	const left = filled(a);
	return (
		(a.title ?? '') === (b.title ?? '') &&
		left.length === filled(b).length &&
		left.every(([id, text]) => Object.hasOwn(b.blocks, id) && b.blocks[id] === text)
	);
}

/**
 * Join the changes of two tabs made since they shared `base`: for the name and each block, a
 * side that changed it wins over one that did not. Where both changed it to different text,
 * `ours` wins in `state`, and the place is listed in `conflicts` (block ids, or `title`), so that
 * the reader can choose; `mergeCanvas(base, theirs, ours)` gives the same with theirs winning.
 */
export function mergeCanvas(
	base: CanvasState,
	ours: CanvasState,
	theirs: CanvasState
): { state: CanvasState; conflicts: string[] } {
	const conflicts: string[] = [];
	const pick = (place: string, was = '', mine = '', other = '') => {
		if (mine === was) return other;
		if (other !== was && other !== mine) conflicts.push(place);
		return mine;
	};
	const blocks: Record<string, string> = {};
	const ids = new Set([base, ours, theirs].flatMap((s) => Object.keys(s.blocks)));
	const textOf = (state: CanvasState, id: string) =>
		Object.hasOwn(state.blocks, id) ? state.blocks[id] : undefined;
	for (const id of ids) {
		const text = pick(id, textOf(base, id), textOf(ours, id), textOf(theirs, id));
		if (text !== '') blocks[id] = text;
	}
	const title = pick('title', base.title, ours.title, theirs.title);
	// The later of the two changes (ISO date-times in UTC sort as text).
	const updated = [ours.updated, theirs.updated].filter(Boolean).sort().pop();
	return {
		state: { ...(title ? { title } : {}), ...(updated ? { updated } : {}), blocks },
		conflicts,
	};
}

/** The saved form of a state; blocks with no text are left out. */
export function encodeCanvas(framework: string, state: CanvasState): CanvasFile {
	const blocks: Record<string, string> = {};
	for (const [id, text] of Object.entries(state.blocks)) if (text !== '') blocks[id] = text;
	return {
		format: CANVAS_FORMAT,
		version: CANVAS_FORMAT_VERSION,
		framework,
		...(state.title ? { title: state.title } : {}),
		...(state.updated ? { updated: state.updated } : {}),
		blocks,
	};
}

/** The JSON export (and stored value) of a state. */
export const canvasJson = (framework: string, state: CanvasState) =>
	`${JSON.stringify(encodeCanvas(framework, state), null, 2)}\n`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
/** Untrusted text, shortened for a message (messages are only ever shown as text). */
const clip = (text: string, length = 40) =>
	text.length > length ? `${text.slice(0, length)}…` : text;
/** `what` inside a sentence: “The canvas saved…” becomes “the canvas saved…”. */
const inSentence = (what: string) => what.charAt(0).toLowerCase() + what.slice(1);
/** A UTC date-time as the site writes it with `toISOString()`. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
/** Escape what Markdown would read as formatting, so that names read as written. */
const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]<>|#])/g, '\\$1');

/** The message for an input too large to read; `what` names it, e.g. “canvas.json”. */
export const tooLargeMessage = (what: string) =>
	`${what} is too large (over ${MAX_CANVAS_CHARS / 1_000_000} MB) to be a canvas.`;

/**
 * Decode a stored value or an imported file (a JSON string or an already parsed value) for the
 * canvas `model`. `what` names the input in messages, e.g. “my-canvas.json” or "The canvas saved
 * in this browser". Never throws: anything unusable yields `{ ok: false, error }`, and entries
 * that are not text for one of this canvas's blocks are dropped with a notice.
 */
export function decodeCanvas(
	input: unknown,
	model: Pick<CanvasModel, 'framework' | 'name' | 'areas'>,
	what: string
): CanvasDecodeResult {
	try {
		return decode(input, model, what);
	} catch {
		// Defence in depth: the checks below should make this unreachable.
		return { ok: false, error: `${what} could not be read.` };
	}
}

function decode(
	input: unknown,
	model: Pick<CanvasModel, 'framework' | 'name' | 'areas'>,
	what: string
): CanvasDecodeResult {
	let data: unknown = input;
	if (typeof input === 'string') {
		if (input.length > MAX_CANVAS_CHARS) return { ok: false, error: tooLargeMessage(what) };
		try {
			data = JSON.parse(input);
		} catch {
			return { ok: false, error: `${what} is not valid JSON; it may have been cut short.` };
		}
	}
	if (!isRecord(data) || data.format !== CANVAS_FORMAT) {
		const format = isRecord(data) ? data.format : undefined;
		return {
			ok: false,
			error:
				typeof format === 'string' && format.startsWith('mlops-atlas-')
					? `${what} was saved by another tool of the MLOps Maturity Atlas (“${clip(format)}”), not by this canvas.`
					: `${what} is not a canvas saved by the MLOps Maturity Atlas.`,
		};
	}
	const version = data.version;
	if (version !== CANVAS_FORMAT_VERSION) {
		const newer = typeof version === 'number' && version > CANVAS_FORMAT_VERSION;
		const found =
			typeof version === 'number'
				? `format version ${clip(String(version), 20)}`
				: 'no readable format version';
		return {
			ok: false,
			error: `${what} has ${found}, and this version of the site reads version ${CANVAS_FORMAT_VERSION} only${newer ? ' (it may come from a newer version of the site)' : ''}.`,
		};
	}
	if (data.framework !== model.framework) {
		return {
			ok: false,
			error:
				typeof data.framework === 'string'
					? `${what} holds a canvas of another framework (“${clip(data.framework)}”), not of the ${model.name}.`
					: `${what} does not say which canvas it belongs to.`,
		};
	}
	if (!isRecord(data.blocks)) return { ok: false, error: `${what} has no blocks.` };

	const known = new Map<string, CanvasBlock>();
	for (const block of model.areas.flatMap((area) => area.blocks)) known.set(block.id, block);
	const blocks: Record<string, string> = {};
	const dropped: string[] = [];
	for (const [id, text] of Object.entries(data.blocks)) {
		if (!known.has(id) || typeof text !== 'string') dropped.push(clip(id, 80));
		else if (text.length > MAX_BLOCK_CHARS) {
			return {
				ok: false,
				error: `In ${inSentence(what)}, the block “${clip(known.get(id)!.name)}” holds more than ${MAX_BLOCK_CHARS.toLocaleString('en')} characters, more than a block of this canvas keeps.`,
			};
		} else if (text !== '') blocks[id] = text;
	}
	let title: string | undefined;
	if (typeof data.title === 'string' && data.title.length <= MAX_TITLE_CHARS) {
		if (data.title !== '') title = data.title;
	} else if (data.title !== undefined) dropped.push('title');
	// Only a plain UTC ISO timestamp (as this site writes) is kept; anything else is left out.
	const { updated } = data;
	const keepUpdated =
		typeof updated === 'string' && ISO_TIME.test(updated) && !Number.isNaN(Date.parse(updated));

	const shown = dropped.slice(0, 3).map((id) => `“${id}”`);
	const notice = dropped.length
		? `${dropped.length} ${dropped.length === 1 ? 'entry' : 'entries'} of ${inSentence(what)} ${dropped.length === 1 ? 'was' : 'were'} left out because this canvas has no such block or the entry is not text: ${shown.join(', ')}${dropped.length > 3 ? ' and more' : ''}.`
		: undefined;
	return {
		ok: true,
		state: {
			...(title !== undefined ? { title } : {}),
			...(keepUpdated ? { updated } : {}),
			blocks,
		},
		dropped,
		...(notice ? { notice } : {}),
	};
}

/** A reader's text in Markdown: as written, except that a line starting with `#` cannot become a heading of the export. */
const answerMarkdown = (text: string) =>
	text
		.replace(/\r\n?/g, '\n')
		.trim()
		.replace(/^(\s*)#/gm, '$1\\#');

/**
 * The canvas as a Markdown document: its name and date, then every area and block with the
 * reader's text and the block's guiding questions, and the canvas's source and licence.
 * `pageUrl` is the address of the page the canvas was filled in on.
 */
export function canvasMarkdown(model: CanvasModel, state: CanvasState, pageUrl = ''): string {
	const title = state.title?.trim();
	const lines = [`# ${escapeMarkdown(model.name)}${title ? `: ${escapeMarkdown(title)}` : ''}`, ''];
	const changed = state.updated ? `, last changed on ${state.updated.slice(0, 10)}` : '';
	lines.push(
		`Filled in with the MLOps Maturity Atlas${pageUrl ? ` (${pageUrl})` : ''}${changed}.`,
		''
	);
	for (const area of model.areas) {
		lines.push(`## ${escapeMarkdown(area.name)}`, '');
		for (const block of area.blocks) {
			const text = Object.hasOwn(state.blocks, block.id) ? state.blocks[block.id]!.trim() : '';
			lines.push(`### ${escapeMarkdown(block.label)}. ${escapeMarkdown(block.name)}`, '');
			lines.push(text ? answerMarkdown(text) : '_Not filled in yet._', '');
			if (block.questions.length) {
				lines.push('Guiding questions:', '');
				for (const question of block.questions) lines.push(`- ${escapeMarkdown(question)}`);
				lines.push('');
			}
		}
	}
	const { publisher, licence, source } = model;
	lines.push(
		'---',
		'',
		[
			`The ${escapeMarkdown(model.name)} is by ${escapeMarkdown(publisher)}`,
			source ? `, published as [${escapeMarkdown(source.title)}](<${source.url}>)` : '',
			licence ? `; licence: ${escapeMarkdown(licence)}` : '',
			". The guiding questions are the MLOps Maturity Atlas's paraphrases of the canvas's questions.",
		].join('')
	);
	return `${lines.join('\n')}\n`;
}

/** A file name for an export: the framework's id, the canvas's name if any, the date. */
export function canvasFileName(
	framework: string,
	state: CanvasState,
	extension: 'md' | 'json',
	now: Date
): string {
	const words = (state.title ?? '')
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	// At most 40 characters, cut after a whole word where there is one.
	const slug =
		words.length > 40
			? words
					.slice(0, 41)
					.replace(/-[^-]*$/, '')
					.slice(0, 40)
			: words;
	return `${framework}${slug ? `-${slug}` : ''}-${now.toISOString().slice(0, 10)}.${extension}`;
}
