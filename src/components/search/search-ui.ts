/**
 * The search UI proper, fetched on intent by `<site-search>`: Pagefind's default UI with the
 * site's ranking settings, its styles and the atlas's adjustments (search-ui.css).
 */
// @ts-expect-error Pagefind's UI package ships no types.
import { PagefindUI } from '@pagefind/default-ui';
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import stylesUrl from './search-ui.css?url';

const base = import.meta.env.BASE_URL;

/** Add the UI's styles to the page, once. (A plain CSS import would be linked from every page.) */
function addStyles(): void {
	if (document.querySelector('link[data-search-styles]')) return;
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = stylesUrl;
	link.dataset.searchStyles = '';
	document.head.append(link);
}

/** Start the UI in `element`; run the search for `term` when the reader typed one already. */
export function mount(
	element: HTMLElement,
	options: { translations: object; term: string; focus: boolean }
): void {
	addStyles();
	const ui = new PagefindUI({
		...pagefindUserConfig,
		element,
		baseUrl: base,
		bundlePath: `${base.replace(/\/$/, '')}/pagefind/`,
		showImages: false,
		showSubResults: true,
		translations: options.translations,
	});
	const input = element.querySelector<HTMLInputElement>(
		'.pagefind-ui__search-input:not([data-early])'
	);
	if (options.term) ui.triggerSearch(options.term);
	if (options.focus) input?.focus();
}
