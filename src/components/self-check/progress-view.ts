/**
 * The self-check's snapshots and progress view: glue between the `ProgressView.astro` markup,
 * localStorage and src/lib/progress.ts. Snapshots are read and written through the same
 * never-throwing decoder as every other input; a list this tab cannot read is kept aside (in the
 * history, by the caller), never overwritten unseen, and a full storage keeps the snapshot in
 * this tab and in the export, with a notice.
 */
import {
	ASSESSMENT_FORMAT,
	ASSESSMENT_FORMAT_VERSION,
	MAX_NAME_LENGTH,
	MAX_SNAPSHOTS,
	SNAPSHOTS_STORAGE_KEY,
	type Snapshot,
} from '../../lib/assessment';
import type { SelfCheckModel } from '../../lib/engine';
import { decodeExportFile } from '../../lib/snapshots';
import { el } from '../dom';
import { compareProgress, levelSeries, sparkline, type AnswersAt } from '../../lib/progress';

export interface ProgressHost {
	root: HTMLElement;
	model: () => SelfCheckModel;
	/** The answers (and targets) now. */
	current: () => AnswersAt;
	practiceHref: (id: string) => string;
	notice: (text: string) => void;
	/** Keep text that could not be read where the reader can download it. */
	keepUnreadable: (raw: string) => void;
	/** Write to storage; says whether it worked. */
	store: (key: string, value: string) => boolean;
	stored: (key: string) => string | null;
}

const NOW = 'now';
const CHART = { width: 120, height: 24 };

const day = (iso: string) => iso.slice(0, 10);
const title = (s: Snapshot) => (s.name ? `${s.name} (${day(s.taken)})` : day(s.taken));

export class ProgressPanel {
	readonly #host: ProgressHost;
	/** Newest first. */
	#snapshots: Snapshot[] = [];

	constructor(host: ProgressHost) {
		this.#host = host;
		const root = host.root;
		this.#snapshots = this.#read(host.stored(SNAPSHOTS_STORAGE_KEY));
		root.querySelector('[data-save-snapshot]')?.addEventListener('click', () => this.save());
		root.querySelector('[data-snapshot-list]')?.addEventListener('click', (event) => {
			const id = (event.target as Element)
				.closest('button[data-delete-snapshot]')
				?.getAttribute('data-delete-snapshot');
			if (id) this.#delete(id);
		});
		for (const select of root.querySelectorAll('[data-compare-from], [data-compare-to]'))
			select.addEventListener('change', () => this.render());
		window.addEventListener('storage', (event) => {
			if (event.key !== SNAPSHOTS_STORAGE_KEY) return;
			this.#snapshots = this.#read(event.newValue);
			this.render();
		});
		this.render();
	}

	/** The snapshots, newest first, for the export file. */
	get snapshots(): readonly Snapshot[] {
		return this.#snapshots;
	}

	/** Add snapshots from an imported file (those already here, by id, are kept as they are). */
	merge(incoming: readonly Snapshot[]): number {
		const stored = this.#read(this.#host.stored(SNAPSHOTS_STORAGE_KEY));
		const known = new Set([...this.#snapshots, ...stored].map((s) => s.id));
		const added = incoming.filter((s) => !known.has(s.id));
		this.#write(this.#union(stored, [...this.#snapshots, ...added]));
		return added.length;
	}

	/** Decode a stored list; unreadable text is kept aside and the list starts empty. */
	#read(raw: string | null): Snapshot[] {
		if (raw === null) return [];
		const m = this.#host.model();
		const decoded = decodeExportFile(raw, m.questions, m.questionSet, m.targetOptions, m.aliases);
		if (decoded.ok) return decoded.assessment.snapshots ?? [];
		this.#host.keepUnreadable(raw);
		this.#host.notice(
			`Your saved snapshots could not be read (${decoded.error}) They are kept under “Previous answers”, where you can download them.`
		);
		return [];
	}

