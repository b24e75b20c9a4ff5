/**
 * Progress between two sets of answers (snapshots, or a snapshot and the answers now): every
 * result then and now, the practices gained and lost, and each result's level over time as the
 * points of a small line. Pure: the self-check element renders what this returns.
 */
import type { AnswerValue } from './answers';
import {
	evaluateAll,
	inPlaceAnswer,
	standing,
	type EngineFramework,
	type Result,
	type SelfCheckModel,
} from './engine';
import { resultHeadline } from './result-text';

/** A set of answers at a moment: a snapshot, or the answers now. */
export interface AnswersAt {
	/** ISO date-time. */
	taken: string;
	answers: Readonly<Record<string, AnswerValue>>;
	targets?: Readonly<Record<string, number>>;
}

export type Change = 'up' | 'down' | 'same' | 'new' | 'gone';

export interface ComparedResult {
	id: string;
	label: string;
	then: string;
	now: string;
	change: Change;
}

export interface Progress {
	results: ComparedResult[];
	/** Practices in place now that were not then, and the reverse, by title. */
	gained: Array<{ id: string; title: string }>;
	lost: Array<{ id: string; title: string }>;
}

/** The highest level a framework's results can reach (a checklist's baseline counts as 1). */
export function topLevel(fw: Pick<EngineFramework, 'levels' | 'selfCheck'>): number {
	return Math.max(1, ...fw.levels.map((l) => l.n), ...fw.selfCheck.bands.map((b) => b.n));
}

function change(then: Result, now: Result): Change {
	const a = standing(then);
	const b = standing(now);
	if (a === undefined && b === undefined) return 'same';
	if (a === undefined) return 'new';
	if (b === undefined) return 'gone';
	return b > a ? 'up' : b < a ? 'down' : 'same';
}

/**
 * Compare two sets of answers under every framework. A result without a verdict at either end
 * (not enough answers then and now) has nothing to compare and is left out.
 */
export function compareProgress(model: SelfCheckModel, then: AnswersAt, now: AnswersAt): Progress {
	const before = evaluateAll(model, then.answers, then.targets);
	const after = evaluateAll(model, now.answers, now.targets);
	const levelTerm = (id: string) => model.frameworks.find((f) => f.id === id)?.levelTerm;
	const results = after
		.filter((r) => r.status !== 'no-verdict')
		.filter(
			(r) => standing(r) !== undefined || standing(before.find((b) => b.id === r.id)!) !== undefined
		)
		.map((r) => {
			const old = before.find((b) => b.id === r.id)!;
			return {
				id: r.id,
				label: r.label,
				then: resultHeadline(old, levelTerm(r.frameworkId)),
				now: resultHeadline(r, levelTerm(r.frameworkId)),
				change: change(old, r),
			};
		});
	const held = (set: AnswersAt, id: string) =>
		inPlaceAnswer(Object.hasOwn(set.answers, id) ? set.answers[id] : undefined);
	const practices = [...model.practices].sort((a, b) => a.title.localeCompare(b.title));
	return {
		results,
		gained: practices
			.filter((p) => !held(then, p.id) && held(now, p.id))
			.map(({ id, title }) => ({ id, title })),
		lost: practices
			.filter((p) => held(then, p.id) && !held(now, p.id))
			.map(({ id, title }) => ({ id, title })),
	};
}

export interface LevelSeries {
	id: string;
	label: string;
	/** The highest level possible, the top of the chart. */
	top: number;
	/** One value per set of answers, oldest first; undefined where there was no verdict. */
	values: Array<number | undefined>;
}

/** Each result's level (or score) at every set of answers, oldest first. */
export function levelSeries(model: SelfCheckModel, sets: readonly AnswersAt[]): LevelSeries[] {
	const ordered = [...sets].sort((a, b) => a.taken.localeCompare(b.taken));
	const runs = ordered.map((s) => evaluateAll(model, s.answers, s.targets));
	const first = runs[0] ?? evaluateAll(model, {});
	return first
		.filter((r) => r.status !== 'no-verdict')
		.map((r) => {
			const fw = model.frameworks.find((f) => f.id === r.frameworkId)!;
			return {
				id: r.id,
				label: r.label,
				top: topLevel(fw),
				values: runs.map((run) => {
					const found = run.find((x) => x.id === r.id);
					return found ? standing(found) : undefined;
				}),
			};
		});
}

/**
 * The points of a small line chart (SVG `points`) of `values` between 0 and `top`, left to right
 * across `width`, with 0 at the bottom of `height`; a value without a verdict breaks the line
 * (each run of values is one polyline).
 */
export function sparkline(
	values: ReadonlyArray<number | undefined>,
	top: number,
	width: number,
	height: number
): string[] {
	const step = values.length > 1 ? width / (values.length - 1) : 0;
	const runs: string[][] = [[]];
	values.forEach((value, i) => {
		if (value === undefined) {
			if (runs.at(-1)!.length) runs.push([]);
			return;
		}
		const x = values.length > 1 ? i * step : width / 2;
		const y = height - (Math.min(Math.max(value, 0), top) / top) * height;
		runs.at(-1)!.push(`${+x.toFixed(1)},${+y.toFixed(1)}`);
	});
	return runs.filter((r) => r.length).map((r) => r.join(' '));
}
