/**
 * The self-check's saved state and its codecs: localStorage, share links (URL fragment) and
 * export files all carry the same assessment. Every input is untrusted (old, truncated, edited
 * by hand or hostile), so decoding validates everything, keeps only answers to known questions
 * that are valid for the question's type, reports what it dropped, and never throws. The
 * decoder is hand-written rather than zod-based to keep the page's JavaScript small; the zod
 * schema in src/schemas/assessment.ts describes the same format (and yields its JSON Schema),
 * and property tests check that the two agree.
 */
import { isValidAnswer, type AnswerType, type AnswerValue } from './answers';
import {
	ASSESSMENT_FORMAT,
	ASSESSMENT_FORMAT_VERSION,
	READABLE_FORMAT_VERSIONS,
} from './storage-keys';

export {
	ASSESSMENT_FORMAT,
	ASSESSMENT_FORMAT_VERSION,
	BACKUP_STORAGE_KEY,
	HISTORY_STORAGE_KEY,
	ML_TEST_SCORE_STORAGE_KEY,
	READABLE_FORMAT_VERSIONS,
	SHARE_PARAM,
	SNAPSHOTS_STORAGE_KEY,
	STORAGE_KEY,
} from './storage-keys';
/** Larger share links and saved answers are refused before parsing. */
export const MAX_INPUT_BYTES = 100_000;
/** Larger files (an export with its snapshots, a team member's file) are refused before parsing. */
export const MAX_FILE_BYTES = 2_000_000;
/** How many snapshots a file or this browser keeps; beyond that, the oldest go. */
export const MAX_SNAPSHOTS = 50;
/** The longest snapshot name kept. */
export const MAX_NAME_LENGTH = 80;

export interface Assessment {
	format: typeof ASSESSMENT_FORMAT;
	formatVersion: typeof ASSESSMENT_FORMAT_VERSION;
	/** The version of the question set the answers were given to. */
	questionSet: string;
	/** ISO date-time of the last change. */
	updated: string;
	answers: Record<string, AnswerValue>;
	/** Target level per framework id, if the reader set any. */
	targets?: Record<string, number>;
	/** Dated copies of earlier answers (export files only; the browser keeps them apart). */
	snapshots?: Snapshot[];
}

/** The answers as they were on a day, kept by "Save a snapshot". */
export interface Snapshot {
	/** Unique among the reader's snapshots. */
	id: string;
	/** The reader's name for it, if they gave one. */
	name?: string;
	/** ISO date-time when it was taken. */
	taken: string;
	answers: Record<string, AnswerValue>;
	targets?: Record<string, number>;
}

/** The question a stored answer must belong to. */
export interface Question {
	id: string;
	answer: AnswerType;
}

/** Question ids that an older question set used, mapped to the ids that replaced them. */
export type Aliases = Readonly<Record<string, string>>;

/** What targets may be set: framework id → allowed level numbers. */
export type TargetOptions = Readonly<Record<string, readonly number[]>>;

/** What a decoder of a snapshot list returns (src/lib/snapshots.ts). */
export type SnapshotReader = (
	raw: readonly unknown[],
	fit: Fitter
) => { snapshots: Snapshot[]; skipped: number };

export interface DecodeOptions {
	/** Larger input is refused before parsing (share links and stored answers: MAX_INPUT_BYTES). */
	maxBytes?: number;
	/** Read the file's snapshots with this; without it, snapshots are ignored (not kept). */
	snapshots?: SnapshotReader;
}

export type DecodeResult =
	| { ok: true; assessment: Assessment; dropped: string[]; notice?: string }
	| { ok: false; error: string };

/** Build the saved form of a set of answers (and targets). */
export function encodeAssessment(
	questionSet: string,
	answers: Record<string, AnswerValue | undefined>,
	now: Date = new Date(),
	targets: Record<string, number | undefined> = {},
	snapshots: readonly Snapshot[] = []
): Assessment {
	const kept: Record<string, AnswerValue> = {};
	for (const [id, value] of Object.entries(answers)) if (value !== undefined) kept[id] = value;
	const keptTargets: Record<string, number> = {};
	for (const [id, value] of Object.entries(targets))
		if (value !== undefined) keptTargets[id] = value;
	return {
		format: ASSESSMENT_FORMAT,
		formatVersion: ASSESSMENT_FORMAT_VERSION,
		questionSet,
		updated: now.toISOString(),
		answers: kept,
		...(Object.keys(keptTargets).length ? { targets: keptTargets } : {}),
		...(snapshots.length ? { snapshots: [...snapshots] } : {}),
	};
}