	/** Snapshots of both lists, by id, newest first, at most MAX_SNAPSHOTS. */
	#union(a: readonly Snapshot[], b: readonly Snapshot[]): Snapshot[] {
		const byId = new Map([...a, ...b].map((s) => [s.id, s]));
		return [...byId.values()]
			.sort((x, y) => y.taken.localeCompare(x.taken))
			.slice(0, MAX_SNAPSHOTS);
	}

	/** Keep `snapshots` here and in storage; a failed write keeps them here, with a notice. */
	#write(snapshots: Snapshot[]): boolean {
		this.#snapshots = snapshots;
		const m = this.#host.model();
		const ok = this.#host.store(
			SNAPSHOTS_STORAGE_KEY,
			JSON.stringify({
				format: ASSESSMENT_FORMAT,
				formatVersion: ASSESSMENT_FORMAT_VERSION,
				questionSet: m.questionSet,
				updated: new Date().toISOString(),
				answers: {},
				snapshots,
			})
		);
		this.render();
		return ok;
	}

	/** Save the answers now as a snapshot, with the name typed, if any. */
	save() {
		const now = this.#host.current();
		if (!Object.keys(now.answers).length) {
			this.#host.notice('Answer some questions first: a snapshot of no answers shows no progress.');
			return;
		}
		const input = this.#host.root.querySelector<HTMLInputElement>('[data-snapshot-name]');
		const name = (input?.value ?? '').trim().slice(0, MAX_NAME_LENGTH);
		const snapshot: Snapshot = {
			id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
			...(name ? { name } : {}),
			taken: now.taken,
			answers: { ...now.answers },
			...(now.targets && Object.keys(now.targets).length ? { targets: { ...now.targets } } : {}),
		};
		// Another tab may have saved snapshots since this one read them: keep theirs too.
		const stored = this.#read(this.#host.stored(SNAPSHOTS_STORAGE_KEY));
		const ok = this.#write(this.#union(stored, [...this.#snapshots, snapshot]));
		if (input) input.value = '';
		this.#host.notice(
			ok
				? `Snapshot “${title(snapshot)}” saved in this browser.`
				: `Snapshot “${title(snapshot)}” is kept in this tab only: this browser's storage is full or blocked. Export your answers (JSON) to keep it.`
		);
	}

	#delete(id: string) {
		const snapshot = this.#snapshots.find((s) => s.id === id);
		if (!snapshot || !window.confirm(`Delete the snapshot “${title(snapshot)}”?`)) return;
		const stored = this.#read(this.#host.stored(SNAPSHOTS_STORAGE_KEY));
		this.#write(this.#union(stored, this.#snapshots).filter((s) => s.id !== id));
	}

	/** Draw the list, the choices and the comparison. */
	render() {
		const root = this.#host.root;
		const list = root.querySelector('[data-snapshot-list]');
		list?.replaceChildren(
			...this.#snapshots.map((s) => {
				const item = el('li', `${title(s)} · ${Object.keys(s.answers).length} answers `);
				item.dataset.snapshot = s.id;
				const remove = el('button', 'Delete');
				remove.type = 'button';
				remove.className = 'atlas-button';
				remove.dataset.deleteSnapshot = s.id;
				remove.setAttribute('aria-label', `Delete the snapshot ${title(s)}`);
				item.append(remove);
				return item;
			})
		);
		const empty = root.querySelector<HTMLElement>('[data-snapshot-empty]');
		if (empty) empty.hidden = this.#snapshots.length > 0;
		const compare = root.querySelector<HTMLElement>('[data-compare]');
		if (compare) compare.hidden = this.#snapshots.length === 0;
		if (!this.#snapshots.length) return;

		const from = root.querySelector<HTMLSelectElement>('[data-compare-from]')!;
		const to = root.querySelector<HTMLSelectElement>('[data-compare-to]')!;
		const choices = [
			...this.#snapshots.map((s) => ({ value: s.id, label: title(s) })),
			{ value: NOW, label: 'Your answers now' },
		];
		const fill = (select: HTMLSelectElement, fallback: string) => {
			const chosen = choices.some((c) => c.value === select.value) ? select.value : fallback;
			select.replaceChildren(
				...choices.map((c) => {
					const option = el('option', c.label);
					option.value = c.value;
					return option;
				})
			);
			select.value = chosen;
		};
		fill(from, this.#snapshots[0]!.id);
		fill(to, NOW);
		const pick = (value: string): AnswersAt =>
			this.#snapshots.find((s) => s.id === value) ?? this.#host.current();

		const model = this.#host.model();
		const progress = compareProgress(model, pick(from.value), pick(to.value));
		const series = levelSeries(model, [...this.#snapshots, this.#host.current()]);
		const arrows = { up: ' ↑', down: ' ↓', same: '', new: '', gone: '' };
		root.querySelector('[data-compare-rows]')?.replaceChildren(
			...progress.results.map((r) => {
				const row = el('tr');
				row.dataset.progressFor = r.id;
				row.dataset.change = r.change;
				const cell = (label: string, text: string) => {
					const td = el('td', text);
					td.dataset.label = label;
					return td;
				};
				const line = series.find((s) => s.id === r.id);
				const chart = cell('Over time', '');
				if (line) chart.append(this.#chart(line.values, line.top, r.label));
				row.append(
					cell('Framework', r.label),
					cell('Then', r.then),
					cell('Now', `${r.now}${arrows[r.change]}`),
					chart
				);
				return row;
			})
		);
		const practices = (selector: string, items: typeof progress.gained) => {
			const ul = root.querySelector(selector);
			ul?.replaceChildren(
				...(items.length
					? items.map((p) => {
							const li = el('li');
							const a = el('a', p.title);
							a.href = this.#host.practiceHref(p.id);
							li.append(a);
							return li;
						})
					: [el('li', 'None.')])
			);
		};
		practices('[data-gained]', progress.gained);
		practices('[data-lost]', progress.lost);
	}

	/** A small line of one result's level over the snapshots and now. */
	#chart(values: ReadonlyArray<number | undefined>, top: number, label: string): SVGSVGElement {
		const ns = 'http://www.w3.org/2000/svg';
		const svg = document.createElementNS(ns, 'svg');
		svg.setAttribute('viewBox', `-3 -3 ${CHART.width + 6} ${CHART.height + 6}`);
		svg.setAttribute('class', 'atlas-sparkline');
		svg.setAttribute('role', 'img');
		const said = values.map((v) => (v === undefined ? 'none' : String(v))).join(', ');
		svg.setAttribute('aria-label', `${label} over time, oldest first: ${said} (top ${top})`);
		for (const points of sparkline(values, top, CHART.width, CHART.height)) {
			const line = document.createElementNS(ns, 'polyline');
			line.setAttribute('points', points);
			svg.append(line);
			for (const point of points.split(' ')) {
				const [x, y] = point.split(',');
				const dot = document.createElementNS(ns, 'circle');
				dot.setAttribute('cx', x!);
				dot.setAttribute('cy', y!);
				dot.setAttribute('r', '2.5');
				svg.append(dot);
			}
		}
		return svg;
	}
}
