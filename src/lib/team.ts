/**
 * The team view (issue 13, item 2): several members' self-checks side by side. Members come from
 * exported files or share links, read by the same never-throwing decoder as an import; the view
 * gives every result per member with its spread (lowest, median, highest), the practices members
 * disagree on most, and the team's next steps. Pure: the team page's element renders it.
 *
 * Two readings are the site's own, and the page says so: the team's next steps treat a practice
 * as in place only when every member who answered it says so (a team is only as far along as
 * the member who still lacks it), and two inputs with the same answers and the same time stamp
 * are one person's (the same export read twice), as are two members given the same name.
 */
import type { AnswerValue } from './answers';
import { decodeExportFile } from './snapshots';
import { decodeShareFragment } from './share-link';
import { evaluateAll, inPlaceAnswer, standing, type Result, type SelfCheckModel } from './engine';
import { nextSteps, type NextStep } from './next-steps';
import { resultHeadline } from './result-text';

export interface Member {
	/** Unique in the team: where it came from, e.g. `alex.json` or `link 2`. */
	id: string;
	/** The name shown; starts as the file's name without `.json`, and the reader may change it. */
	name: string;
	/** When the member last changed their answers (ISO), from their file or link. */
	updated: string;
	answers: Readonly<Record<string, AnswerValue>>;
}

export type ReadOutcome =
	{ ok: true; member: Member; notice?: string } | { ok: false; error: string };

/** A member from a file's text or a share link; the message names the source. Never throws. */
export function readMember(
	model: SelfCheckModel,
	source: string,
	text: string,
	kind: 'file' | 'link'
): ReadOutcome {
	const m = model;
	const named = `“${source.slice(0, 80)}”`;
	const decoded =
		kind === 'file'
			? decodeExportFile(text, m.questions, m.questionSet, m.targetOptions, m.aliases)
			: (decodeShareFragment(
					text.includes('#') ? text.slice(text.indexOf('#')) : text,
					m.questions,
					m.questionSet,
					m.targetOptions,
					m.aliases
				) ?? { ok: false as const, error: 'It is not a self-check share link.' });
	if (!decoded.ok) return { ok: false, error: `${named}: ${decoded.error}` };
	if (!Object.keys(decoded.assessment.answers).length)
		return {
			ok: false,
			error: `${named}: it holds no answer this version of the check understands.`,
		};
	return {
		ok: true,
		member: {
			id: source,
			name: source.replace(/\.json$/i, '').slice(0, 80),
			updated: decoded.assessment.updated,
			answers: decoded.assessment.answers,
		},
		...(decoded.notice ? { notice: `${named}: ${decoded.notice}` } : {}),
	};
}

/** The same answers, in any order. */
const fingerprintOf = (answers: Readonly<Record<string, AnswerValue>>) =>
	JSON.stringify(Object.entries(answers).sort(([a], [b]) => a.localeCompare(b)));

export interface Duplicate {
	/** The member not counted. */
	id: string;
	/** The member counted in its place. */
	keptId: string;
	reason: 'same-export' | 'same-name';
}

/**
 * Which members count: of two that are one person (the same export, or the same name), the one
 * with the later answers counts (the first added, on a tie) and the other is flagged.
 */
