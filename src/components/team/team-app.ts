/**
 * The team view at work: thin glue between TeamView.astro's markup and src/lib/team.ts. Members
 * are read with the never-throwing decoder; a bad, foreign or oversized input gives a notice
 * naming it and changes nothing else. The team is kept in localStorage (as the members' own
 * files, read again on load), so a reload does not lose it. Everything is written as text.
 */
import { MAX_FILE_BYTES } from '../../lib/assessment';
import {
	buildSelfCheckModel,
	evaluateAll,
	type EngineFramework,
	type Result,
	type EnginePractice,
	type SelfCheckModel,
} from '../../lib/engine';
import {
	displayNames,
	figure,
	readMember,
	teamMarkdown,
	teamView,
	type Member,
	type TeamView,
} from '../../lib/team';
import { el } from '../dom';
import { download } from '../download';
import { announce, showNotice } from '../self-check/answer-form';
import { readStored, writeStored } from '../storage';

/** The self-check's model content, as /self-check/model.json serves it. */
export interface TeamContent {
	frameworks: EngineFramework[];
	practices: EnginePractice[];
}

export interface TeamLinks {
	model: string;
	practices: string;
	site: string;
}

/** A member as kept in storage: its name and its answers as an export file. */
interface StoredMember {
	id: string;
	name: string;
	data: string;
}

