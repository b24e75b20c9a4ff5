/** The answers a reader can give in the self-check, and what each means for a practice. */
import type { AnswerType as PracticeAnswerType } from '../schemas/practice';

/**
 * A practice's answer type; `ml-test` for the ML Test Score calculator's tests; `choice` for the
 * AI Adoption theme questions, answered with a phase (`phase-1` … `phase-3`).
 */
export type AnswerType = PracticeAnswerType | 'ml-test' | 'choice';

export const ANSWER_VALUES = [
	'no',
	'yes',
	'not-yet',
	'manual',
	'automated',
	'na',
	'phase-1',
	'phase-2',
	'phase-3',
] as const;
export type AnswerValue = (typeof ANSWER_VALUES)[number];
/** Answers keyed by practice id; a missing key means "not answered yet". */
export type Answers = Readonly<Record<string, AnswerValue | undefined>>;

export interface AnswerOption {
	value: AnswerValue;
	label: string;
}

const OPTIONS: Record<AnswerType, AnswerOption[]> = {
	automation: [
		{ value: 'not-yet', label: 'Not yet' },
		{ value: 'manual', label: 'Manually' },
		{ value: 'automated', label: 'Automated' },
		{ value: 'na', label: 'Not applicable' },
	],
	binary: [
		{ value: 'no', label: 'No' },
		{ value: 'yes', label: 'Yes' },
		{ value: 'na', label: 'Not applicable' },
	],
	// Labels come from the framework's phase descriptions; these are fallbacks.
	choice: [
		{ value: 'phase-1', label: 'Phase 1' },
		{ value: 'phase-2', label: 'Phase 2' },
		{ value: 'phase-3', label: 'Phase 3' },
	],
	// The 2017 paper has no "not applicable": every test counts.
	'ml-test': [
		{ value: 'not-yet', label: 'Not done' },
		{ value: 'manual', label: 'Manual' },
		{ value: 'automated', label: 'Automated' },
	],
};

/** The options offered for a practice of this answer type, in display order. */
export function answerOptions(type: AnswerType): readonly AnswerOption[] {
	return OPTIONS[type];
}

/** Whether `value` is one of the answers a practice of this type accepts. */
export function isValidAnswer(type: AnswerType, value: unknown): value is AnswerValue {
	return OPTIONS[type].some((option) => option.value === value);
}

/** The visible label of an answer, e.g. `manual` → "Manually". */
export function answerLabel(type: AnswerType, value: AnswerValue | undefined): string {
	if (value === undefined) return 'Not answered';
	return OPTIONS[type].find((option) => option.value === value)?.label ?? value;
}
