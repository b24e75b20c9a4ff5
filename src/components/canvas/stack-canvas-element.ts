/**
 * `<atlas-stack-canvas>`: keeps the server-rendered canvas in this browser's storage as the
 * reader types, restores it, exports it as Markdown or JSON, imports a JSON export, clears and
 * prints it. It never loses the reader's text: storage that fails leaves the text on the page
 * and says so; a stored value it cannot read is left alone until the reader types, then kept
 * aside; and a version saved by another tab never replaces text this tab has not saved yet.
 * Everything read from storage or a file goes through the codec in src/lib/canvas.ts and is
 * written to the page as text only. Like the codec, it imports nothing the self-check loads, so
 * that no script file is shared between the two (docs/decisions/0013-stack-canvas.md).
 */
import {
	MAX_CANVAS_CHARS,
	canvasFileName,
	canvasJson,
	canvasMarkdown,
	canvasStorageKey,
	decodeCanvas,
	isEmptyCanvas,
	mergeCanvas,
	sameText,
	tooLargeMessage,
	type CanvasModel,
	type CanvasState,
} from '../../lib/canvas';

/** How long typing must pause before the canvas is saved. */
const SAVE_DELAY = 400;
/** How the element names what it reads, in messages. */
const STORED = 'The canvas saved in this browser';
const OTHER_TAB = 'The canvas saved in another tab';

/** Why storage refused to keep the text: no room left, or storage blocked or turned off. */
type Refusal = 'full' | 'blocked';

/** This browser's localStorage; undefined where it is blocked (reading the property throws then). */
function browserStorage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

/** What is stored under `key`, or null. */
const storedText = (key: string) => browserStorage()?.getItem(key) ?? null;

/** Store `value` under `key`; undefined when it worked, else why it did not. */
function storeText(key: string, value: string): Refusal | undefined {
	const storage = browserStorage();
	if (!storage) return 'blocked';
	try {
		storage.setItem(key, value);
		return undefined;
	} catch (error) {
		return (error as { name?: string }).name === 'QuotaExceededError' ? 'full' : 'blocked';
	}
}

