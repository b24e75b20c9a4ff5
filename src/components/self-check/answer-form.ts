/**
 * Browser glue shared by the self-check and the ML Test Score calculator: reading answers from
 * radio buttons and ticking them, notices and the "clear" button. Nothing read from storage is
 * ever inserted as HTML.
 */
import type { AnswerValue } from '../../lib/answers';

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

/** Tick exactly the radios for `answers` (others are cleared). */
export function applyAnswers(
	root: ParentNode,
	answers: Readonly<Record<string, AnswerValue>>
): void {
	for (const input of root.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
		input.checked = Object.hasOwn(answers, input.name) && answers[input.name] === input.value;
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

/** Announce a change politely to screen readers through `[data-announcer]`. */
export function announce(root: ParentNode, text: string): void {
	const announcer = root.querySelector('[data-announcer]');
	if (announcer) announcer.textContent = text;
}
