/**
 * The calculator at work, started by `<atlas-rubric-calculator>` (rubric-calculator-element.ts)
 * on the reader's first step or at once when answers are saved: scores one rubric framework with the engine as its items are
 * answered, writes the scores as text, and keeps the answers in the self-check's saved
 * assessment (only this framework's answers are replaced; everything else is kept as stored).
 */
import type { AnswerValue } from '../../lib/answers';
import {
	ML_TEST_SCORE_STORAGE_KEY,
	STORAGE_KEY,
	decodeAssessment,
	mergeStoredAnswers,
} from '../../lib/assessment';
import {
	buildSelfCheckModel,
	evaluateAll,
	type EngineFramework,
	type SelfCheckModel,
} from '../../lib/engine';
import { readStored, writeStored } from '../storage';
import { announce, applyAnswers, readAnswers, showNotice, wireReset } from './answer-form';

interface CalculatorData {
	framework: EngineFramework;
	/** The self-check's question-set tag, written with new saves. */
	questionSet: string;
	bands: Array<{ range: string; meaning: string }>;
}

export class RubricCalculator {
	readonly #host: HTMLElement;
	readonly #data: CalculatorData;
	readonly #model: SelfCheckModel;
	#band = -1;

	constructor(host: HTMLElement) {
		this.#host = host;
		const json = host.querySelector('script[data-calculator-data]')?.textContent ?? '{}';
		this.#data = JSON.parse(json) as CalculatorData;
		this.#model = buildSelfCheckModel([this.#data.framework], []);
	}

	start() {
		// Answers ticked before the script arrived are the newest: they are kept and saved.
		const early = readAnswers(this.#host);
		this.#restore();
		if (Object.keys(early).length)
			applyAnswers(this.#host, { ...readAnswers(this.#host), ...early });
		this.#host.addEventListener('change', () => this.#update(true));
		// Tabs agree: answers saved in another tab (this calculator or the self-check) show here.
		window.addEventListener('storage', (event) => {
			if (event.key !== STORAGE_KEY || event.newValue === null) return;
			const m = this.#model;
			const decoded = decodeAssessment(event.newValue, m.questions, m.questionSet);
			if (!decoded.ok) return;
			const mine = readAnswers(this.#host);
			const theirs = decoded.assessment.answers;
			if (JSON.stringify(mine) === JSON.stringify(theirs)) return;
			applyAnswers(this.#host, theirs);
			this.#update(false);
			showNotice(
				this.#host,
				'Your answers were changed in another tab of this browser; this tab now shows them.'
			);
		});
		wireReset(this.#host, () => this.#update(true));
		this.#update(Object.keys(early).length > 0);
		// Tells tests (and styles) that the element has started.
		this.#host.toggleAttribute('data-ready', true);
	}

	#own = (id: string) => id.startsWith(`${this.#data.framework.id}:`);

	/** Tick the saved answers to this framework's items, from the self-check's assessment. */
	#restore() {
		const m = this.#model;
		const stored = readStored(STORAGE_KEY);
		const decoded =
			stored === null ? undefined : decodeAssessment(stored, m.questions, m.questionSet);
		if (decoded && !decoded.ok) {
			showNotice(
				this.#host,
				`${decoded.error} Starting with no answers; the saved data stays as it is.`
			);
			return;
		}
		const answers = decoded?.assessment.answers ?? {};
		if (Object.keys(answers).length) return applyAnswers(this.#host, answers);
		// The first calculator saved bare item ids under a key of its own: take them over once.
		const legacy = readStored(ML_TEST_SCORE_STORAGE_KEY);
		if (legacy === null) return;
		const aliases = Object.fromEntries(
			this.#data.framework.items.map((i) => [i.id, `${this.#data.framework.id}:${i.id}`])
		);
		const old = decodeAssessment(legacy, m.questions, m.questionSet, {}, aliases);
		if (old.ok && Object.keys(old.assessment.answers).length) {
			applyAnswers(this.#host, old.assessment.answers);
			this.#save(old.assessment.answers);
		}
	}

	#save(answers: Record<string, AnswerValue>) {
		const merged = mergeStoredAnswers(
			readStored(STORAGE_KEY),
			this.#data.questionSet,
			this.#own,
			answers
		);
		if (merged === undefined) {
			showNotice(
				this.#host,
				'Your saved self-check could not be read, so these answers are not saved.'
			);
			return;
		}
		// Storage full or disabled: keep working without saving.
		writeStored(STORAGE_KEY, merged);
	}

	#update(save: boolean) {
		const answers = readAnswers(this.#host);
		if (save) this.#save(answers);
		const [result] = evaluateAll(this.#model, answers);
		if (!result) return;
		const score = String(result.score ?? 0);
		const bandIndex = result.level ?? 0;
		const band = this.#data.bands[bandIndex]!;
		const final = this.#host.querySelector<HTMLElement>('[data-final-score]');
		if (final) {
			final.dataset.finalScore = score;
			final.textContent = score;
		}
		const bandView = this.#host.querySelector<HTMLElement>('[data-band]');
		if (bandView) bandView.dataset.band = String(bandIndex);
		const range = this.#host.querySelector('[data-band-range]');
		if (range)
			range.textContent = `Band ${bandIndex + 1} of ${this.#data.bands.length} (score: ${band.range})`;
		const meaning = this.#host.querySelector('[data-band-meaning]');
		if (meaning) meaning.textContent = band.meaning;
		for (const part of result.parts ?? []) {
			const row = this.#host.querySelector<HTMLElement>(`[data-section="${CSS.escape(part.id)}"]`);
			const cell = row?.querySelector('[data-section-score]');
			if (cell) cell.textContent = String(part.score);
			row?.toggleAttribute('data-weakest', part.weakest && result.answered > 0);
		}
		const progress = this.#host.querySelector('[data-progress]');
		if (progress) progress.textContent = `${result.answered} of ${result.asked} tests answered.`;
		if (this.#band !== -1 && this.#band !== bandIndex) {
			announce(
				this.#host,
				`Final score ${score}, band ${bandIndex + 1} of ${this.#data.bands.length}.`
			);
		}
		this.#band = bandIndex;
	}
}
