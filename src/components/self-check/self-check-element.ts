/**
 * `<atlas-self-check>`: starts the self-check (self-check-app.ts) when it is needed, so that a
 * first visit loads neither its script nor its model (issue 12). It starts at once when the
 * browser holds saved answers or the address holds a shared link, and otherwise on the reader's
 * first step into it: a pointer press, focus (keyboard), a change, a pasted share link, or
 * answers saved by another tab. Until then the server-rendered page is the state: answers ticked
 * meanwhile are read when it starts, and a button pressed meanwhile is pressed again then.
 */
import { fetchJson, showLoadFailure, startOnIntent } from '../start-on-intent';
import { readStored } from '../storage';
import type { SelfCheckData, SelfCheckLinks } from './self-check-app';

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

/** Whether this browser holds self-check state to show (storage may be unavailable: none then). */
const hasSavedState = (keys: readonly string[]) => keys.some((key) => readStored(key) !== null);

class AtlasSelfCheck extends HTMLElement {
	#config!: Config;

	connectedCallback() {
		const json = this.querySelector('script[data-self-check-config]')?.textContent;
		if (!json) return;
		this.#config = JSON.parse(json) as Config;
		const start = startOnIntent(this, () => this.#start());
		const shared = () => location.hash.startsWith(`#${this.#config.shareParam}=`);
		if (hasSavedState(this.#config.stateKeys) || shared()) {
			void start();
			return;
		}
		const onHashChange = () => {
			if (shared()) void start();
		};
		const onStorage = (event: StorageEvent) => {
			if (event.key !== null && this.#config.stateKeys.includes(event.key)) void start();
		};
		window.addEventListener('hashchange', onHashChange);
		window.addEventListener('storage', onStorage);
		this.addEventListener(
			'atlas:started',
			() => {
				window.removeEventListener('hashchange', onHashChange);
				window.removeEventListener('storage', onStorage);
			},
			{ once: true }
		);
		// Nothing to show yet: the page as served is the self-check's state, ready for answers.
		this.toggleAttribute('data-ready', true);
	}

	/** Load the script and the model, and start; on failure, say so (and reject, to try again). */
	async #start(): Promise<void> {
		const { links } = this.#config;
		try {
			const [{ SelfCheck }, data] = await Promise.all([
				import('./self-check-app'),
				fetchJson(links.model),
			]);
			new SelfCheck(this, data as SelfCheckData, links).start();
			this.dispatchEvent(new Event('atlas:started'));
		} catch (error) {
			showLoadFailure(
				this,
				'The self-check could not load its scoring. Your answers stay in the page; check your connection, then answer again or reload to retry.'
			);
			throw error;
		}
	}
}

customElements.define('atlas-self-check', AtlasSelfCheck);