export class TeamApp {
	readonly #host: HTMLElement;
	readonly #model: SelfCheckModel;
	readonly #links: TeamLinks;
	readonly #key: string;
	#members: Member[] = [];
	/** Each member's answers as read, to keep in storage. */
	#data = new Map<string, string>();
	/** The results whose member lists the reader has opened, kept open across redraws. */
	#openLists = new Set<string>();
	/** Each member's results, worked out once (a renamed member is a new object, scored again). */
	#results = new WeakMap<Member, Result[]>();
	readonly #evaluate = (member: Member): Result[] => {
		let results = this.#results.get(member);
		if (!results) this.#results.set(member, (results = evaluateAll(this.#model, member.answers)));
		return results;
	};

	constructor(host: HTMLElement, content: TeamContent, links: TeamLinks, storageKey: string) {
		this.#host = host;
		this.#model = buildSelfCheckModel(content.frameworks, content.practices);
		this.#links = links;
		this.#key = storageKey;
	}

	start() {
		const q = <T extends Element>(selector: string) => this.#host.querySelector<T>(selector);
		q<HTMLInputElement>('[data-team-files]')?.addEventListener('change', (event) => {
			const input = event.target as HTMLInputElement;
			const files = [...(input.files ?? [])];
			input.value = '';
			void this.addFiles(files);
		});
		q('[data-team-add-links]')?.addEventListener('click', () => {
			const area = q<HTMLTextAreaElement>('[data-team-links]')!;
			const added = this.#addLinks(area.value);
			if (added) area.value = '';
		});
		q('[data-team-anonymous]')?.addEventListener('change', () => this.#render());
		q('[data-team-export-md]')?.addEventListener('click', () => this.#exportMarkdown());
		q('[data-team-clear]')?.addEventListener('click', () => {
			if (!window.confirm('Remove every member from the team view?')) return;
			this.#members = [];
			this.#data.clear();
			this.#save();
			this.#render();
		});
		const list = q('[data-team-member-list]');
		list?.addEventListener('click', (event) => {
			const id = (event.target as Element)
				.closest('button[data-remove-member]')
				?.getAttribute('data-remove-member');
			if (id === null || id === undefined) return;
			this.#members = this.#members.filter((m) => m.id !== id);
			this.#data.delete(id);
			this.#save();
			this.#render();
		});
		list?.addEventListener('change', (event) => {
			const input = event.target as HTMLInputElement;
			const member = this.#members.find((m) => m.id === input.dataset.memberName);
			if (!member) return;
			this.#members = this.#members.map((m) =>
				m === member ? { ...m, name: input.value.slice(0, 80) } : m
			);
			this.#save();
			this.#render();
		});
		this.#load();
		this.#render();
		this.#host.toggleAttribute('data-ready', true);
	}

	#notice(lines: string[]) {
		if (lines.length) showNotice(this.#host, lines.join(' '));
	}

	/** A source name not used yet in this team: `alex.json`, then `alex.json (2)`. */
	#uniqueId(source: string): string {
		const ids = new Set(this.#members.map((m) => m.id));
		if (!ids.has(source)) return source;
		let n = 2;
		while (ids.has(`${source} (${n})`)) n++;
		return `${source} (${n})`;
	}

	#add(source: string, text: string, kind: 'file' | 'link', messages: string[]): boolean {
		const read = readMember(this.#model, this.#uniqueId(source), text, kind);
		if (!read.ok) {
			messages.push(`${read.error} Nothing was added from it.`);
			return false;
		}
		if (read.notice) messages.push(read.notice);
		this.#members = [...this.#members, read.member];
		// Scored as it is read, file by file, so that drawing the team does not score it all at once.
		this.#evaluate(read.member);
		// Kept as a file of its own, so that it is read again, through the decoder, on load.
		this.#data.set(
			read.member.id,
			kind === 'file'
				? text
				: JSON.stringify({
						format: 'mlops-atlas-assessment',
						formatVersion: 2,
						questionSet: this.#model.questionSet,
						updated: read.member.updated,
						answers: read.member.answers,
					})
		);
		return true;
	}

	/** Add members from files; each bad file is named in the notice and changes nothing. */
	async addFiles(files: readonly File[]) {
		const messages: string[] = [];
		let added = 0;
		for (const file of files) {
			const named = `“${file.name.slice(0, 80)}”`;
			if (file.size > MAX_FILE_BYTES) {
				messages.push(
					`${named} is too large (over ${MAX_FILE_BYTES / 1000} KB) to be a self-check. Nothing was added from it.`
				);
				continue;
			}
			let text: string;
			try {
				text = await file.text();
			} catch {
				messages.push(`${named} could not be read. Nothing was added from it.`);
				continue;
			}
			if (this.#add(file.name, text, 'file', messages)) added++;
		}
		this.#done(added, messages);
	}

	#addLinks(text: string): number {
		const messages: string[] = [];
		let added = 0;
		const lines = text
			.split('\n')
			.map((l) => l.trim())
			.filter(Boolean);
		lines.forEach((line, i) => {
			if (this.#add(`link ${this.#members.length + 1}`, line, 'link', messages)) added++;
			else if (lines.length > 1) messages.push(`(That was line ${i + 1}.)`);
		});
		this.#done(added, messages);
		return added;
	}

	#done(added: number, messages: string[]) {
		if (added) {
			this.#save();
			this.#render();
		}
		this.#notice([
			...(added ? [`Added ${added} ${added === 1 ? 'member' : 'members'}.`] : []),
			...messages,
		]);
	}

	#load() {
		const raw = readStored(this.#key);
		if (raw === null) return;
		let stored: unknown;
		try {
			stored = JSON.parse(raw);
		} catch {
			stored = undefined;
		}
		if (!Array.isArray(stored)) {
			this.#notice([
				'The team saved in this browser could not be read; it is left as it was until you add a member.',
			]);
			return;
		}
		const messages: string[] = [];
		for (const entry of stored as StoredMember[]) {
			if (typeof entry?.id !== 'string' || typeof entry.data !== 'string') continue;
			if (this.#add(entry.id, entry.data, 'file', messages) && typeof entry.name === 'string')
				this.#members[this.#members.length - 1]!.name = entry.name.slice(0, 80);
		}
		this.#notice(messages);
	}

	#save() {
		const stored: StoredMember[] = this.#members.map((m) => ({
			id: m.id,
			name: m.name,
			data: this.#data.get(m.id) ?? '',
		}));
		if (!writeStored(this.#key, JSON.stringify(stored))) {
			this.#notice([
				'The team is not saved in this browser (its storage is full or blocked); it stays on this page until you leave it.',
			]);
		}
	}

	#anonymous() {
		return this.#host.querySelector<HTMLInputElement>('[data-team-anonymous]')?.checked ?? false;
	}

	#exportMarkdown() {
		const view = teamView(this.#model, this.#members, this.#evaluate);
		const names = displayNames(this.#members, this.#anonymous());
		const today = new Date();
		download(
			`mlops-team-view-${today.toISOString().slice(0, 10)}.md`,
			'text/markdown',
			teamMarkdown(view, names, today, `${location.origin}${this.#links.site}/`)
		);
	}

	#render() {
		performance.mark('atlas-team-render-start');
		const view = teamView(this.#model, this.#members, this.#evaluate);
		const names = displayNames(this.#members, this.#anonymous());
		const name = (id: string) => names.get(id) ?? id;
		this.#renderMembers(view, name);
		const results = this.#host.querySelector<HTMLElement>('[data-team-results]');
		if (results) results.hidden = view.counted.length === 0;
		this.#host.querySelector('[data-team-result-list]')?.replaceChildren(
			...view.results.map((r) => {
				const card = el('section');
				card.className = 'atlas-team__result';
				Object.assign(card.dataset, {
					teamResultFor: r.id,
					min: figure(r.min),
					median: figure(r.median),
					max: figure(r.max),
				});
				// Each member's line is drawn when the list is opened: fifty members times every
				// result is most of the page, and most readers look at a few lists.
				const each = el('details');
				const fill = () => {
					if (each.querySelector('ul')) return;
					const rows = el('ul');
					rows.append(...r.members.map((m) => el('li', `${name(m.memberId)}: ${m.headline}`)));
					each.append(rows);
				};
				each.append(el('summary', `Each member (${r.members.length})`));
				if (this.#openLists.has(r.id)) {
					each.open = true;
					fill();
				}
				each.addEventListener('toggle', () => {
					if (each.open) {
						this.#openLists.add(r.id);
						fill();
					} else this.#openLists.delete(r.id);
				});
				card.append(
					el('h3', r.label),
					el(
						'p',
						r.min === undefined
							? 'No member has a verdict yet.'
							: `Lowest ${figure(r.min)} · median ${figure(r.median)} · highest ${figure(r.max)}`
					),
					each
				);
				card.querySelector('p')!.className = 'atlas-team__spread';
				return card;
			})
		);
		const link = (id: string, title: string) => {
			const a = el('a', title);
			a.href = `${this.#links.practices}${id}/`;
			return a;
		};
		this.#host.querySelector('[data-team-disagreements]')?.replaceChildren(
			...(view.disagreements.length
				? view.disagreements.map((d) => {
						const li = el('li');
						li.dataset.practice = d.id;
						li.append(link(d.id, d.title), `: in place for ${d.inPlace}, not for ${d.notInPlace}`);
						return li;
					})
				: [el('li', 'Members agree on every practice they answered.')])
		);
		this.#host.querySelector('[data-team-steps]')?.replaceChildren(
			...view.steps.slice(0, 10).map((s) => {
				const li = el('li');
				li.append(
					link(s.practiceId, s.title),
					s.unlocks.length ? ` · helps ${s.unlocks.join(', ')}` : ''
				);
				return li;
			})
		);
		announce(this.#host, `Team view of ${view.counted.length} members updated.`);
		performance.measure('atlas-team-render', 'atlas-team-render-start');
	}

	#renderMembers(view: TeamView, name: (id: string) => string) {
		const section = this.#host.querySelector<HTMLElement>('[data-team-members]');
		if (section) section.hidden = this.#members.length === 0;
		const count = this.#host.querySelector('[data-team-count]');
		if (count) count.textContent = String(view.counted.length);
		const list = this.#host.querySelector('[data-team-member-list]');
		if (!list) return;
		// Keep the name field being typed in: redraw only when the members themselves change.
		const key = JSON.stringify([
			this.#members.map((m) => [m.id, m.name]),
			view.duplicates,
			this.#anonymous(),
		]);
		if ((list as HTMLElement).dataset.shown === key) return;
		(list as HTMLElement).dataset.shown = key;
		list.replaceChildren(
			...this.#members.map((m, i) => {
				const item = el('li');
				item.className = 'atlas-team__member';
				item.dataset.member = m.id;
				const label = el('label', `Member ${i + 1} name `);
				const input = el('input');
				input.type = 'text';
				input.className = 'atlas-text-input';
				input.value = m.name;
				input.maxLength = 80;
				input.dataset.memberName = m.id;
				label.append(input);
				const remove = el('button', 'Remove');
				remove.type = 'button';
				remove.className = 'atlas-button';
				remove.dataset.removeMember = m.id;
				remove.setAttribute('aria-label', `Remove ${name(m.id)}`);
				const duplicate = view.duplicates.find((d) => d.id === m.id);
				item.append(
					label,
					el('span', `from ${m.id}, answers of ${m.updated.slice(0, 10)}`),
					remove
				);
				if (duplicate) {
					item.dataset.duplicate = duplicate.reason;
					item.append(
						el(
							'strong',
							`Not counted: ${duplicate.reason === 'same-export' ? 'the same answers and date as' : 'the same name as'} ${name(duplicate.keptId)}, so the same person.`
						)
					);
				}
				return item;
			})
		);
	}
}
