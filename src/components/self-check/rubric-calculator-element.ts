/**
 * `<atlas-rubric-calculator>`: starts the calculator (rubric-calculator-app.ts) on the reader's
 * first step into it, or at once when this browser holds saved answers or another tab saves
 * some, so that a first visit loads none of its script (issue 12). Until then the page as
 * served, every test unanswered and every score 0, is the calculator's state.
 */
import { startOnIntent } from '../start-on-intent';
import { readStored } from '../storage';

class AtlasRubricCalculator extends HTMLElement {
	connectedCallback() {
		const keys = JSON.parse(this.dataset.stateKeys ?? '[]') as string[];
		const start = startOnIntent(this, async () => {
			const { RubricCalculator } = await import('./rubric-calculator-app');
			new RubricCalculator(this).start();
		});
		if (keys.some((key) => readStored(key) !== null)) {
			void start();
			return;
		}
		const onStorage = (event: StorageEvent) => {
			if (event.key !== null && keys.includes(event.key)) {
				window.removeEventListener('storage', onStorage);
				void start();
			}
		};
		window.addEventListener('storage', onStorage);
		this.toggleAttribute('data-ready', true);
	}
}

customElements.define('atlas-rubric-calculator', AtlasRubricCalculator);
