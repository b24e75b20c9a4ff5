/**
 * `<site-search>`: opens and closes the search dialog, and loads the search UI on intent (see
 * src/components/overrides/Search.astro). Loading starts when the reader points at, focuses or
 * presses the button, or presses Ctrl/⌘ K; what they type before it is ready is searched for
 * as soon as it is.
 */
type SearchUi = typeof import('./search-ui');

class SiteSearch extends HTMLElement {
	#ui: Promise<void> | undefined;

	connectedCallback() {
		const open = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
		const close = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
		const dialog = this.querySelector('dialog')!;
		const frame = this.querySelector('.dialog-frame')!;

		// A click on a result link, or outside the dialog's frame, closes it.
		const onWindowClick = (event: MouseEvent) => {
			const target = event.target as Node;
			if ('href' in target || (document.body.contains(target) && !frame.contains(target))) {
				dialog.close();
			}
		};
		const show = (event?: Event) => {
			this.#load();
			dialog.showModal();
			document.body.toggleAttribute('data-search-modal-open', true);
			this.querySelector<HTMLInputElement>('input')?.focus();
			event?.stopPropagation();
			window.addEventListener('click', onWindowClick);
		};
		dialog.addEventListener('close', () => {
			document.body.toggleAttribute('data-search-modal-open', false);
			window.removeEventListener('click', onWindowClick);
		});
		open.addEventListener('click', show);
		for (const intent of ['pointerenter', 'focus', 'touchstart'])
			open.addEventListener(intent, () => this.#load(), { once: true, passive: true });
		close.addEventListener('click', () => dialog.close());
		window.addEventListener('keydown', (event) => {
			if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
				event.preventDefault();
				if (dialog.open) dialog.close();
				else show();
			}
		});
		if (/(Mac|iPhone|iPod|iPad)/i.test(navigator.platform)) {
			const key = open.querySelector('kbd kbd');
			if (key) key.textContent = '⌘';
			open.setAttribute('aria-keyshortcuts', 'Meta+K');
		}
		open.disabled = false;
	}

	/** Fetch and start the search UI once; later calls reuse the first. */
	#load(): Promise<void> {
		return (this.#ui ??= import('./search-ui').then((ui: SearchUi) => {
			const early = this.querySelector<HTMLInputElement>('input[data-early]');
			let translations = {};
			try {
				translations = JSON.parse(this.dataset.translations ?? '{}');
			} catch {
				// Fall back to Pagefind's own English labels.
			}
			ui.mount(this.querySelector<HTMLElement>('#starlight__search')!, {
				translations,
				term: early?.value ?? '',
				focus: early !== null && document.activeElement === early,
			});
			early?.remove();
		}));
	}
}

customElements.define('site-search', SiteSearch);
