/**
 * The self-check at work: thin glue between the server-rendered questionnaire and the pure
 * modules, started by `<atlas-self-check>` (self-check-element.ts) when it is first needed. On
 * every change it scores every framework with the engine (src/lib/engine.ts), rewrites only the
 * results that changed, as text (never HTML), and saves the answers in localStorage. Share
 * links, imported files and stored data are decoded by the never-throwing codec; bad input gives
 * a notice and leaves the reader's answers as they were.
 *
 * The page holds the quick check's questions; the deep check's arrive when a deep section is
 * opened or saved answers include deep questions. Until they are in the page, answers to them
 * are kept aside (`#pending`) and counted, saved and exported like every other answer.
 */
import {
	BACKUP_STORAGE_KEY,
	HISTORY_STORAGE_KEY,
	MAX_FILE_BYTES,
	ML_TEST_SCORE_STORAGE_KEY,
	SNAPSHOTS_STORAGE_KEY,
	STORAGE_KEY,
	decodeAssessment,
	encodeAssessment,
	type Assessment,
} from '../../lib/assessment';
import { decodeShareFragment, encodeShareFragment } from '../../lib/share-link';
import { decodeExportFile } from '../../lib/snapshots';
import type { AnswerValue, Answers } from '../../lib/answers';
import {
	buildSelfCheckModel,
	evaluateAll,
	type EngineFramework,
	type EnginePractice,
	type Evidence,
	type Result,
	type SelfCheckModel,
} from '../../lib/engine';
import { TOP_STEPS, dimensionProfile, nextSteps } from '../../lib/next-steps';
import {
	addToHistory,
	describeEntry,
	readHistory,
	removeFromHistory,
	type HistoryEntry,
	type HistoryReason,
} from '../../lib/history';
import { markdownReport } from '../../lib/report';
import {
	coverageText,
	evidenceText,
	remainingText,
	resultHeadline,
	unansweredText,
} from '../../lib/result-text';
import { announce, applyAnswers, readAnswers, showNotice, wireReset } from './answer-form';
import { el } from '../dom';
import { download } from '../download';
import { readStored, writeStored } from '../storage';
import type { ProgressPanel } from './progress-view';

/** What the page hands over: the model's content (fetched) and where to find the rest. */
export interface SelfCheckData {
	frameworks: EngineFramework[];
	practices: EnginePractice[];
}
export interface SelfCheckLinks {
	practices: string;
	site: string;
	model: string;
	deep: string;
	advice: string;
}

/** Whether two answer sets hold the same answers, in any order. */
const sameAnswers = (a: Answers, b: Answers) =>
	Object.keys(a).length === Object.keys(b).length &&
	Object.entries(a).every(([id, value]) => b[id] === value);

export class SelfCheck {
	readonly #host: HTMLElement;
	#model: SelfCheckModel;
	readonly #data: SelfCheckData;
	readonly #links: SelfCheckLinks;
	/** Answers to questions not in the page (yet): the deep check's, until it is loaded. */
	#pending: Record<string, AnswerValue> = {};
	/** The deep check's questions, fetched once they are needed. */
	#deep: Promise<void> | undefined;
	/** Each practice's "Start manually" advice, fetched when a next step first needs it. */
	#advice: Promise<void> | undefined;
	#targets: Record<string, number | undefined> = {};
	/** Snapshots and the progress view. */
	#progress: ProgressPanel | undefined;
	#progressLoad: Promise<ProgressPanel | undefined> | undefined;
	/** What each result view shows now, to redraw only what changed. */
	#shown = new Map<string, string>();
	#stepsShown = '';
	/** Replaced answer sets, newest first; kept in memory too, for when storage fails. */
	#history: HistoryEntry[] = [];
	/** The saved answers as this tab last read or wrote them: what it has seen. */
	#seen: string | null = null;

	constructor(host: HTMLElement, data: SelfCheckData, links: SelfCheckLinks) {
		this.#host = host;
		this.#data = data;
		this.#links = links;
		this.#model = buildSelfCheckModel(data.frameworks, data.practices);
	}