export function countedMembers(members: readonly Member[]): {
	counted: Member[];
	duplicates: Duplicate[];
} {
	const duplicates: Duplicate[] = [];
	const counted: Member[] = [];
	// One fingerprint per member, compared by time stamp first: a team of fifty stays cheap.
	const prints = new Map(members.map((m) => [m, fingerprintOf(m.answers)]));
	const fingerprint = (m: Member) => prints.get(m)!;
	for (const member of members) {
		const same = counted.findIndex(
			(c) =>
				(c.updated === member.updated && fingerprint(c) === fingerprint(member)) ||
				(c.name.trim() !== '' && c.name.trim().toLowerCase() === member.name.trim().toLowerCase())
		);
		if (same === -1) {
			counted.push(member);
			continue;
		}
		const other = counted[same]!;
		const reason =
			other.updated === member.updated && fingerprint(other) === fingerprint(member)
				? 'same-export'
				: 'same-name';
		if (member.updated > other.updated) {
			counted[same] = member;
			duplicates.push({ id: other.id, keptId: member.id, reason });
		} else duplicates.push({ id: member.id, keptId: other.id, reason });
	}
	// A member displaced later may have been the "kept" one of an earlier flag: point to the final.
	for (const d of duplicates) {
		let kept = d.keptId;
		for (
			let next = duplicates.find((x) => x.id === kept);
			next;
			next = duplicates.find((x) => x.id === kept)
		)
			kept = next.keptId;
		d.keptId = kept;
	}
	return { counted, duplicates };
}

/** The median of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number | undefined {
	if (!values.length) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface TeamResult {
	/** The result's id: the framework id, or `<framework>:<theme>` for a phase profile's theme. */
	id: string;
	frameworkId: string;
	label: string;
	/** Each counted member's result, in member order; `standing` is undefined without a verdict. */
	members: Array<{ memberId: string; headline: string; standing?: number }>;
	min?: number;
	median?: number;
	max?: number;
}

export interface Disagreement {
	id: string;
	title: string;
	inPlace: number;
	notInPlace: number;
	/** 1 when members split evenly, 0 when they agree. */
	spread: number;
}

export interface TeamView {
	counted: Member[];
	duplicates: Duplicate[];
	results: TeamResult[];
	disagreements: Disagreement[];
	steps: NextStep[];
}

/** How many disagreements the view lists. */
export const TOP_DISAGREEMENTS = 10;

/** The lowest of the members' answers to one question: what the team as a whole has. */
const RANK: Partial<Record<AnswerValue, number>> = {
	no: 0,
	'not-yet': 0,
	manual: 1,
	'phase-1': 1,
	'phase-2': 2,
	'phase-3': 3,
	yes: 2,
	automated: 2,
};
function lowest(values: readonly AnswerValue[]): AnswerValue | undefined {
	const ranked = values.filter((v) => RANK[v] !== undefined);
	if (!ranked.length) return values[0]; // Only "not applicable": keep it.
	return ranked.reduce((a, b) => (RANK[b]! < RANK[a]! ? b : a));
}

/**
 * Everything the team view shows, for the members as given. `evaluate` scores one member; the
 * page passes one that remembers each member's results, so that a redraw, or one more member,
 * does not score the whole team again.
 */
export function teamView(
	model: SelfCheckModel,
	members: readonly Member[],
	evaluate: (member: Member) => Result[] = (m) => evaluateAll(model, m.answers)
): TeamView {
	const { counted, duplicates } = countedMembers(members);
	const perMember = counted.map(evaluate);
	const levelTerm = (id: string) => model.frameworks.find((f) => f.id === id)?.levelTerm;
	const first = perMember[0] ?? evaluateAll(model, {});
	const results = first
		.filter((r) => r.status !== 'no-verdict')
		.map((r, index) => {
			const rows = counted.map((m, i) => {
				const own = perMember[i]![index]!;
				const value = standing(own);
				return {
					memberId: m.id,
					headline: resultHeadline(own, levelTerm(r.frameworkId)),
					...(value === undefined ? {} : { standing: value }),
				};
			});
			const values = rows.flatMap((x) => (x.standing === undefined ? [] : [x.standing]));
			return {
				id: r.id,
				frameworkId: r.frameworkId,
				label: r.label,
				members: rows,
				...(values.length
					? { min: Math.min(...values), median: median(values)!, max: Math.max(...values) }
					: {}),
			};
		});

	const disagreements = model.practices
		.map((p) => {
			const given = counted.flatMap((m) =>
				Object.hasOwn(m.answers, p.id) ? [m.answers[p.id]!] : []
			);
			const relevant = given.filter((v) => v !== 'na');
			const inPlace = relevant.filter((v) => inPlaceAnswer(v)).length;
			const notInPlace = relevant.length - inPlace;
			// Integer arithmetic, so that equal splits compare equal.
			const spread = relevant.length ? (2 * Math.min(inPlace, notInPlace)) / relevant.length : 0;
			return { id: p.id, title: p.title, inPlace, notInPlace, spread };
		})
		.filter((d) => d.inPlace > 0 && d.notInPlace > 0)
		.sort(
			(a, b) =>
				b.spread - a.spread ||
				b.inPlace + b.notInPlace - (a.inPlace + a.notInPlace) ||
				a.title.localeCompare(b.title)
		)
		.slice(0, TOP_DISAGREEMENTS);

	const merged: Record<string, AnswerValue> = {};
	for (const q of model.questions) {
		const given = counted.flatMap((m) =>
			Object.hasOwn(m.answers, q.id) ? [m.answers[q.id]!] : []
		);
		const value = lowest(given);
		if (value !== undefined) merged[q.id] = value;
	}
	const steps = counted.length ? nextSteps(model, evaluateAll(model, merged), merged) : [];
	return { counted, duplicates, results, disagreements, steps };
}