/** A plain object (not null, not an array): what every part of a saved assessment must be. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Shorten untrusted text for a message (it is only ever shown as text). */
const clip = (text: string, length = 40) =>
	text.length > length ? `${text.slice(0, length)}…` : text;

/**
 * Decode saved state (a JSON string or an already parsed value). Never throws: anything
 * unusable yields `{ ok: false, error }` with a message for the reader, and answers or targets
 * that do not fit the current questions are dropped.
 */
export function decodeAssessment(
	input: unknown,
	questions: readonly Question[],
	questionSet: string,
	targetOptions: TargetOptions = {},
	aliases: Aliases = {},
	options: DecodeOptions = {}
): DecodeResult {
	try {
		return decode(input, questions, questionSet, targetOptions, aliases, options);
	} catch {
		// Defence in depth: the checks below should make this unreachable.
		return { ok: false, error: 'These answers could not be read.' };
	}
}

function decode(
	input: unknown,
	questions: readonly Question[],
	questionSet: string,
	targetOptions: TargetOptions,
	aliases: Aliases,
	{ maxBytes = MAX_INPUT_BYTES, snapshots: readSnapshots }: DecodeOptions
): DecodeResult {
	let data: unknown = input;
	if (typeof input === 'string') {
		if (input.length > maxBytes) {
			return {
				ok: false,
				error: `These answers are too large (over ${maxBytes / 1000} KB) to be a self-check.`,
			};
		}
		try {
			data = JSON.parse(input);
		} catch {
			return {
				ok: false,
				error: 'These answers are not valid JSON; they may have been cut short.',
			};
		}
	}
	if (!isRecord(data) || data.format !== ASSESSMENT_FORMAT) {
		return { ok: false, error: 'This is not an MLOps Maturity Atlas self-check.' };
	}
	if (!READABLE_FORMAT_VERSIONS.includes(data.formatVersion as number)) {
		const version = data.formatVersion;
		return {
			ok: false,
			error:
				version === undefined
					? 'These answers have no format version, so this version of the site cannot tell how to read them.'
					: typeof version !== 'number'
						? 'Their format version is not a number, so this version of the site cannot tell how to read them.'
						: `They use format version ${clip(String(version), 20)}, and this version of the site reads versions ${READABLE_FORMAT_VERSIONS.join(' and ')} only${version > ASSESSMENT_FORMAT_VERSION ? ' (they may come from a newer version of the site)' : ''}.`,
		};
	}
	if (typeof data.questionSet !== 'string' || !isRecord(data.answers)) {
		return {
			ok: false,
			error: !isRecord(data.answers)
				? 'They have no list of answers.'
				: 'They do not say which version of the questions they answer.',
		};
	}
	if (data.targets !== undefined && !isRecord(data.targets)) {
		return { ok: false, error: 'Their targets are not a list of framework levels.' };
	}
	if (readSnapshots && data.snapshots !== undefined && !Array.isArray(data.snapshots)) {
		return { ok: false, error: 'Their snapshots are not a list.' };
	}

	const dropped: string[] = [];
	const fit = fitter(questions, targetOptions, aliases, dropped);
	const answers = fit.answers(data.answers);
	const targets = fit.targets(data.targets);
	const updated = timestamp(data.updated) ?? new Date(0).toISOString();
	const { snapshots, skipped } = readSnapshots?.((data.snapshots ?? []) as unknown[], fit) ?? {
		snapshots: [],
		skipped: 0,
	};
	const older = data.questionSet !== questionSet;
	const droppedText = dropped.length
		? `${dropped.length} ${dropped.length === 1 ? 'entry was' : 'entries were'} dropped because the question no longer exists or the answer no longer fits it.`
		: '';
	const skippedText = skipped
		? `${skipped} ${skipped === 1 ? 'snapshot was' : 'snapshots were'} left out: ${skipped === 1 ? 'it was' : 'they were'} not well formed, or more than ${MAX_SNAPSHOTS}.`
		: '';
	const answersNotice = older
		? `These answers were given to another version of the questions (${clip(data.questionSet)})${dropped.length ? `; ${droppedText}` : ', and all of them still fit.'}`
		: dropped.length
			? droppedText.replace(/^./, (c) => c.toUpperCase())
			: '';
	const notice = [answersNotice, skippedText].filter(Boolean).join(' ') || undefined;
	return {
		ok: true,
		assessment: {
			format: ASSESSMENT_FORMAT,
			formatVersion: ASSESSMENT_FORMAT_VERSION,
			questionSet,
			updated,
			answers,
			...(Object.keys(targets).length ? { targets } : {}),
			...(snapshots.length ? { snapshots } : {}),
		},
		dropped,
		...(notice ? { notice } : {}),
	};
}

