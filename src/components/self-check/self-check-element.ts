/**
 * `<atlas-self-check>`: thin glue between the server-rendered questionnaire and the pure
 * scoring and state modules. It reads the answers from the radio buttons, recomputes every
 * framework's result, writes the results as text (never as HTML), and saves the answers in
 * localStorage. Stored state is untrusted: anything unusable is ignored with a notice.
 */
import { answerLabel } from '../../lib/answers';
import { STORAGE_KEY } from '../../lib/assessment';
import { levelLabel } from '../../lib/format';
import {
	ladderResult,
	type LadderFramework,
	type LadderResult,
	type ScoredPractice,
} from '../../lib/scoring';
import { announce, readAnswers, restoreAnswers, saveAnswers, wireReset } from './answer-form';

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
		restoreAnswers(this, STORAGE_KEY, this.#data.practices, this.#data.questionSet);
		this.addEventListener('change', () => this.#update(true));
		wireReset(this, () => this.#update(true));
		this.#update(false);
	}

	#update(save: boolean) {
		const answers = readAnswers(this);
		if (save) saveAnswers(STORAGE_KEY, this.#data.questionSet, answers);
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
		if (changes.length) announce(this, `Result changed. ${changes.join('. ')}.`);
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
