/**
 * `<atlas-self-check>`: starts the self-check (self-check-app.ts) when it is needed, so that a
 * first visit loads neither its script nor its model (issue 12). It starts at once when the
 * browser holds saved answers or the address holds a shared link, and otherwise on the reader's
 * first step into it: a pointer press, focus (keyboard), a change, a pasted share link, or
 * answers saved by another tab. Until then the server-rendered page is the state: answers ticked
 * meanwhile are read when it starts, and a button pressed meanwhile is pressed again then.
 */
import type { SelfCheckLinks } from './self-check-app';

/**
 * What the page tells the element (from src/lib/storage-keys.ts, passed in the page so that this
 * script imports no module the self-check's own script also needs, which would load it too).
 */
interface Config {
	links: SelfCheckLinks;
	/** The storage keys of saved self-check state. */
	stateKeys: string[];
	/** The fragment parameter of a share link. */
	shareParam: string;
}

/** Events inside the element that show the reader is about to use it. */
const INTENT = ['pointerdown', 'focusin', 'change'] as const;

/** Whether this browser holds self-check state to show (storage may be unavailable: none then). */
function hasSavedState(keys: readonly string[]): boolean {
	try {
		return keys.some((key) => localStorage.getItem(key) !== null);
	} catch {
		return false;
	}
}

class AtlasSelfCheck extends HTMLElement {
	#config!: Config;
	#starting: Promise<void> | undefined;
	/** Buttons pressed and files chosen before the self-check had started: done again after. */
	#queued: Element[] = [];
	readonly #onIntent = () => void this.#start();
	readonly #hasSharedLink = () => location.hash.startsWith(`#${this.#config.shareParam}=`);
	readonly #onHashChange = () => {
		if (this.#hasSharedLink()) void this.#start();
	};
	readonly #onStorage = (event: StorageEvent) => {
		if (event.key !== null && this.#config.stateKeys.includes(event.key)) void this.#start();
	};
	readonly #queue = (event: Event) => {
		const target = event.target as Element;
		const button = event.type === 'click' ? target.closest('button') : null;
		const file = event.type === 'change' && target.matches('input[type=file]') ? target : null;
		if (button ?? file) this.#queued.push((button ?? file)!);
	};

	connectedCallback() {
		const json = this.querySelector('script[data-self-check-config]')?.textContent;
		if (!json) return;
		this.#config = JSON.parse(json) as Config;
		if (hasSavedState(this.#config.stateKeys) || this.#hasSharedLink()) {
			void this.#start();
			return;
		}
		for (const type of INTENT) this.addEventListener(type, this.#onIntent, { capture: true });
		this.addEventListener('click', this.#queue, { capture: true });
		this.addEventListener('change', this.#queue, { capture: true });
		window.addEventListener('hashchange', this.#onHashChange);
		window.addEventListener('storage', this.#onStorage);
		// Nothing to show yet: the page as served is the self-check's state, ready for answers.
		this.toggleAttribute('data-ready', true);
	}

	#stopListening() {
		for (const type of INTENT) this.removeEventListener(type, this.#onIntent, { capture: true });
		this.removeEventListener('click', this.#queue, { capture: true });
		this.removeEventListener('change', this.#queue, { capture: true });
		window.removeEventListener('hashchange', this.#onHashChange);
		window.removeEventListener('storage', this.#onStorage);
	}

	/** Load the script and the model once, start, then replay what the reader did meanwhile. */
	#start(): Promise<void> {
		return (this.#starting ??= (async () => {
			const { links } = this.#config;
			try {
				const [{ SelfCheck }, data] = await Promise.all([
					import('./self-check-app'),
					fetch(links.model).then((response) => {
						if (!response.ok) throw new Error(`status ${response.status}`);
						return response.json();
					}),
				]);
				this.#stopListening();
				new SelfCheck(this, data, links).start();
			} catch {
				this.#starting = undefined; // The next step into the page tries again.
				const notice = this.querySelector<HTMLElement>('[data-notice]');
				const text = notice?.querySelector('[data-notice-text]');
				if (notice && text) {
					text.textContent =
						'The self-check could not load its scoring. Your answers stay in the page; check your connection, then answer again or reload to retry.';
					notice.hidden = false;
				}
				return;
			}
			for (const element of this.#queued.splice(0)) {
				if (element instanceof HTMLButtonElement) element.click();
				else element.dispatchEvent(new Event('change', { bubbles: true }));
			}
		})());
	}
}

customElements.define('atlas-self-check', AtlasSelfCheck);
