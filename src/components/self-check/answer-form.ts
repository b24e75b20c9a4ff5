/**
 * Browser glue shared by the self-check and the ML Test Score calculator: reading answers from
 * radio buttons, restoring and saving them in localStorage through the safe codec, notices and
 * the "clear" button. Nothing read from storage is ever inserted as HTML.
 */
import type { AnswerValue } from '../../lib/answers';
import { decodeAssessment, encodeAssessment, type Question } from '../../lib/assessment';

/** The checked answer of every radio group inside `root`, keyed by the group's name. */
export function readAnswers(root: ParentNode): Record<string, AnswerValue> {
	const answers: Record<string, AnswerValue> = {};
	for (const input of root.querySelectorAll<HTMLInputElement>('input[type=radio]:checked')) {
		answers[input.name] = input.value as AnswerValue;
	}
	return answers;
}

/** Show a message in the element's `[data-notice]` area (as text). */
export function showNotice(root: ParentNode, text: string): void {
	const notice = root.querySelector<HTMLElement>('[data-notice]');
	if (!notice) return;
	(notice.querySelector('[data-notice-text]') ?? notice).textContent = text;
	notice.hidden = false;
}

/** Tick the radios for the answers saved under `key`; unusable data is left alone with a notice. */
export function restoreAnswers(
	root: ParentNode,
	key: string,
	questions: readonly Question[],
	questionSet: string
): void {
	let stored: string | null;
	try {
		stored = localStorage.getItem(key);
	} catch {
		return; // Storage may be disabled; the page still works, it just does not remember.
	}
	if (stored === null) return;
	const decoded = decodeAssessment(stored, questions, questionSet);
	if (!decoded.ok) {
		showNotice(root, `${decoded.error} Starting with no answers.`);
		return;
	}
	if (decoded.notice) showNotice(root, decoded.notice);
	applyAnswers(root, decoded.assessment.answers);
}

/** Tick exactly the radios for `answers` (others are cleared). */
export function applyAnswers(
	root: ParentNode,
	answers: Readonly<Record<string, AnswerValue>>
): void {
	for (const input of root.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
		input.checked = Object.hasOwn(answers, input.name) && answers[input.name] === input.value;
	}
}

/** Save the answers under `key`; a full or disabled storage is ignored. */
export function saveAnswers(
	key: string,
	questionSet: string,
	answers: Record<string, AnswerValue>
): void {
	try {
		localStorage.setItem(key, JSON.stringify(encodeAssessment(questionSet, answers)));
	} catch {
		/* Storage full or disabled: keep working without saving. */
	}
}

/**
 * Make the `[data-reset]` button clear every answer after confirmation, calling `before` first
 * (to keep the answers aside, where the page can) and `onReset` after.
 */
export function wireReset(root: ParentNode, onReset: () => void, before?: () => void): void {
	root.querySelector('[data-reset]')?.addEventListener('click', () => {
		const question = before
			? 'Clear all your answers and start over? They are kept under “Previous answers”.'
			: 'Clear all your answers and start over? This cannot be undone.';
		if (!window.confirm(question)) return;
		before?.();
		applyAnswers(root, {});
		onReset();
	});
}

/** Offer `text` as a file download named `name`. */
export function download(name: string, type: string, text: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Announce a change politely to screen readers through `[data-announcer]`. */
export function announce(root: ParentNode, text: string): void {
	const announcer = root.querySelector('[data-announcer]');
	if (announcer) announcer.textContent = text;
}
