/**
 * Start an element's real script only when the reader is about to use it, so that a first visit
 * loads none of it (issue 12). `start` runs once, on the first pointer press, focus or change
 * inside `host` (or when `now` is true); a button pressed or a file chosen before it has finished
 * is pressed or chosen again after, so nothing the reader did is lost. If `start` fails, the next
 * step into the element tries again. Returns a function that starts at once (for outside
 * triggers, such as a pasted share link or another tab's change).
 */
const INTENT = ['pointerdown', 'focusin', 'change'] as const;

export function startOnIntent(host: HTMLElement, start: () => Promise<void>): () => Promise<void> {
	let starting: Promise<void> | undefined;
	const queued: Element[] = [];
	const onIntent = () => void run();
	const queue = (event: Event) => {
		const target = event.target as Element;
		const button = event.type === 'click' ? target.closest('button') : null;
		const file = event.type === 'change' && target.matches('input[type=file]') ? target : null;
		if (button ?? file) queued.push((button ?? file)!);
	};
	const listen = (on: boolean) => {
		const method = on ? 'addEventListener' : 'removeEventListener';
		for (const type of INTENT) host[method](type, onIntent, { capture: true });
		host[method]('click', queue, { capture: true });
		host[method]('change', queue, { capture: true });
	};
	function run(): Promise<void> {
		return (starting ??= start().then(
			() => {
				listen(false);
				for (const element of queued.splice(0)) {
					if (element instanceof HTMLButtonElement) element.click();
					else element.dispatchEvent(new Event('change', { bubbles: true }));
				}
			},
			() => {
				starting = undefined;
			}
		));
	}
	listen(true);
	return run;
}

/** Fetch JSON from this site; rejects on any failure (the caller says so and tries again later). */
export async function fetchJson(url: string): Promise<unknown> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: status ${response.status}`);
	return response.json();
}

/** Tell the reader, in the element's `[data-notice]` area, that its script could not be loaded. */
export function showLoadFailure(host: HTMLElement, text: string): void {
	const notice = host.querySelector<HTMLElement>('[data-notice]');
	const line = notice?.querySelector('[data-notice-text]');
	if (!notice || !line) return;
	line.textContent = text;
	notice.hidden = false;
}