/** Point an export link at `text` as a file, just before the browser follows it. */
function offerFile(link: HTMLAnchorElement, name: string, type: string, text: string) {
	if (link.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
	link.href = URL.createObjectURL(new Blob([text], { type }));
	link.download = name;
}

/**
 * Where the reader's text stands, on the element as `data-state` (for styles and tests):
 * `saved`, `pending` (a save is due), `failed` (storage refused it), `conflict` (another tab
 * saved a different version while this one had unsaved text).
 */
type SaveState = 'saved' | 'pending' | 'failed' | 'conflict';

class AtlasStackCanvas extends HTMLElement {
	#model!: CanvasModel;
	#key = '';
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** What storage held when this tab last read or wrote it. */
	#seen: string | null = null;
	/**
	 * The stored version this tab's text is based on: the one it last wrote, or read and took in
	 * whole. What changed since then, here or in another tab, is what the two tabs' changes are.
	 */
	#base: string | null = null;
	/** When the text last changed (ISO), kept with it. */
	#updated: string | undefined;
	/** Stored text this page could not read; nothing is written over it until the reader types. */
	#unreadable: string | undefined;
	/** A version another tab saved that changes the same blocks as unsaved text here. */
	#theirs: string | undefined;

	connectedCallback() {
		const json = this.querySelector('script[data-canvas-data]')?.textContent;
		if (!json) return;
		this.#model = JSON.parse(json) as CanvasModel;
		this.#key = canvasStorageKey(this.#model.framework);
		this.#load();
		// Text typed before the script started (or restored by the browser) prints too.
		for (const field of this.#fields()) this.#mirror(field);
		this.addEventListener('input', (event) => {
			const target = event.target as HTMLElement;
			if (target instanceof HTMLTextAreaElement) this.#mirror(target);
			if (target.matches('textarea[data-block-text], input[data-title]')) this.#changed();
		});
		// The exports are links: each click points its link at a file of the canvas as it is now.
		for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-export]')) {
			link.addEventListener('click', () => this.#export(link));
		}
		this.querySelector<HTMLInputElement>('[data-import]')?.addEventListener(
			'change',
			(event) => void this.#import(event.target as HTMLInputElement)
		);
		this.#on('[data-print]', () => window.print());
		this.#on('[data-clear]', () => this.#clear());
		this.#on('[data-keep-mine]', () => this.#keepMine());
		this.#on('[data-take-theirs]', () => this.#takeTheirs());
		this.querySelector<HTMLAnchorElement>('a[data-download-unreadable]')?.addEventListener(
			'click',
			(event) => this.#downloadUnreadable(event)
		);
		window.addEventListener('storage', (event) => {
			if (event.key === this.#key) this.#otherTab(event.newValue);
		});
		// Leaving the tab or the page saves at once rather than after the pause.
		window.addEventListener('pagehide', () => this.#flush());
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'hidden') this.#flush();
		});
		// Text that could not be saved is only on this page: ask before it goes.
		window.addEventListener('beforeunload', (event) => {
			this.#flush();
			if (this.dataset.state === 'failed' || this.dataset.state === 'conflict') {
				event.preventDefault();
			}
		});
		// Tells tests (and styles) that the element has started.
		this.toggleAttribute('data-ready', true);
	}

	#on(selector: string, handler: () => void) {
		this.querySelector(selector)?.addEventListener('click', handler);
	}

	#fields() {
		return this.querySelectorAll<HTMLTextAreaElement>('textarea[data-block-text]');
	}

	#titleField() {
		return this.querySelector<HTMLInputElement>('input[data-title]');
	}

	/** The canvas as the page shows it now. */
	#read(): CanvasState {
		const blocks: Record<string, string> = {};
		for (const field of this.#fields()) {
			if (field.value !== '') blocks[field.dataset.blockText!] = field.value;
		}
		const title = this.#titleField()?.value ?? '';
		return {
			...(title ? { title } : {}),
			...(this.#updated ? { updated: this.#updated } : {}),
			blocks,
		};
	}

	/** Copy a field's text to the paragraph the printout shows in its place. */
	#mirror(field: HTMLTextAreaElement) {
		const print = field.parentElement?.querySelector('[data-print-text]');
		if (print) print.textContent = field.value;
	}

	/** Show `state` in the fields; a field whose text is already right is left alone (and keeps its cursor). */
	#apply(state: CanvasState) {
		for (const field of this.#fields()) {
			const id = field.dataset.blockText!;
			const text = Object.hasOwn(state.blocks, id) ? state.blocks[id]! : '';
			if (field.value !== text) field.value = text;
			this.#mirror(field);
		}
		const title = this.#titleField();
		if (title && title.value !== (state.title ?? '')) title.value = state.title ?? '';
		this.#updated = state.updated;
	}

	/** Tell the reader something (a live region: screen readers read it out). */
	#say(text: string) {
		const status = this.querySelector('[data-status]');
		if (status) status.textContent = text;
	}

	/** Show exactly the choice buttons named (by their data attribute); none hides the row. */
	#offer(...names: string[]) {
		const row = this.querySelector<HTMLElement>('[data-choices]');
		if (!row) return;
		row.hidden = names.length === 0;
		for (const button of row.querySelectorAll<HTMLElement>('button, a')) {
			button.hidden = !names.some((name) => button.hasAttribute(name));
		}
	}

	#setState(state: SaveState, line?: string) {
		this.dataset.state = state;
		const saved = this.querySelector('[data-save-state]');
		if (saved && line !== undefined) saved.textContent = line;
	}

	/** Start from what this browser saved; anything unreadable is left as it was, with a message. */
	#load() {
		const stored = storedText(this.#key);
		this.#seen = stored;
		if (stored === null) return;
		const decoded = decodeCanvas(stored, this.#model, STORED);
		if (!decoded.ok) {
			this.#unreadable = stored;
			this.#say(
				`${decoded.error} It is left as it was until you type here; then it is kept aside in this browser. You can download it first.`
			);
			this.#offer('data-download-unreadable');
			return;
		}
		this.#base = stored;
		this.#apply(decoded.state);
		const kept = storedText(this.#asideKey()) !== null;
		if (kept) this.#offer('data-download-unreadable');
		const aside = kept
			? 'A canvas this page could not read earlier is kept aside in this browser until you download it.'
			: '';
		if (decoded.notice || kept) this.#say([decoded.notice, aside].filter(Boolean).join(' '));
		if (decoded.state.updated) {
			this.#setState(
				'saved',
				`Restored from this browser; last changed ${this.#when(decoded.state.updated)}.`
			);
		}
	}

	#when(iso: string) {
		return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
	}

	#changed() {
		this.#updated = new Date().toISOString();
		clearTimeout(this.#timer);
		if (this.#theirs !== undefined) return; // Waiting for the reader's choice (#otherTab).
		this.#setState('pending');
		this.#timer = setTimeout(() => this.#save(), SAVE_DELAY);
	}

	/** Save now if a save is due. */
	#flush() {
		if (this.#timer !== undefined || this.dataset.state === 'failed') this.#save();
	}

	/**
	 * Write the canvas to storage, unless that would lose text: while another tab's version of the
	 * same blocks waits for the reader's choice, or before unreadable data is kept aside.
	 */
	#save() {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		if (this.#theirs !== undefined) return;
		// What the page shows is about to be written: until it is, it counts as unsaved.
		if (this.dataset.state === 'saved') this.#setState('pending');
		const stored = storedText(this.#key);
		if (stored !== null && stored !== this.#seen) {
			// Another tab saved since this one last looked, and its message has not arrived yet.
			this.#otherTab(stored);
			clearTimeout(this.#timer);
			this.#timer = undefined;
			if (this.#theirs !== undefined) return;
		}
		if (this.#unreadable !== undefined && !this.#keepAside()) return;
		const value = canvasJson(this.#model.framework, this.#read());
		const refusal = storeText(this.#key, value);
		if (refusal) {
			this.#failed(refusal);
			return;
		}
		const wasFailing = this.dataset.state === 'failed';
		this.#seen = this.#base = value;
		this.#setState('saved', `Saved in this browser at ${new Date().toLocaleTimeString()}.`);
		if (wasFailing) this.#say('Your canvas is saved in this browser again.');
	}

	#failed(refusal: Refusal) {
		this.#setState(
			'failed',
			refusal === 'full' ? 'Not saved: storage is full.' : 'Not saved: storage is blocked.'
		);
		this.#say(
			`${refusal === 'full' ? "This browser's storage is full" : 'This browser does not let the page use its storage'}, so your latest changes are not saved. They stay on this page: export the canvas (Markdown or JSON) before you close it. Saving is tried again as you type.`
		);
	}

	/**
	 * Before the first save over data this page could not read, keep that data under a key of its
	 * own. Says whether the save may go ahead.
	 */
	#keepAside(): boolean {
		if (storeText(this.#asideKey(), this.#unreadable!)) {
			this.#setState('failed', 'Not saved yet.');
			this.#say(
				'Your text is not saved yet: saving it would replace the canvas this page could not read, and there is no room to keep that one aside. Download it first; your text stays on this page.'
			);
			return false;
		}
		this.#unreadable = undefined;
		this.#say(
			'The canvas this page could not read is kept aside in this browser, and your text is now saved in its place. You can still download the old one.'
		);
		return true;
	}

	#downloadUnreadable(event: MouseEvent) {
		const link = event.currentTarget as HTMLAnchorElement;
		const aside = this.#unreadable === undefined;
		const data = this.#unreadable ?? storedText(this.#asideKey());
		if (data === null) {
			event.preventDefault();
			this.#offer();
			return;
		}
		const date = new Date().toISOString().slice(0, 10);
		offerFile(link, `${this.#model.framework}-unreadable-${date}.txt`, 'text/plain', data);
		// The reader has it now, so the browser need not keep it, and saving over it loses nothing.
		this.#unreadable = undefined;
		if (aside) browserStorage()?.removeItem(this.#asideKey());
		this.#say(
			'The canvas this page could not read is downloaded; this browser no longer keeps it.'
		);
		setTimeout(() => this.#offer()); // Once the browser has followed the link.
		if (this.dataset.state === 'failed') this.#save();
	}

	/** Where a stored canvas this page could not read is kept once the reader types. */
	#asideKey() {
		return `${this.#key}:unreadable`;
	}

	/**
	 * Another tab saved the canvas (`null`: it was removed, which changes nothing here). A tab
	 * whose text is all saved shows the new version; a tab with unsaved changes keeps them and
	 * takes in the other tab's, and asks only where both changed the same block.
	 */
	#otherTab(value: string | null) {
		if (value === null || value === this.#seen) return;
		this.#seen = value;
		const decoded = decodeCanvas(value, this.#model, OTHER_TAB);
		if (!decoded.ok) {
			// Say, from a newer version of the site in the other tab: never written over unseen.
			this.#unreadable = value;
			this.#say(
				`${decoded.error} This tab keeps its own text, and keeps that version aside in this browser when it saves.`
			);
			this.#offer('data-download-unreadable');
			return;
		}
		const here = this.#read();
		if (this.dataset.state === 'saved') {
			this.#base = value;
			if (sameText(decoded.state, here)) return;
			this.#apply(decoded.state);
			this.#say('This canvas was changed in another tab; this tab now shows those changes.');
			return;
		}
		const { state, conflicts } = mergeCanvas(this.#baseState(), here, decoded.state);
		this.#apply(state);
		if (conflicts.length === 0) {
			this.#base = value;
			this.#theirs = undefined;
			this.#offer();
			const failing = this.dataset.state === 'failed';
			this.#say(
				`Another tab saved changes to this canvas while this tab had unsaved ones; this tab now shows both${failing ? '. Its own changes are still not saved, as storage refused them: export the canvas before you close this tab.' : ', and saves them together.'}`
			);
			// A tab whose storage refused its text tries again when the reader types.
			if (!failing) this.#changed();
			return;
		}
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#theirs = value;
		this.#setState('conflict', 'Not saved: waiting for your choice.');
		this.#say(
			`${this.#places(conflicts)} changed both here and in another tab. So that neither text is lost, this tab shows its own there and has stopped saving: keep this tab’s text, or load the other tab’s for ${conflicts.length === 1 ? 'it' : 'them'}. Every other change, from either tab, is kept.`
		);
		this.#offer('data-keep-mine', 'data-take-theirs');
	}

	/** The stored version this tab's text is based on, decoded (empty when there is none). */
	#baseState(): CanvasState {
		const decoded = this.#base === null ? undefined : decodeCanvas(this.#base, this.#model, STORED);
		return decoded?.ok ? decoded.state : { blocks: {} };
	}

	/** Block ids (and `title`) as the reader knows them: “Model Deployment”, the name. */
	#places(ids: string[]) {
		const blocks = this.#model.areas.flatMap((area) => area.blocks);
		const names = ids.map((id) =>
			id === 'title'
				? 'The name of the application'
				: `“${blocks.find((b) => b.id === id)?.name ?? id}”`
		);
		return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
	}

	/** Resolve a conflict with this tab's text where both tabs changed a block. */
	#keepMine() {
		if (this.#theirs === undefined) return;
		this.#base = this.#theirs;
		this.#theirs = undefined;
		this.#offer();
		this.#changed();
		this.#save();
		if (this.dataset.state === 'saved') {
			this.#say(
				'This tab’s text is saved, with the other tab’s other changes; other tabs show it too.'
			);
		}
	}

	/** Resolve a conflict with the other tab's text where both tabs changed a block. */
	#takeTheirs() {
		if (this.#theirs === undefined) return;
		const theirs = decodeCanvas(this.#theirs, this.#model, OTHER_TAB);
		if (
			!theirs.ok ||
			!window.confirm(
				'Replace this tab’s text with the other tab’s where both changed the same block? What you typed there in this tab will be lost; export it first if you need it.'
			)
		)
			return;
		const { state } = mergeCanvas(this.#baseState(), theirs.state, this.#read());
		this.#base = this.#theirs;
		this.#theirs = undefined;
		this.#apply(state);
		this.#offer();
		this.#changed();
		this.#save();
		this.#say('This tab now shows the other tab’s text where both changed the same block.');
	}

	#export(link: HTMLAnchorElement) {
		const state = this.#read();
		const markdown = link.dataset.export === 'md';
		offerFile(
			link,
			canvasFileName(this.#model.framework, state, markdown ? 'md' : 'json', new Date()),
			markdown ? 'text/markdown' : 'application/json',
			markdown
				? canvasMarkdown(this.#model, state, `${location.origin}${location.pathname}`)
				: canvasJson(this.#model.framework, state)
		);
	}

	#clear() {
		if (isEmptyCanvas(this.#read())) {
			this.#say('The canvas is already empty.');
			return;
		}
		if (
			!window.confirm(
				'Clear every block and the name of this canvas? This cannot be undone; export it first if you may need it again.'
			)
		)
			return;
		this.#apply({ blocks: {} });
		this.#changed();
		this.#save();
		this.#say('The canvas is cleared.');
	}

	async #import(input: HTMLInputElement) {
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		const name = `“${file.name.length > 80 ? `${file.name.slice(0, 80)}…` : file.name}”`;
		const unchanged = 'Your canvas is unchanged.';
		if (file.size > MAX_CANVAS_CHARS) {
			this.#say(`${tooLargeMessage(name)} ${unchanged}`);
			return;
		}
		let text: string;
		try {
			text = await file.text();
		} catch {
			this.#say(`${name} could not be read. ${unchanged}`);
			return;
		}
		const decoded = decodeCanvas(text, this.#model, name);
		if (!decoded.ok) {
			this.#say(`${decoded.error} ${unchanged}`);
			return;
		}
		if (isEmptyCanvas(decoded.state)) {
			this.#say(`${name} holds no text for this canvas. ${unchanged}`);
			return;
		}
		const current = this.#read();
		if (
			!isEmptyCanvas(current) &&
			!sameText(current, decoded.state) &&
			!window.confirm(`Replace the text of this canvas with the one in ${name}?`)
		)
			return;
		this.#apply(decoded.state);
		this.#updated = decoded.state.updated ?? new Date().toISOString();
		this.#save();
		const filled = Object.keys(decoded.state.blocks).length;
		this.#say(
			`Imported ${name}: ${filled} ${filled === 1 ? 'block' : 'blocks'} filled in.${decoded.notice ? ` ${decoded.notice}` : ''}`
		);
	}
}

customElements.define('atlas-stack-canvas', AtlasStackCanvas);