	/** Take over the page: show saved or shared answers, then follow every change. */
	start() {
		// Answers given before the script arrived (its first click) are the newest: they win.
		const early = readAnswers(this.#host);
		this.#load();
		if (readStored(SNAPSHOTS_STORAGE_KEY) !== null) void this.#loadProgress();
		this.#on('[data-save-snapshot]', async () => {
			// The first save loads the progress view, which handles every later one itself.
			if (!this.#progress) (await this.#loadProgress())?.save();
		});
		if (Object.keys(early).length) this.#setAnswers({ ...this.#answers(), ...early });
		this.#host.addEventListener('change', (event) => {
			const target = event.target;
			if (target instanceof HTMLSelectElement && target.dataset.target) {
				this.#targets[target.dataset.target] =
					target.value === '' ? undefined : Number(target.value);
			}
			if (target instanceof HTMLInputElement && target.type === 'file') return;
			this.#update(true);
		});
		wireReset(
			this.#host,
			() => {
				this.#pending = {};
				this.#targets = {};
				this.#update(true);
				this.#offerUndo('Your answers are cleared.');
			},
			() => this.#keepAside('start-over')
		);
		this.#on('[data-share]', () => this.#share());
		this.#on('[data-export-json]', async () => {
			// Snapshots saved in this browser travel with the export.
			if (readStored(SNAPSHOTS_STORAGE_KEY) !== null) await this.#loadProgress();
			download(
				`mlops-self-check-${this.#today()}.json`,
				'application/json',
				`${JSON.stringify({ ...this.#assessment(), ...this.#snapshotsForExport() }, null, 2)}\n`
			);
		});
		this.#on('[data-export-md]', async () => {
			await this.#loadAdvice();
			const answers = this.#answers();
			const report = markdownReport(
				this.#model,
				evaluateAll(this.#model, answers, this.#targets),
				answers,
				new Date(),
				`${location.origin}${this.#links.site}`
			);
			download(`mlops-self-check-${this.#today()}.md`, 'text/markdown', report);
		});
		this.#on('[data-print]', () => window.print());
		this.#on('[data-restore]', () => {
			if (this.#history[0]) this.#restoreEntry(this.#history[0].id);
		});
		this.#host.querySelector('[data-history-list]')?.addEventListener('click', (event) => {
			const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
			const id = button?.closest<HTMLElement>('[data-history-id]')?.dataset.historyId;
			if (!button || !id) return;
			if (button.dataset.action === 'restore') this.#restoreEntry(id);
			else if (button.dataset.action === 'delete') this.#deleteEntry(id);
			else if (button.dataset.action === 'download') this.#downloadEntry(id);
		});
		this.#host
			.querySelector<HTMLInputElement>('[data-import]')
			?.addEventListener('change', (event) => void this.#import(event.target as HTMLInputElement));
		// Tabs agree: answers saved in another tab are shown here, never written over unseen.
		window.addEventListener('storage', (event) => {
			if (event.key === HISTORY_STORAGE_KEY) {
				this.#history = readHistory(event.newValue);
				this.#renderHistory();
			}
			if (event.key === STORAGE_KEY && event.newValue !== null) this.#takeOtherTab(event.newValue);
			if (event.key === SNAPSHOTS_STORAGE_KEY) void this.#loadProgress();
		});
		window.addEventListener('hashchange', () => {
			if (this.#openSharedLink()) this.#update(false);
		});
		window.addEventListener('beforeprint', () => {
			// The printed report shows every "why", every next step and every answer given.
			this.#host.querySelectorAll('details').forEach((d) => (d.open = true));
			const date = this.#host.querySelector('[data-print-date]');
			if (date)
				date.textContent = `MLOps maturity self-check, printed on ${this.#today()} (question set ${this.#model.questionSet}).`;
		});
		// A deep section opened (before the script arrived, or now) brings in its questions.
		this.#host.addEventListener(
			'toggle',
			(event) => {
				if (event.target instanceof HTMLDetailsElement && event.target.open) this.#loadDeep();
			},
			{ capture: true }
		);
		if (this.#host.querySelector('details[data-deep][open]')) this.#loadDeep();
		this.#update(Object.keys(early).length > 0);
		// Tells tests (and styles) that the self-check has started.
		this.#host.toggleAttribute('data-ready', true);
	}

	/** Every answer: the page's, and those kept aside for questions not in the page. */
	#answers(): Record<string, AnswerValue> {
		return { ...this.#pending, ...readAnswers(this.#host) };
	}

	/** Show exactly `answers`; those to questions not in the page are kept aside, and bring them in. */
	#setAnswers(answers: Readonly<Record<string, AnswerValue>>) {
		applyAnswers(this.#host, answers);
		const inPage = new Set(
			[...this.#host.querySelectorAll<HTMLInputElement>('input[type=radio]')].map((i) => i.name)
		);
		this.#pending = Object.fromEntries(Object.entries(answers).filter(([id]) => !inPage.has(id)));
		if (Object.keys(this.#pending).length) this.#loadDeep();
	}

	/**
	 * Put the deep check's questions into their sections, once, and tick the answers kept aside.
	 * Never throws: if they cannot be fetched, the sections say so and the answers stay kept.
	 */
	#loadDeep() {
		if (this.#deep) return;
		this.#deep = fetch(this.#links.deep)
			.then((response) => {
				if (!response.ok) throw new Error(`status ${response.status}`);
				return response.text();
			})
			.then((html) => {
				const parts = new DOMParser().parseFromString(html, 'text/html');
				for (const part of parts.querySelectorAll<HTMLElement>('[data-deep-part]')) {
					const section = this.#host.querySelector(
						`details[data-deep="${CSS.escape(part.dataset.deepPart!)}"]`
					);
					section?.querySelector('[data-deep-status]')?.replaceWith(...part.childNodes);
				}
				this.#setAnswers(this.#answers());
			})
			.catch(() => {
				this.#deep = undefined; // Opening a section again tries again.
				for (const status of this.#host.querySelectorAll('[data-deep-status]')) {
					status.textContent =
						'These questions could not be loaded; close and open the section to try again. Answers you gave to them before are kept.';
				}
			});
	}

	#on(selector: string, handler: () => void) {
		this.#host.querySelector(selector)?.addEventListener('click', handler);
	}

	#today() {
		return new Date().toISOString().slice(0, 10);
	}

	#assessment(): Assessment {
		return encodeAssessment(this.#model.questionSet, this.#answers(), new Date(), this.#targets);
	}

	/** Apply a decoded assessment to the page. */
	#apply(assessment: Assessment) {
		this.#setAnswers(assessment.answers);
		this.#targets = { ...assessment.targets };
		for (const select of this.#host.querySelectorAll<HTMLSelectElement>('select[data-target]')) {
			const target = this.#targets[select.dataset.target!];
			select.value = target === undefined ? '' : String(target);
		}
	}

	/**
	 * The snapshots and progress view (progress-view.ts), loaded when this browser holds snapshots
	 * or the reader first saves, exports or imports some: most visits never need it.
	 */
	#loadProgress(): Promise<ProgressPanel | undefined> {
		this.#progressLoad ??= import('./progress-view').then(
			({ ProgressPanel }) => {
				const root = this.#host.querySelector<HTMLElement>('[data-progress-view]');
				if (!root) return undefined;
				this.#progress = new ProgressPanel({
					root,
					model: () => this.#model,
					current: () => this.#now(),
					practiceHref: (id) => `${this.#links.practices}${id}/`,
					notice: (text) => showNotice(this.#host, text),
					keepUnreadable: (raw) => this.#keepAside('unreadable', raw),
					store: (key, value) => this.#store(key, value),
					stored: readStored,
				});
				return this.#progress;
			},
			() => {
				this.#progressLoad = undefined;
				showNotice(
					this.#host,
					'The snapshots could not be loaded; check your connection and try again. Your answers are unchanged.'
				);
				return undefined;
			}
		);
		return this.#progressLoad;
	}

	#snapshotsForExport() {
		const snapshots = this.#progress?.snapshots ?? [];
		return snapshots.length ? { snapshots: [...snapshots] } : {};
	}

	/** The answers and targets now, as the progress view compares them. */
	#now() {
		const targets = Object.fromEntries(
			Object.entries(this.#targets).filter((e): e is [string, number] => e[1] !== undefined)
		);
		return { taken: new Date().toISOString(), answers: this.#answers(), targets };
	}

	/** An input with no answer this version understands is unusable, never a reason to clear the form. */
	#nothingUsable(decoded: { ok: true; assessment: Assessment; dropped: string[] }): boolean {
		return Object.keys(decoded.assessment.answers).length === 0;
	}

	#decode(input: string) {
		const m = this.#model;
		return decodeAssessment(input, m.questions, m.questionSet, m.targetOptions, m.aliases);
	}

	/** Write to storage; says whether it worked, and tells the reader when it did not. */
	#store(key: string, value: string | null): boolean {
		// Storage full, blocked or disabled: keep working, and say so.
		const ok = writeStored(key, value);
		const warning = this.#host.querySelector<HTMLElement>('[data-storage-warning]');
		if (warning) warning.hidden = ok;
		return ok;
	}

	/**
	 * Save the answers, unless storage holds answers this tab has not seen (another tab saved
	 * them and its message has not arrived): those are kept in the history first.
	 */
	#save(answers: Answers) {
		const stored = readStored(STORAGE_KEY);
		if (stored !== null && this.#seen !== null && stored !== this.#seen) {
			const decoded = this.#decode(stored);
			const count = decoded.ok ? Object.keys(decoded.assessment.answers).length : 0;
			if (count) {
				this.#history = addToHistory(this.#history, {
					kept: new Date().toISOString(),
					reason: 'other-tab',
					count,
					data: stored,
				});
				this.#store(HISTORY_STORAGE_KEY, JSON.stringify(this.#history));
				this.#renderHistory();
			}
		}
		const value = JSON.stringify(
			encodeAssessment(this.#model.questionSet, answers, new Date(), this.#targets)
		);
		if (this.#store(STORAGE_KEY, value)) this.#seen = value;
	}

	/** Show the answers another tab saved; this tab's own, if different, go to the history. */
	#takeOtherTab(value: string) {
		this.#seen = value;
		const decoded = this.#decode(value);
		if (!decoded.ok) return;
		if (sameAnswers(this.#answers(), decoded.assessment.answers)) return;
		this.#setAnswers(decoded.assessment.answers);
		this.#targets = { ...decoded.assessment.targets };
		this.#update(false);
		showNotice(
			this.#host,
			'Your answers were changed in another tab of this browser; this tab now shows them.'
		);
	}

	/** Keep the current answers (or `data`, as stored) in the history before they are replaced. */
	#keepAside(reason: HistoryReason, data?: string) {
		const current = this.#assessment();
		const count = data === undefined ? Object.keys(current.answers).length : 0;
		if (data === undefined && count === 0) return;
		this.#history = addToHistory(this.#history, {
			kept: new Date().toISOString(),
			reason,
			count,
			data: data ?? JSON.stringify(current),
		});
		this.#store(HISTORY_STORAGE_KEY, JSON.stringify(this.#history));
		this.#renderHistory();
	}

	#renderHistory() {
		const section = this.#host.querySelector<HTMLElement>('[data-history]');
		const list = this.#host.querySelector('[data-history-list]');
		if (!section || !list) return;
		section.hidden = this.#history.length === 0;
		list.replaceChildren(
			...this.#history.map((entry) => {
				const item = el('li');
				item.dataset.historyId = entry.id;
				const button = (action: string, label: string) => {
					const b = el('button', label);
					b.type = 'button';
					b.className = 'atlas-button';
					b.dataset.action = action;
					return b;
				};
				item.append(
					el('span', `${describeEntry(entry)} `),
					entry.reason === 'unreadable'
						? button('download', 'Download it')
						: button('restore', 'Restore'),
					' ',
					button('delete', 'Delete')
				);
				return item;
			})
		);
	}

	/** Show the restore button, as "Undo", after answers were replaced. */
	#offerUndo(text: string) {
		const restore = this.#host.querySelector<HTMLElement>('[data-restore]');
		if (!restore || !this.#history.length) {
			showNotice(this.#host, text);
			return;
		}
		restore.textContent = 'Undo';
		restore.hidden = false;
		showNotice(this.#host, `${text} The answers you had are kept under “Previous answers”.`);
	}

	#restoreEntry(id: string) {
		const entry = this.#history.find((e) => e.id === id);
		if (!entry) return;
		const decoded = this.#decode(entry.data);
		if (!decoded.ok || this.#nothingUsable(decoded)) {
			showNotice(
				this.#host,
				`Those earlier answers could not be read (${decoded.ok ? 'no answer this version understands' : decoded.error}). They stay in the list; your answers are unchanged.`
			);
			return;
		}
		this.#history = removeFromHistory(this.#history, id);
		this.#keepAside('restore');
		this.#apply(decoded.assessment);
		this.#store(HISTORY_STORAGE_KEY, JSON.stringify(this.#history));
		this.#renderHistory();
		this.#host.querySelector<HTMLElement>('[data-restore]')!.hidden = true;
		showNotice(this.#host, 'Your earlier answers are back.');
		this.#update(true);
	}

	#deleteEntry(id: string) {
		this.#history = removeFromHistory(this.#history, id);
		this.#store(HISTORY_STORAGE_KEY, JSON.stringify(this.#history));
		this.#renderHistory();
	}

	#downloadEntry(id: string) {
		const entry = this.#history.find((e) => e.id === id);
		if (entry) download(`mlops-self-check-kept-${this.#today()}.txt`, 'text/plain', entry.data);
	}

	/** Start from a shared link if there is one, else from the answers saved in this browser. */
	#load() {
		this.#history = readHistory(readStored(HISTORY_STORAGE_KEY));
		// The first self-check kept one backup under a key of its own: move it into the history.
		const backup = readStored(BACKUP_STORAGE_KEY);
		if (backup !== null) {
			const decoded = this.#decode(backup);
			this.#history = addToHistory(this.#history, {
				kept: decoded.ok ? decoded.assessment.updated : new Date().toISOString(),
				reason: decoded.ok ? 'shared-link' : 'unreadable',
				count: decoded.ok ? Object.keys(decoded.assessment.answers).length : 0,
				data: backup,
			});
			if (this.#store(HISTORY_STORAGE_KEY, JSON.stringify(this.#history)))
				this.#store(BACKUP_STORAGE_KEY, null);
		}
		const stored = readStored(STORAGE_KEY);
		this.#seen = stored;
		const local = stored === null ? undefined : this.#decode(stored);
		if (local?.ok) this.#apply(local.assessment);
		else if (local && stored !== null) this.#keepAside('unreadable', stored);
		this.#renderHistory();
		this.#adoptCalculatorAnswers(local?.ok ? local.assessment : undefined);
		if (this.#openSharedLink()) return;
		if (local?.ok && local.notice) showNotice(this.#host, local.notice);
		else if (local && !local.ok) {
			showNotice(
				this.#host,
				`${local.error} Starting with no answers; what was saved is kept under “Previous answers”.`
			);
		}
	}

	/**
	 * The first ML Test Score calculator saved its answers on its own, with bare test ids. Take
	 * them over once, when the self-check holds no answer to those tests yet.
	 */
	#adoptCalculatorAnswers(current: Assessment | undefined) {
		const old = readStored(ML_TEST_SCORE_STORAGE_KEY);
		if (old === null) return;
		const rubric = this.#model.frameworks.find((f) => f.kind === 'rubric');
		if (!rubric) return;
		const prefix = `${rubric.id}:`;
		if (Object.keys(current?.answers ?? {}).some((id) => id.startsWith(prefix))) return;
		const aliases = Object.fromEntries(rubric.items.map((i) => [i.id, `${prefix}${i.id}`]));
		const m = this.#model;
		const decoded = decodeAssessment(old, m.questions, m.questionSet, {}, aliases);
		if (!decoded.ok) return;
		this.#setAnswers({ ...this.#answers(), ...decoded.assessment.answers });
		this.#save(this.#answers());
	}

	/**
	 * Show the answers of a shared link in the address (on load, or when a link is pasted into
	 * this tab). The reader's own answers are kept aside and can be restored; a bad link only
	 * gives a notice. Returns whether the address carried a shared self-check.
	 */
	#openSharedLink(): boolean {
		const m = this.#model;
		const shared = decodeShareFragment(
			location.hash,
			m.questions,
			m.questionSet,
			m.targetOptions,
			m.aliases
		);
		if (!shared) return false;
		history.replaceState(history.state, '', `${location.pathname}${location.search}`);
		if (!shared.ok || this.#nothingUsable(shared)) {
			showNotice(
				this.#host,
				`${shared.ok ? 'The shared link holds no answer this version of the check understands.' : shared.error} Your own answers are unchanged.`
			);
			return true;
		}
		const had = Object.keys(this.#answers()).length > 0;
		this.#keepAside('shared-link');
		this.#apply(shared.assessment);
		this.#save(this.#answers());
		const restore = this.#host.querySelector<HTMLElement>('[data-restore]')!;
		restore.textContent = 'Restore my previous answers';
		restore.hidden = !had;
		showNotice(
			this.#host,
			`Showing the answers from a shared link.${shared.notice ? ` ${shared.notice}` : ''}${had ? ' Your previous answers are kept under “Previous answers” and can be restored.' : ''}`
		);
		// A shared link opens on the summary of the results.
		requestAnimationFrame(() => this.#host.querySelector('[data-summary]')?.scrollIntoView());
		return true;
	}

	#share() {
		const url = `${location.origin}${location.pathname}#${encodeShareFragment(this.#assessment())}`;
		const done = () =>
			showNotice(
				this.#host,
				'Share link copied. The answers are in the part after "#", which is never sent to a server.'
			);
		const fallback = () => showNotice(this.#host, `Copy this link to share your answers: ${url}`);
		if (navigator.clipboard?.writeText) navigator.clipboard.writeText(url).then(done, fallback);
		else fallback();
		this.#host.dataset.shareUrl = url;
	}

	async #import(input: HTMLInputElement) {
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		const named = `“${file.name.slice(0, 80)}”`;
		if (file.size > MAX_FILE_BYTES) {
			showNotice(
				this.#host,
				`${named} is too large (over ${MAX_FILE_BYTES / 1000} KB) to be a self-check. Your answers are unchanged.`
			);
			return;
		}
		let text: string;
		try {
			text = await file.text();
		} catch {
			showNotice(this.#host, `${named} could not be read. Your answers are unchanged.`);
			return;
		}
		const m = this.#model;
		const decoded = decodeExportFile(text, m.questions, m.questionSet, m.targetOptions, m.aliases);
		const snapshots = decoded.ok ? (decoded.assessment.snapshots ?? []) : [];
		// A file of snapshots only adds them, and leaves the answers as they are.
		const progress = snapshots.length ? await this.#loadProgress() : undefined;
		if (decoded.ok && this.#nothingUsable(decoded) && progress) {
			const added = progress.merge(snapshots);
			showNotice(this.#host, `Added ${added} snapshots from ${named}. Your answers are unchanged.`);
			return;
		}
		if (!decoded.ok || this.#nothingUsable(decoded)) {
			showNotice(
				this.#host,
				`${named}: ${decoded.ok ? 'the file holds no answer this version of the check understands.' : decoded.error} Your answers are unchanged.`
			);
			return;
		}
		const current = this.#answers();
		if (
			Object.keys(current).length &&
			!window.confirm('Replace your current answers with the imported ones?')
		)
			return;
		this.#keepAside('import');
		this.#apply(decoded.assessment);
		const added = progress?.merge(snapshots) ?? 0;
		this.#update(true);
		const imported = `Imported ${Object.keys(decoded.assessment.answers).length} answers${added ? ` and ${added} snapshots` : ''} from ${named}.${decoded.notice ? ` ${decoded.notice}` : ''}`;
		if (Object.keys(current).length) this.#offerUndo(imported);
		else showNotice(this.#host, imported);
	}

	#update(save: boolean) {
		performance.mark('atlas-self-check-update-start');
		const answers = this.#answers();
		if (save) this.#save(answers);
		const results = evaluateAll(this.#model, answers, this.#targets);
		this.#render(results, answers);
		this.#progress?.render();
		performance.measure('atlas-self-check-update', 'atlas-self-check-update-start');
	}

	#render(results: Result[], answers: Answers) {
		const changes: string[] = [];
		for (const result of results) {
			const key = JSON.stringify(result);
			if (this.#shown.get(result.id) === key) continue;
			const before = this.#shown.get(result.id);
			this.#shown.set(result.id, key);
			this.#renderResult(result);
			if (before !== undefined) changes.push(`${result.label}: ${this.#headline(result)}`);
		}
		const quick = this.#model.questions.filter((q) => q.quick);
		const answeredQuick = quick.filter((q) => Object.hasOwn(answers, q.id)).length;
		const answeredDeep = Object.keys(answers).length - answeredQuick;
		const progress = this.#host.querySelector<HTMLProgressElement>('[data-progress]');
		if (progress) progress.value = answeredQuick;
		const progressText = this.#host.querySelector('[data-progress-text]');
		if (progressText) progressText.textContent = `${answeredQuick} of ${quick.length} answered`;
		const deep = this.#host.querySelector('[data-deep-progress]');
		if (deep) deep.textContent = answeredDeep ? ` and ${answeredDeep} in the deep check` : '';
		const summary = this.#host.querySelector<HTMLElement>('[data-summary]');
		if (summary) summary.hidden = Object.keys(answers).length === 0;
		this.#renderNextSteps(results, answers);
		this.#renderChart(answers);
		if (changes.length) announce(this.#host, `Result changed. ${changes.join('. ')}.`);
	}

	#headline(result: Result) {
		const fw = this.#model.frameworks.find((f) => f.id === result.frameworkId);
		return resultHeadline(result, fw?.levelTerm);
	}

	#link(evidence: Evidence) {
		const isPractice = this.#model.practices.some((p) => p.id === evidence.questionId);
		const text = evidenceText(this.#model, evidence);
		if (!isPractice) return el('span', text);
		const link = el('a', evidence.title);
		link.href = `${this.#links.practices}${evidence.questionId}/`;
		const span = el('span');
		span.append(link, text.slice(evidence.title.length));
		return span;
	}

	#list(evidence: Evidence[]) {
		const list = el('ul');
		for (const e of evidence) {
			const item = el('li');
			item.dataset.question = e.questionId;
			item.append(this.#link(e));
			list.append(item);
		}
		return list;
	}

	#renderResult(result: Result) {
		const view = this.#host.querySelector<HTMLElement>(
			`[data-result-for="${CSS.escape(result.id)}"]`
		);
		const headline = this.#headline(result);
		const summary = this.#host.querySelector(
			`[data-summary-for="${CSS.escape(result.id)}"] [data-summary-text]`
		);
		if (summary) summary.textContent = headline;
		if (!view) return;
		Object.assign(view.dataset, {
			status: result.status,
			level: result.level === undefined ? '' : String(result.level),
			answered: String(result.answered),
			asked: String(result.asked),
		});
		view.querySelector('[data-headline]')!.textContent = headline;
		const coverage = view.querySelector('[data-coverage]');
		if (coverage) coverage.textContent = coverageText(result);
		const gap = view.querySelector('[data-gap]');
		if (gap) {
			gap.textContent = !result.target
				? ''
				: result.target.gap
					? `${result.target.gap} to go`
					: 'Target reached';
		}
		const inPlace = view.querySelector('[data-in-place]');
		if (inPlace) {
			inPlace.replaceChildren(
				...(result.inPlace.length
					? [el('p', 'In place:'), this.#list(result.inPlace)]
					: [el('p', 'Nothing this result counts is in place yet.')])
			);
		}
		const blockers = view.querySelector('[data-blockers]');
		if (blockers) {
			const goal = result.target?.gap
				? `your target (${result.target.name})`
				: result.next
					? result.next.name
					: '';
			const answered = result.blockers.filter((e) => e.answer !== undefined);
			const open = result.blockers.filter((e) => e.answer === undefined);
			blockers.replaceChildren(
				...(result.blockers.length && goal && result.status === 'scored'
					? [
							el('p', `Standing between you and ${goal}:`),
							...(answered.length ? [this.#list(answered)] : []),
							...(open.length ? [el('p', unansweredText(open))] : []),
						]
					: [])
			);
		}
		const remaining = view.querySelector('[data-remaining]');
		if (remaining) remaining.textContent = remainingText(result);
	}

	/**
	 * Fetch the advice once and rebuild the model with it; never throws (without it, steps show
	 * without advice). Next steps are drawn again when it arrives.
	 */
	#loadAdvice(): Promise<void> {
		return (this.#advice ??= fetch(this.#links.advice)
			.then((response) => (response.ok ? response.json() : {}))
			.catch(() => ({}))
			.then((advice: unknown) => {
				const text = (id: string) => {
					const value = (advice as Record<string, unknown> | null)?.[id];
					return typeof value === 'string' ? value : '';
				};
				this.#model = buildSelfCheckModel(
					this.#data.frameworks,
					this.#data.practices.map((p) => ({ ...p, startManually: text(p.id) }))
				);
				this.#update(false);
			}));
	}

	#renderNextSteps(results: Result[], answers: Answers) {
		const steps = nextSteps(this.#model, results, answers);
		if (steps.length) void this.#loadAdvice();
		const key = JSON.stringify(steps);
		if (key === this.#stepsShown) return;
		this.#stepsShown = key;
		const item = (step: (typeof steps)[number], detail: boolean) => {
			const li = el('li');
			const link = el('a', step.title);
			link.href = `${this.#links.practices}${step.practiceId}/`;
			li.append(link);
			if (!detail) return li;
			const meta = el(
				'span',
				`${step.unlocks.length ? ` · helps ${step.unlocks.join(', ')}` : ' · needed first by another step'}${step.needsAutomation ? ' · needs automation' : ''}`
			);
			meta.className = 'atlas-muted';
			li.append(meta);
			if (step.startManually) li.append(el('p', `Start manually: ${step.startManually}`));
			return li;
		};
		this.#host
			.querySelector('[data-next-steps]')
			?.replaceChildren(...steps.slice(0, TOP_STEPS).map((s) => item(s, true)));
		const rest = steps.slice(TOP_STEPS);
		this.#host
			.querySelector('[data-next-steps-rest]')
			?.replaceChildren(...rest.map((s) => item(s, true)));
		const more = this.#host.querySelector<HTMLElement>('[data-more-steps]');
		if (more) more.hidden = rest.length === 0;
		const moreSummary = this.#host.querySelector('[data-more-steps-summary]');
		if (moreSummary) moreSummary.textContent = `All next steps (${rest.length} more)`;
		const intro = this.#host.querySelector('[data-next-steps-intro]');
		if (intro && Object.keys(answers).length) {
			intro.textContent = steps.length
				? 'The three steps that matter most for your answers: what other steps build on comes first, then what helps the most frameworks.'
				: 'No answer so far points to a next step. Answer more questions, or open the deep check, to see what remains.';
		}
	}

	#renderChart(answers: Answers) {
		const svg = this.#host.querySelector<SVGSVGElement>('[data-chart]');
		const width = Number(svg?.dataset.barWidth ?? 0);
		for (const d of dimensionProfile(this.#model, answers)) {
			const percent = `${Math.round(d.score * 100)} %`;
			const group = svg?.querySelector(`g[data-dimension="${CSS.escape(d.id)}"]`);
			group?.querySelector('[data-bar]')?.setAttribute('width', String(width * d.score));
			const value = group?.querySelector('[data-value]');
			if (value) value.textContent = percent;
			const row = this.#host.querySelector(`tr[data-dimension="${CSS.escape(d.id)}"]`);
			if (row) {
				row.querySelector('[data-score]')!.textContent = percent;
				row.querySelector('[data-unanswered]')!.textContent = `${d.unanswered} of ${d.asked}`;
			}
		}
	}
}
