/**
 * `<atlas-self-check>`: thin glue between the server-rendered questionnaire and the pure
 * scoring and state modules. It reads the answers from the radio buttons, recomputes every
 * framework's result, writes the results as text (never as HTML), and saves the answers in
 * localStorage. Stored state is untrusted: anything unusable is ignored with a notice.
 */
import { answerLabel, type AnswerValue } from '../../lib/answers';
import { STORAGE_KEY, decodeAssessment, encodeAssessment } from '../../lib/assessment';
import { levelLabel } from '../../lib/format';
import {
	ladderResult,
	type LadderFramework,
	type LadderResult,
	type ScoredPractice,
} from '../../lib/scoring';

interface SelfCheckData {
	questionSet: string;
	frameworks: LadderFramework[];
	practices: Array<ScoredPractice & { title: string }>;
	practiceBase: string;
}

/** Create an element with text content only. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = ''): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.textContent = text;
	return node;
}

class AtlasSelfCheck extends HTMLElement {
	#data!: SelfCheckData;
	#levels = new Map<string, number>();

	connectedCallback() {
		const json = this.querySelector('script[data-self-check-data]')?.textContent;
		if (!json) return;
		this.#data = JSON.parse(json) as SelfCheckData;
		this.#restore();
		this.addEventListener('change', () => this.#update(true));
		this.querySelector('[data-reset]')?.addEventListener('click', () => {
			if (!window.confirm('Clear all your answers? This cannot be undone.')) return;
			for (const input of this.querySelectorAll<HTMLInputElement>('input[type=radio]'))
				input.checked = false;
			this.#update(true);
		});
		this.#update(false);
	}

	#answers(): Record<string, AnswerValue> {
		const answers: Record<string, AnswerValue> = {};
		for (const input of this.querySelectorAll<HTMLInputElement>('input[type=radio]:checked')) {
			answers[input.name] = input.value as AnswerValue;
		}
		return answers;
	}

	#restore() {
		let stored: string | null;
		try {
			stored = localStorage.getItem(STORAGE_KEY);
		} catch {
			return; // Storage may be disabled; the check still works, it just does not remember.
		}
		if (stored === null) return;
		const decoded = decodeAssessment(stored, this.#data.practices, this.#data.questionSet);
		if (!decoded.ok) {
			this.#notice(
				`${decoded.error} Starting with no answers; the saved data is left untouched until you answer.`
			);
			return;
		}
		if (decoded.notice) this.#notice(decoded.notice);
		for (const [id, value] of Object.entries(decoded.assessment.answers)) {
			const input = this.querySelector<HTMLInputElement>(
				`input[name="${CSS.escape(id)}"][value="${CSS.escape(value)}"]`
			);
			if (input) input.checked = true;
		}
	}

	#notice(text: string) {
		const notice = this.querySelector<HTMLElement>('[data-notice]');
		if (!notice) return;
		notice.textContent = text;
		notice.hidden = false;
	}

	#update(save: boolean) {
		const answers = this.#answers();
		if (save) {
			try {
				localStorage.setItem(
					STORAGE_KEY,
					JSON.stringify(encodeAssessment(this.#data.questionSet, answers))
				);
			} catch {
				/* Storage full or disabled: keep working without saving. */
			}
		}
		const changes: string[] = [];
		for (const framework of this.#data.frameworks) {
			const result = ladderResult(framework, this.#data.practices, answers);
			const view = this.querySelector<HTMLElement>(
				`[data-result-for="${CSS.escape(framework.id)}"]`
			);
			if (view) this.#render(view, result);
			const before = this.#levels.get(framework.id);
			if (before !== undefined && before !== result.level)
				changes.push(`${framework.shortName}: ${this.#label(result)}`);
			this.#levels.set(framework.id, result.level);
		}
		if (changes.length) {
			const announcer = this.querySelector('[data-announcer]');
			if (announcer) announcer.textContent = `Result changed. ${changes.join('. ')}.`;
		}
	}

	#label(result: LadderResult): string {
		return result.belowFirstLevel
			? result.levelName
			: levelLabel({ n: result.level, name: result.levelName });
	}

	#render(view: HTMLElement, result: LadderResult) {
		view.dataset.level = String(result.level);
		const label = view.querySelector('[data-level-label]');
		if (label) label.textContent = this.#label(result);
		const blockers = view.querySelector('[data-blockers]');
		if (!blockers) return;
		if (!result.next) {
			blockers.replaceChildren(el('p', "This is the framework's highest level."));
			return;
		}
		const list = el('ul');
		for (const blocker of result.blockers) {
			const practice = this.#data.practices.find((p) => p.id === blocker.practiceId);
			if (!practice) continue;
			const item = el('li');
			item.dataset.verdict = blocker.verdict;
			const link = el('a', practice.title);
			link.href = `${this.#data.practiceBase}${practice.id}/`;
			const detail = `${answerLabel(practice.answer, blocker.answer).toLowerCase()}${blocker.needsAutomation ? ', needs it automated' : ''}`;
			item.append(link, ` (${detail})`);
			list.append(item);
		}
		blockers.replaceChildren(el('p', `To reach ${levelLabel(result.next)}:`), list);
	}
}

customElements.define('atlas-self-check', AtlasSelfCheck);
