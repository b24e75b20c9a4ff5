/**
 * `<atlas-compare>`: narrows the compare page to the chosen frameworks (two or three) and
 * dimension, keeps the choice in the URL, and ignores unknown URL values with a notice.
 */
import {
	MAX_COMPARED,
	parseSelection,
	serializeSelection,
	type CompareSelection,
} from '../../lib/compare';

class AtlasCompare extends HTMLElement {
	#known!: { frameworks: string[]; dimensions: string[] };

	connectedCallback() {
		this.#known = JSON.parse(this.dataset.known ?? '{"frameworks":[],"dimensions":[]}');
		const { selection, ignored } = parseSelection(location.search, this.#known);
		if (ignored.length) {
			const notice = this.querySelector<HTMLElement>('[data-notice]')!;
			notice.textContent = `Ignored part of the link (${ignored.join(', ')}); showing the rest of the selection.`;
			notice.hidden = false;
		}
		this.#apply(selection, false);
		this.addEventListener('change', () => this.#apply(this.#read(), true));
		// Tells tests (and styles) that the element has started.
		this.toggleAttribute('data-ready', true);
	}

	#read(): CompareSelection {
		const frameworks = [
			...this.querySelectorAll<HTMLInputElement>('input[name=framework]:checked'),
		].map((i) => i.value);
		const dimension = this.querySelector<HTMLSelectElement>('[data-dimension-select]')?.value;
		return { frameworks, ...(dimension ? { dimension } : {}) };
	}

	#apply(selection: CompareSelection, updateUrl: boolean) {
		const chosen = selection.frameworks.length >= 2 ? new Set(selection.frameworks) : undefined;
		for (const input of this.querySelectorAll<HTMLInputElement>('input[name=framework]')) {
			input.checked = selection.frameworks.includes(input.value);
			input.disabled = !input.checked && selection.frameworks.length >= MAX_COMPARED;
		}
		for (const cell of this.querySelectorAll<HTMLElement>('[data-framework]')) {
			cell.hidden = chosen !== undefined && !chosen.has(cell.dataset.framework!);
		}
		const select = this.querySelector<HTMLSelectElement>('[data-dimension-select]');
		if (select) select.value = selection.dimension ?? '';
		for (const section of this.querySelectorAll<HTMLElement>('section[data-dimension]')) {
			section.hidden =
				selection.dimension !== undefined && section.dataset.dimension !== selection.dimension;
		}
		const summary = this.querySelector('[data-summary]');
		if (summary) {
			const what = chosen
				? `${chosen.size} frameworks`
				: `all ${this.#known.frameworks.length} frameworks`;
			const hint =
				selection.frameworks.length === 1 ? ' Choose one more framework to narrow the view.' : '';
			summary.textContent = `Showing ${what} and ${selection.dimension ? 'one dimension' : 'every dimension'}.${hint}`;
		}
		if (updateUrl) {
			const query = serializeSelection({
				frameworks: chosen ? selection.frameworks : [],
				...(selection.dimension ? { dimension: selection.dimension } : {}),
			});
			history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
		}
	}
}

customElements.define('atlas-compare', AtlasCompare);