/** A plain UTC ISO timestamp, as this site writes them; anything else is undefined. */
export function timestamp(value: unknown): string | undefined {
	return typeof value === 'string' &&
		/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/.test(value) &&
		!Number.isNaN(Date.parse(value))
		? value
		: undefined;
}

export type Fitter = ReturnType<typeof fitter>;

/**
 * Keeps the answers and targets that fit the current questions (following `aliases` from older
 * question sets), and notes in `dropped` what does not.
 */
export function fitter(
	questions: readonly Question[],
	targetOptions: TargetOptions,
	aliases: Aliases,
	dropped: string[]
) {
	const byId = new Map(questions.map((q) => [q.id, q]));
	return {
		answers(raw: Record<string, unknown>): Record<string, AnswerValue> {
			const answers: Record<string, AnswerValue> = {};
			for (const [oldId, value] of Object.entries(raw)) {
				const id = Object.hasOwn(aliases, oldId) ? aliases[oldId]! : oldId;
				const question = byId.get(id);
				if (question && isValidAnswer(question.answer, value)) answers[id] = value;
				else dropped.push(clip(oldId, 80));
			}
			return answers;
		},
		targets(raw: unknown): Record<string, number> {
			const targets: Record<string, number> = {};
			for (const [id, value] of Object.entries(isRecord(raw) ? raw : {})) {
				const allowed = Object.hasOwn(targetOptions, id) ? targetOptions[id] : undefined;
				if (allowed && typeof value === 'number' && allowed.includes(value)) targets[id] = value;
				else dropped.push(clip(`target ${id}`, 80));
			}
			return targets;
		},
	};
}

/**
 * The stored assessment with some answers replaced: `own` says which question ids the caller
 * owns (e.g. one framework's items); every other answer, the targets and the question-set tag
 * are kept as stored. Returns undefined, so that the caller saves nothing, when the stored data
 * cannot be read: it is never overwritten.
 */
export function mergeStoredAnswers(
	stored: string | null,
	questionSet: string,
	own: (id: string) => boolean,
	answers: Record<string, AnswerValue>,
	now: Date = new Date()
): string | undefined {
	if (stored === null) return JSON.stringify(encodeAssessment(questionSet, answers, now));
	let data: unknown;
	try {
		data = stored.length > MAX_INPUT_BYTES ? undefined : JSON.parse(stored);
	} catch {
		return undefined;
	}
	if (
		!isRecord(data) ||
		data.format !== ASSESSMENT_FORMAT ||
		!READABLE_FORMAT_VERSIONS.includes(data.formatVersion as number) ||
		!isRecord(data.answers)
	)
		return undefined;
	const kept = Object.fromEntries(Object.entries(data.answers).filter(([id]) => !own(id)));
	return JSON.stringify({
		...data,
		formatVersion: ASSESSMENT_FORMAT_VERSION,
		updated: now.toISOString(),
		answers: { ...kept, ...answers },
	});
}

/**
 * A short version tag for a question set, derived from its questions' ids and answer types, so
 * any change to the questions gives a new tag without anyone remembering to bump it.
 */
export function questionSetVersion(questions: readonly Question[]): string {
	const text = questions
		.map((q) => `${q.id}:${q.answer}`)
		.sort()
		.join('|');
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return `q${questions.length}-${hash.toString(16).padStart(8, '0')}`;
}