/** Display names: the members' own, or Member A, B, … when the team stays anonymous. */
export function displayNames(members: readonly Member[], anonymous: boolean): Map<string, string> {
	const letter = (i: number) =>
		i < 26
			? String.fromCharCode(65 + i)
			: `${String.fromCharCode(65 + Math.floor(i / 26) - 1)}${String.fromCharCode(65 + (i % 26))}`;
	return new Map(
		members.map((m, i) => [
			m.id,
			anonymous || !m.name.trim() ? `Member ${letter(i)}` : m.name.trim(),
		])
	);
}

/** Format a spread figure: whole numbers as they are, others to one decimal. */
export const figure = (n: number | undefined) =>
	n === undefined ? '–' : Number.isInteger(n) ? String(n) : n.toFixed(1);

/** The team view as Markdown, for the team's notes. */
export function teamMarkdown(
	view: TeamView,
	names: ReadonlyMap<string, string>,
	date: Date,
	siteUrl: string
): string {
	const name = (id: string) => names.get(id) ?? id;
	const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
	const lines = [
		'# MLOps maturity: team view',
		'',
		`${view.counted.length} members, compared on ${date.toISOString().slice(0, 10)} with the MLOps Maturity Atlas (${siteUrl}).`,
		'',
		'## Results and spread',
		'',
		`| Framework | ${view.counted.map((m) => cell(name(m.id))).join(' | ')} | Lowest | Median | Highest |`,
		`|---|${view.counted.map(() => '---').join('|')}|---|---|---|`,
		...view.results.map(
			(r) =>
				`| ${cell(r.label)} | ${r.members.map((m) => cell(m.headline)).join(' | ')} | ${figure(r.min)} | ${figure(r.median)} | ${figure(r.max)} |`
		),
		'',
		'## Where members disagree most',
		'',
		...(view.disagreements.length
			? view.disagreements.map(
					(d) => `- ${d.title}: in place for ${d.inPlace}, not for ${d.notInPlace}`
				)
			: ['- Members agree on every practice they answered.']),
		'',
		"## The team's next steps",
		'',
		"A practice counts as in place for the team only when every member who answered it says so (the site's reading).",
		'',
		...(view.steps.length
			? view.steps
					.slice(0, 10)
					.map(
						(s, i) =>
							`${i + 1}. ${s.title}${s.unlocks.length ? ` (helps ${s.unlocks.join(', ')})` : ''}`
					)
			: ['No answer points to a next step yet.']),
	];
	if (view.duplicates.length) {
		lines.push('', '## Not counted', '');
		for (const d of view.duplicates)
			lines.push(
				`- ${name(d.id)}: ${d.reason === 'same-export' ? 'the same answers and date as' : 'the same name as'} ${name(d.keptId)}, counted once.`
			);
	}
	return `${lines.join('\n')}\n`;
}
