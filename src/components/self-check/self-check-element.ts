/**
 * `<atlas-self-check>`: thin glue between the server-rendered questionnaire and the pure
 * modules. On every change it recomputes all results with `evaluate` (src/lib/self-check.ts),
 * writes them as text and SVG attributes (never HTML), and saves the answers in localStorage.
 * Share links, imported files and stored data are decoded by the never-throwing codec; bad
 * input gives a notice and leaves the reader's answers as they were.
 */
import { answerLabel, type AnswerValue } from '../../lib/answers';
import {
	BACKUP_STORAGE_KEY,
	MAX_INPUT_BYTES,
	STORAGE_KEY,
	decodeAssessment,
	decodeShareFragment,
	encodeAssessment,
	encodeShareFragment,
	type Assessment,
	type Question,
	type TargetOptions,
} from '../../lib/assessment';
import { markdownReport } from '../../lib/report';
import {
	evaluate,
	type Evaluation,
	type LadderOutcome,
	type SelfCheckModel,
} from '../../lib/self-check';
import {
	announce,
	applyAnswers,
	download,
	readAnswers,
	showNotice,
	wireReset,
} from './answer-form';

interface SelfCheckData {
	model: SelfCheckModel;
	links: { practices: string; frameworks: string; site: string };
}

/** Create an element with text content only. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = ''): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.textContent = text;
	return node;
}

class AtlasSelfCheck extends HTMLElement {
	#model!: SelfCheckModel;
	#links!: SelfCheckData['links'];
	#questions: Question[] = [];
	#targetOptions: TargetOptions = {};
	#targets: Record<string, number | undefined> = {};
	#levels = new Map<string, number>();

	connectedCallback() {
		const json = this.querySelector('script[data-self-check-data]')?.textContent;
		if (!json) return;
		({ model: this.#model, links: this.#links } = JSON.parse(json) as SelfCheckData);
		this.#questions = [
			...this.#model.practices.map((p) => ({ id: p.id, answer: p.answer })),
			...this.#model.themes.themes.map((t) => ({ id: `theme-${t.id}`, answer: 'choice' as const })),
		];
		this.#targetOptions = Object.fromEntries(
			this.#model.ladders.map((l) => [l.id, l.levels.map((x) => x.n)])
		);

		this.#load();
		this.addEventListener('change', (event) => {
			const target = event.target;
			if (target instanceof HTMLSelectElement && target.dataset.target) {
				this.#targets[target.dataset.target] =
					target.value === '' ? undefined : Number(target.value);
			}
			if (target instanceof HTMLInputElement && target.type === 'file') return;
			this.#update(true);
		});
		wireReset(this, () => {
			this.#targets = {};
			this.#update(true);
		});
		this.#on('[data-share]', () => this.#share());
		this.#on('[data-export-json]', () =>
			download(
				`mlops-self-check-${this.#today()}.json`,
				'application/json',
				`${JSON.stringify(this.#assessment(), null, 2)}\n`
			)
		);
		this.#on('[data-export-md]', () => {
			const answers = readAnswers(this);
			const report = markdownReport(
				this.#model,
				evaluate(this.#model, answers, this.#targets),
				answers,
				new Date(),
				`${location.origin}${this.#links.site}`
			);
			download(`mlops-self-check-${this.#today()}.md`, 'text/markdown', report);
		});
		this.#on('[data-print]', () => window.print());
		this.#on('[data-restore]', () => this.#restoreBackup());
		this.querySelector<HTMLInputElement>('[data-import]')?.addEventListener(
			'change',
			(event) => void this.#import(event.target as HTMLInputElement)
		);
		window.addEventListener('hashchange', () => {
			if (this.#openSharedLink()) this.#update(false);
		});
		window.addEventListener('beforeprint', () =>
			this.querySelectorAll('details').forEach((d) => (d.open = true))
		);
		this.querySelector<HTMLElement>('[data-toolbar]')!.hidden = false;
		this.#update(false);
		// Tells tests (and styles) that the element has started.
		this.toggleAttribute('data-ready', true);
	}

	#on(selector: string, handler: () => void) {
		this.querySelector(selector)?.addEventListener('click', handler);
	}

	#today() {
		return new Date().toISOString().slice(0, 10);
	}

	#assessment(): Assessment {
		return encodeAssessment(this.#model.questionSet, readAnswers(this), new Date(), this.#targets);
	}

	/** Apply a decoded assessment to the page. */
	#apply(assessment: Assessment) {
		applyAnswers(this, assessment.answers);
		this.#targets = { ...assessment.targets };
	}

	/** A decoded input whose every entry was dropped is treated as unusable, not as "no answers". */
	#nothingUsable(decoded: { ok: true; assessment: Assessment; dropped: string[] }): boolean {
		return Object.keys(decoded.assessment.answers).length === 0 && decoded.dropped.length > 0;
	}

	#decode(input: string) {
		return decodeAssessment(input, this.#questions, this.#model.questionSet, this.#targetOptions);
	}

	#stored(key: string): string | null {
		try {
			return localStorage.getItem(key);
		} catch {
			return null; // Storage may be disabled; the check still works without it.
		}
	}

	#store(key: string, value: string | null) {
		try {
			if (value === null) localStorage.removeItem(key);
			else localStorage.setItem(key, value);
		} catch {
			/* Storage full or disabled: keep working without saving. */
		}
	}

	/** Start from a shared link if there is one, else from the answers saved in this browser. */
	#load() {
		const stored = this.#stored(STORAGE_KEY);
		const local = stored === null ? undefined : this.#decode(stored);
		if (local?.ok) this.#apply(local.assessment);
		if (this.#openSharedLink()) return;
		if (local?.ok && local.notice) showNotice(this, local.notice);
		else if (local && !local.ok) {
			showNotice(
				this,
				`${local.error} Starting with no answers; the saved data stays as it is until you answer.`
			);
		}
	}

	/**
	 * Show the answers of a shared link in the address (on load, or when a link is pasted into
	 * this tab). The reader's own answers are kept aside and can be restored; a bad link only
	 * gives a notice. Returns whether the address carried a shared self-check.
	 */
	#openSharedLink(): boolean {
		const shared = decodeShareFragment(
			location.hash,
			this.#questions,
			this.#model.questionSet,
			this.#targetOptions
		);
		if (!shared) return false;
		history.replaceState(history.state, '', `${location.pathname}${location.search}`);
		if (!shared.ok || this.#nothingUsable(shared)) {
			showNotice(
				this,
				`${shared.ok ? 'The shared link holds no answer this version of the check understands.' : shared.error} Your own answers are unchanged.`
			);
			return true;
		}
		const own = this.#assessment();
		if (Object.keys(own.answers).length) this.#store(BACKUP_STORAGE_KEY, JSON.stringify(own));
		this.#apply(shared.assessment);
		this.#store(STORAGE_KEY, JSON.stringify(this.#assessment()));
		const hasBackup =
			this.#stored(BACKUP_STORAGE_KEY) !== null && Object.keys(own.answers).length > 0;
		showNotice(
			this,
			`Showing the answers from a shared link.${shared.notice ? ` ${shared.notice}` : ''}${hasBackup ? ' Your previous answers are kept and can be restored.' : ''}`
		);
		this.querySelector<HTMLElement>('[data-restore]')!.hidden = !hasBackup;
		return true;
	}

	#restoreBackup() {
		const backup = this.#stored(BACKUP_STORAGE_KEY);
		const decoded = backup === null ? undefined : this.#decode(backup);
		if (!decoded?.ok) return;
		this.#apply(decoded.assessment);
		this.#store(BACKUP_STORAGE_KEY, null);
		this.querySelector<HTMLElement>('[data-restore]')!.hidden = true;
		showNotice(this, 'Your previous answers are back.');
		this.#update(true);
	}

	#share() {
		const url = `${location.origin}${location.pathname}#${encodeShareFragment(this.#assessment())}`;
		const done = () =>
			showNotice(
				this,
				'Share link copied. The answers are in the part after "#", which is never sent to a server.'
			);
		const fallback = () => showNotice(this, `Copy this link to share your answers: ${url}`);
		if (navigator.clipboard?.writeText) navigator.clipboard.writeText(url).then(done, fallback);
		else fallback();
		this.dataset.shareUrl = url;
	}

	async #import(input: HTMLInputElement) {
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		if (file.size > MAX_INPUT_BYTES) {
			showNotice(
				this,
				`That file is too large (over ${MAX_INPUT_BYTES / 1000} KB) to be a self-check. Your answers are unchanged.`
			);
			return;
		}
		let text: string;
		try {
			text = await file.text();
		} catch {
			showNotice(this, 'That file could not be read. Your answers are unchanged.');
			return;
		}
		const decoded = this.#decode(text);
		if (!decoded.ok || this.#nothingUsable(decoded)) {
			showNotice(
				this,
				`${decoded.ok ? 'The file holds no answer this version of the check understands.' : decoded.error} Your answers are unchanged.`
			);
			return;
		}
		const current = readAnswers(this);
		if (
			Object.keys(current).length &&
			!window.confirm('Replace your current answers with the imported ones?')
		)
			return;
		this.#apply(decoded.assessment);
		showNotice(
			this,
			`Imported ${Object.keys(decoded.assessment.answers).length} answers.${decoded.notice ? ` ${decoded.notice}` : ''}`
		);
		this.#update(true);
	}

	#update(save: boolean) {
		performance.mark('atlas-self-check-update-start');
		const answers = readAnswers(this);
		if (save)
			this.#store(
				STORAGE_KEY,
				JSON.stringify(
					encodeAssessment(this.#model.questionSet, answers, new Date(), this.#targets)
				)
			);
		const result = evaluate(this.#model, answers, this.#targets);
		this.#render(result, answers);
		performance.measure('atlas-self-check-update', 'atlas-self-check-update-start');
	}

	#render(result: Evaluation, answers: Record<string, AnswerValue>) {
		const changes: string[] = [];
		result.ladders.forEach((outcome, i) => {
			const framework = this.#model.ladders[i]!;
			const view = this.querySelector<HTMLElement>(
				`[data-result-for="${CSS.escape(framework.id)}"]`
			);
			if (view) this.#renderLadder(view, outcome, framework.levelTerm, answers);
			const before = this.#levels.get(framework.id);
			if (before !== undefined && before !== outcome.result.level)
				changes.push(`${framework.shortName}: ${this.#label(outcome, framework.levelTerm)}`);
			this.#levels.set(framework.id, outcome.result.level);
		});
		for (const theme of result.themes) {
			const view = this.querySelector<HTMLElement>(
				`[data-result-for="${CSS.escape(`${this.#model.themes.frameworkId}:${theme.id}`)}"]`
			);
			if (!view) continue;
			view.dataset.level = String(theme.phase);
			view.querySelector('[data-level-label]')!.textContent = theme.phase
				? `Phase ${theme.phase} · ${theme.phaseName}`
				: 'Not answered';
		}
		const marvelous = this.querySelector<HTMLElement>(
			`[data-result-for="${this.#model.marvelous.frameworkId}"]`
		);
		if (marvelous) {
			const m = result.marvelous;
			Object.assign(marvelous.dataset, {
				met: String(m.met),
				covered: String(m.covered),
				total: String(m.total),
			});
			marvelous.querySelector('[data-marvelous-text]')!.textContent =
				`${m.met} of the ${m.covered} baseline statements this check covers are in place`;
		}
		const mlts = this.querySelector<HTMLElement>(
			`[data-result-for="${this.#model.mlTestScore.frameworkId}"]`
		);
		if (mlts) {
			mlts.dataset.estimate = String(result.mlTestScore.estimate);
			mlts.querySelector('[data-estimate-text]')!.textContent = String(result.mlTestScore.estimate);
		}
		this.#renderNextSteps(result);
		this.#renderChart(result);
		const progress = this.querySelector<HTMLProgressElement>('[data-progress]');
		if (progress) progress.value = result.answered;
		const progressText = this.querySelector('[data-progress-text]');
		if (progressText) progressText.textContent = `${result.answered} of ${result.total} answered`;
		if (changes.length) announce(this, `Result changed. ${changes.join('. ')}.`);
	}

	#label(outcome: LadderOutcome, term: string): string {
		const r = outcome.result;
		return r.belowFirstLevel ? r.levelName : `${term} ${r.level} · ${r.levelName}`;
	}

	#practice(id: string) {
		return this.#model.practices.find((p) => p.id === id)!;
	}

	#link(id: string) {
		const link = el('a', this.#practice(id).title);
		link.href = `${this.#links.practices}${id}/`;
		return link;
	}

	#renderLadder(
		view: HTMLElement,
		outcome: LadderOutcome,
		term: string,
		answers: Record<string, AnswerValue>
	) {
		const { result } = outcome;
		const lower = term.toLowerCase();
		view.dataset.level = String(result.level);
		view.querySelector('[data-level-label]')!.textContent = this.#label(outcome, term);
		const select = view.querySelector<HTMLSelectElement>('select[data-target]');
		if (select) select.value = outcome.target === undefined ? '' : String(outcome.target);
		const gap = view.querySelector('[data-gap]');
		if (gap) {
			gap.textContent =
				outcome.target === undefined
					? ''
					: outcome.gap
						? `${outcome.gap} ${lower}${outcome.gap === 1 ? '' : 's'} to go`
						: 'Target reached';
		}
		const satisfied = view.querySelector('[data-satisfied]');
		if (satisfied) {
			if (!result.satisfied.length)
				satisfied.replaceChildren(
					el('p', `In place so far: none of the practices of the ${lower}s above the first.`)
				);
			else {
				const list = el('ul');
				for (const v of result.satisfied) {
					const item = el('li');
					item.append(
						this.#link(v.practiceId),
						` (${answerLabel(this.#practice(v.practiceId).answer, answers[v.practiceId]).toLowerCase()}, ${term} ${v.level})`
					);
					list.append(item);
				}
				satisfied.replaceChildren(el('p', 'In place:'), list);
			}
		}
		const blockers = view.querySelector('[data-blockers]');
		if (!blockers) return;
		if (!result.next) {
			blockers.replaceChildren(el('p', `This is the framework's highest ${lower}.`));
			return;
		}
		const list = el('ul');
		for (const blocker of outcome.toward) {
			const item = el('li');
			item.dataset.verdict = blocker.verdict;
			const detail = `${answerLabel(this.#practice(blocker.practiceId).answer, blocker.answer).toLowerCase()}${blocker.needsAutomation ? ', needs it automated' : ''}`;
			item.append(this.#link(blocker.practiceId), ` (${detail})`);
			list.append(item);
		}
		const goal =
			outcome.target !== undefined && outcome.target > result.level
				? `${term} ${outcome.target} (your target)`
				: `${term} ${result.next.n} · ${result.next.name}`;
		blockers.replaceChildren(el('p', `To reach ${goal}:`), list);
	}

	#renderNextSteps(result: Evaluation) {
		const list = this.querySelector('[data-next-steps]');
		if (!list) return;
		const items = result.nextSteps.map((step) => {
			const item = el('li');
			const meta = el(
				'span',
				`${step.unlocks.length ? ` · helps ${step.unlocks.join(', ')}` : ' · needed first by another step'}${step.needsAutomation ? ' · needs automation' : ''}`
			);
			meta.className = 'atlas-muted';
			item.append(
				this.#link(step.practiceId),
				meta,
				el('p', `Start manually: ${step.startManually}`)
			);
			return item;
		});
		if (!items.length) items.push(el('li', 'Nothing blocks the next level of any framework.'));
		list.replaceChildren(...items);
	}

	#renderChart(result: Evaluation) {
		const svg = this.querySelector<SVGSVGElement>('[data-chart]');
		const width = Number(svg?.dataset.barWidth ?? 0);
		for (const d of result.dimensions) {
			const percent = `${Math.round(d.score * 100)} %`;
			const group = svg?.querySelector(`g[data-dimension="${CSS.escape(d.id)}"]`);
			group?.querySelector('[data-bar]')?.setAttribute('width', String(width * d.score));
			const value = group?.querySelector('[data-value]');
			if (value) value.textContent = percent;
			const row = this.querySelector(`tr[data-dimension="${CSS.escape(d.id)}"]`);
			if (row) {
				row.querySelector('[data-score]')!.textContent = percent;
				row.querySelector('[data-unanswered]')!.textContent = `${d.unanswered} of ${d.asked}`;
			}
		}
	}
}

customElements.define('atlas-self-check', AtlasSelfCheck);
