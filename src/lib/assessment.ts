/**
 * The self-check's saved state: encoding and a decoder that never throws. Stored data is
 * untrusted (it may be old, truncated or edited by hand), so decoding validates everything,
 * keeps only answers to known questions that are valid for the question's type, and reports
 * what it dropped. The decoder is hand-written rather than zod-based to keep the page's
 * JavaScript small; tests check it against the zod schema in src/schemas/assessment.ts.
 */
import { isValidAnswer, type AnswerType, type AnswerValue } from './answers';

export const ASSESSMENT_FORMAT = 'mlops-atlas-assessment';
export const ASSESSMENT_FORMAT_VERSION = 1;
/** localStorage key; the suffix is the format version, so a new format never reads an old one by accident. */
export const STORAGE_KEY = `${ASSESSMENT_FORMAT}:v${ASSESSMENT_FORMAT_VERSION}`;
/** localStorage key of the ML Test Score calculator, which saves in the same format. */
export const ML_TEST_SCORE_STORAGE_KEY = `${ASSESSMENT_FORMAT}:ml-test-score:v${ASSESSMENT_FORMAT_VERSION}`;
/** Larger inputs are refused before parsing. */
export const MAX_INPUT_BYTES = 100_000;

export interface Assessment {
	format: typeof ASSESSMENT_FORMAT;
	formatVersion: typeof ASSESSMENT_FORMAT_VERSION;
	/** The version of the question set the answers were given to. */
	questionSet: string;
	/** ISO date-time of the last change. */
	updated: string;
	answers: Record<string, AnswerValue>;
}

/** The question a stored answer must belong to. */
export interface Question {
	id: string;
	answer: AnswerType;
}

export type DecodeResult =
	| { ok: true; assessment: Assessment; dropped: string[]; notice?: string }
	| { ok: false; error: string };

/** Build the saved form of a set of answers. */
export function encodeAssessment(
	questionSet: string,
	answers: Record<string, AnswerValue | undefined>,
	now: Date = new Date()
): Assessment {
	const kept: Record<string, AnswerValue> = {};
	for (const [id, value] of Object.entries(answers)) if (value !== undefined) kept[id] = value;
	return {
		format: ASSESSMENT_FORMAT,
		formatVersion: ASSESSMENT_FORMAT_VERSION,
		questionSet,
		updated: now.toISOString(),
		answers: kept,
	};
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Decode saved state. Never throws: anything unusable yields `{ ok: false, error }` with a
 * message for the reader, and answers that do not fit the current questions are dropped.
 */
export function decodeAssessment(
	input: unknown,
	questions: readonly Question[],
	questionSet: string
): DecodeResult {
	let data: unknown = input;
	if (typeof input === 'string') {
		if (input.length > MAX_INPUT_BYTES)
			return {
				ok: false,
				error: `The saved answers are too large (over ${MAX_INPUT_BYTES / 1000} KB) to be ours.`,
			};
		try {
			data = JSON.parse(input);
		} catch {
			return { ok: false, error: 'The saved answers are not valid JSON.' };
		}
	}
	if (!isRecord(data) || data.format !== ASSESSMENT_FORMAT)
		return { ok: false, error: 'This is not a saved MLOps Maturity Atlas self-check.' };
	if (data.formatVersion !== ASSESSMENT_FORMAT_VERSION) {
		return {
			ok: false,
			error: `The saved answers use format version ${String(data.formatVersion).slice(0, 20)}, which this version of the site cannot read.`,
		};
	}
	if (typeof data.questionSet !== 'string' || !isRecord(data.answers))
		return { ok: false, error: 'The saved answers are incomplete.' };

	const byId = new Map(questions.map((q) => [q.id, q]));
	const answers: Record<string, AnswerValue> = {};
	const dropped: string[] = [];
	for (const [id, value] of Object.entries(data.answers)) {
		const question = byId.get(id);
		if (question && isValidAnswer(question.answer, value)) answers[id] = value;
		else dropped.push(id.slice(0, 80));
	}
	const updated =
		typeof data.updated === 'string' && !Number.isNaN(Date.parse(data.updated))
			? data.updated
			: new Date(0).toISOString();
	const older = data.questionSet !== questionSet;
	const notice =
		older || dropped.length
			? `These answers were given to ${older ? `an older question set (${data.questionSet.slice(0, 40)})` : 'this question set'}; ${dropped.length} answer${dropped.length === 1 ? ' was' : 's were'} dropped because the question no longer exists or the answer no longer fits it.`
			: undefined;
	return {
		ok: true,
		assessment: {
			format: ASSESSMENT_FORMAT,
			formatVersion: ASSESSMENT_FORMAT_VERSION,
			questionSet,
			updated,
			answers,
		},
		dropped,
		...(notice ? { notice } : {}),
	};
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
