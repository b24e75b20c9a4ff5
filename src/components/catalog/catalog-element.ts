/**
 * `<atlas-practice-catalog>`: enables the catalog's filters. Reads the filters from the URL
 * (ignoring unknown ones with a notice), shows the matching practices, keeps option counts and
 * the URL in step with the selection. The matching itself lives in src/lib/catalog.ts.
 */
import {
	FACETS,
	countsFor,
	matches,
	parseFilters,
	serializeFilters,
	type CatalogEntry,
	type Facet,
	type Filters,
	type Vocabulary,
} from '../../lib/catalog';

class AtlasPracticeCatalog extends HTMLElement {
	#entries: Array<CatalogEntry & { element: HTMLElement }> = [];
	#vocabulary!: Vocabulary;
	#selects = new Map<Facet, HTMLSelectElement>();
	#labels = new Map<HTMLOptionElement, string>();

	connectedCallback() {
		this.#vocabulary = JSON.parse(this.dataset.vocabulary ?? '{}') as Vocabulary;
		this.#entries = [...this.querySelectorAll<HTMLElement>('li[data-practice]')].map((element) => ({
			element,
			id: element.dataset.practice!,
			frameworks: (element.dataset.frameworks ?? '').split(' ').filter(Boolean),
			levels: (element.dataset.levels ?? '').split(' ').filter(Boolean),
			dimension: element.dataset.dimension ?? '',
			answer: element.dataset.answer ?? '',
		}));
		for (const select of this.querySelectorAll<HTMLSelectElement>('select[data-facet]')) {
			this.#selects.set(select.dataset.facet as Facet, select);
			for (const option of select.options) this.#labels.set(option, option.textContent ?? '');
		}
		const { filters, ignored } = parseFilters(location.search, this.#vocabulary);
		if (ignored.length) {
			const notice = this.querySelector<HTMLElement>('[data-notice]')!;
			notice.textContent = `Ignored a filter this page does not know (${ignored.join(', ')}); showing every practice that matches the rest.`;
			notice.hidden = false;
		}
		this.#apply(filters, false);
		this.addEventListener('change', (event) => {
			if (!(event.target instanceof HTMLSelectElement)) return;
			this.#apply(this.#read(), true);
		});
		for (const button of this.querySelectorAll('[data-clear]')) {
			button.addEventListener('click', () => this.#apply({}, true));
		}
		// Tells tests (and styles) that the element has started.
		this.toggleAttribute('data-ready', true);
	}

	/** The filters as currently selected. */
	#read(): Filters {
		const filters: Filters = {};
		for (const facet of FACETS) {
			const value = this.#selects.get(facet)?.value;
			if (value) filters[facet] = value;
		}
		if (filters.level && !filters.level.startsWith(`${filters.framework}:`)) delete filters.level;
		if (!filters.level) delete filters.scope;
		return filters;
	}

	#apply(filters: Filters, updateUrl: boolean) {
		performance.mark('atlas-catalog-filter-start');
		let shown = 0;
		for (const entry of this.#entries) {
			const visible = matches(entry, filters);
			entry.element.hidden = !visible;
			if (visible) shown++;
		}
		for (const group of this.querySelectorAll<HTMLElement>('[data-group]')) {
			const visible = group.querySelectorAll('li[data-practice]:not([hidden])').length;
			group.hidden = visible === 0;
			const count = group.querySelector('[data-group-count]');
			if (count) count.textContent = `(${visible})`;
		}
		for (const facet of FACETS) this.#syncSelect(facet, filters);
		const summary = this.querySelector('[data-summary]');
		if (summary) {
			summary.textContent =
				shown === this.#entries.length
					? `Showing all ${shown} practices.`
					: `Showing ${shown} of ${this.#entries.length} practices.`;
		}
		this.querySelector<HTMLElement>('[data-empty]')!.hidden = shown > 0;
		if (updateUrl)
			history.replaceState(
				history.state,
				'',
				`${location.pathname}${serializeFilters(filters)}${location.hash}`
			);
		performance.measure('atlas-catalog-filter', 'atlas-catalog-filter-start');
	}

	/** Set a select to the filter's value and refresh its option counts. */
	#syncSelect(facet: Facet, filters: Filters) {
		const select = this.#selects.get(facet);
		if (!select) return;
		const values = [...select.options].map((o) => o.value).filter(Boolean);
		const counts = countsFor(this.#entries, filters, facet, values);
		for (const option of select.options) {
			if (!option.value) continue;
			option.textContent = `${this.#labels.get(option)} (${counts.get(option.value) ?? 0})`;
			if (facet === 'level') option.hidden = option.dataset.framework !== filters.framework;
		}
		if (facet === 'level')
			select.disabled =
				!filters.framework || !values.some((v) => v.startsWith(`${filters.framework}:`));
		if (facet === 'scope') select.disabled = !filters.level;
		select.value = filters[facet] ?? '';
	}
}

customElements.define('atlas-practice-catalog', AtlasPracticeCatalog);
