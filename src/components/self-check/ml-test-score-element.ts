/**
 * `<atlas-ml-test-score>`: recomputes the ML Test Score (src/lib/ml-test-score.ts) as tests are
 * answered, writes the scores as text, and keeps the answers in localStorage.
 */
import { ML_TEST_SCORE_STORAGE_KEY } from '../../lib/assessment';
import { SECTIONS, mlTestScore, type Band, type ScoredTest } from '../../lib/ml-test-score';
import { announce, readAnswers, restoreAnswers, saveAnswers, wireReset } from './answer-form';

interface CalculatorData {
	questionSet: string;
	tests: Array<ScoredTest & { answer: 'ml-test' }>;
	/** The framework's score bands, from its frontmatter. */
	bands: Array<Band & { range: string; meaning: string }>;
}

/** Format a score for people: 3.5 stays "3.5", 3 stays "3". */
const formatScore = (score: number) => String(score);

class AtlasMlTestScore extends HTMLElement {
	#data!: CalculatorData;
	#band = -1;

	connectedCallback() {
		const json = this.querySelector('script[data-calculator-data]')?.textContent;
		if (!json) return;
		this.#data = JSON.parse(json) as CalculatorData;
		restoreAnswers(this, ML_TEST_SCORE_STORAGE_KEY, this.#data.tests, this.#data.questionSet);
		this.addEventListener('change', () => this.#update(true));
		wireReset(this, () => this.#update(true));
		this.#update(false);
		// Tells tests (and styles) that the element has started.
		this.toggleAttribute('data-ready', true);
	}

	#update(save: boolean) {
		const answers = readAnswers(this);
		if (save) saveAnswers(ML_TEST_SCORE_STORAGE_KEY, this.#data.questionSet, answers);
		const { bands } = this.#data;
		const result = mlTestScore(this.#data.tests, answers, bands);
		const band = bands[result.band]!;

		const final = this.querySelector<HTMLElement>('[data-final-score]');
		if (final) {
			final.dataset.finalScore = formatScore(result.final);
			final.textContent = formatScore(result.final);
		}
		const bandView = this.querySelector<HTMLElement>('[data-band]');
		if (bandView) bandView.dataset.band = String(result.band);
		const range = this.querySelector('[data-band-range]');
		if (range) range.textContent = `Band ${result.band + 1} of ${bands.length} (${band.range})`;
		const meaning = this.querySelector('[data-band-meaning]');
		if (meaning) meaning.textContent = band.meaning;
		for (const id of SECTIONS) {
			const row = this.querySelector<HTMLElement>(`[data-section="${id}"]`);
			const cell = row?.querySelector('[data-section-score]');
			if (cell) cell.textContent = formatScore(result.sections[id]);
			row?.toggleAttribute('data-weakest', result.weakest.includes(id) && result.answered > 0);
		}
		const progress = this.querySelector('[data-progress]');
		if (progress)
			progress.textContent = `${result.answered} of ${this.#data.tests.length} tests answered.`;
		if (this.#band !== -1 && this.#band !== result.band) {
			announce(this, `Final score ${formatScore(result.final)}, band ${result.band + 1} of 6.`);
		}
		this.#band = result.band;
	}
}

customElements.define('atlas-ml-test-score', AtlasMlTestScore);
