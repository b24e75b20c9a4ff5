/**
 * A short local history of answer sets the self-check replaced (by a shared link, an import,
 * "start over", a restore, another tab), and of stored data it could not read, so that ordinary
 * use never loses a reader's work. Pure: it reads and writes strings; the element stores them.
 * Reading never throws: an entry that is not well formed is left out, never repaired.
 */
import { MAX_INPUT_BYTES } from './assessment';

/** How many sets the history keeps; the oldest goes first. */
export const HISTORY_LIMIT = 10;

export type HistoryReason =
	'shared-link' | 'import' | 'start-over' | 'restore' | 'other-tab' | 'unreadable';

export interface HistoryEntry {
	/** Unique within the history: when it was kept, plus a counter. */
	id: string;
	/** ISO date-time when the set was kept aside. */
	kept: string;
	reason: HistoryReason;
	/** How many answers the set holds (0 for unreadable data). */
	count: number;
	/** The saved assessment as JSON, or, for unreadable data, the text exactly as it was stored. */
	data: string;
}

const REASONS: readonly HistoryReason[] = [
	'shared-link',
	'import',
	'start-over',
	'restore',
	'other-tab',
	'unreadable',
];

const isEntry = (value: unknown): value is HistoryEntry => {
	if (typeof value !== 'object' || value === null) return false;
	const e = value as Record<string, unknown>;
	return (
		typeof e.id === 'string' &&
		e.id.length <= 100 &&
		typeof e.kept === 'string' &&
		!Number.isNaN(Date.parse(e.kept)) &&
		REASONS.includes(e.reason as HistoryReason) &&
		Number.isInteger(e.count) &&
		(e.count as number) >= 0 &&
		typeof e.data === 'string' &&
		e.data.length <= MAX_INPUT_BYTES
	);
};

/** The history stored as `raw`, newest first; anything unusable is left out. */
export function readHistory(raw: string | null): HistoryEntry[] {
	if (raw === null || raw.length > HISTORY_LIMIT * (MAX_INPUT_BYTES + 500)) return [];
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return [];
	}
	if (!Array.isArray(parsed)) return [];
	const seen = new Set<string>();
	return parsed
		.filter(isEntry)
		.filter((e) => !seen.has(e.id) && seen.add(e.id))
		.slice(0, HISTORY_LIMIT)
		.map(({ id, kept, reason, count, data }) => ({ id, kept, reason, count, data }));
}

/**
 * The history with `entry` added as the newest. A set identical to one already kept is moved
 * to the front rather than kept twice; the oldest sets go beyond the limit. Data too large to
 * keep is not added.
 */
export function addToHistory(
	entries: readonly HistoryEntry[],
	entry: Omit<HistoryEntry, 'id'>,
	limit = HISTORY_LIMIT
): HistoryEntry[] {
	if (entry.data.length > MAX_INPUT_BYTES) return [...entries];
	const others = entries.filter((e) => e.data !== entry.data);
	const id = `${entry.kept}#${entries.reduce((n, e) => Math.max(n, Number(e.id.split('#')[1]) || 0), 0) + 1}`;
	return [{ ...entry, id }, ...others].slice(0, Math.max(1, limit));
}

/** The history without the entry `id`. */
export function removeFromHistory(entries: readonly HistoryEntry[], id: string): HistoryEntry[] {
	return entries.filter((e) => e.id !== id);
}

/** How an entry is listed: "Replaced by a shared link on 2026-11-29 14:05 (12 answers)". */
export function describeEntry(entry: HistoryEntry): string {
	const when = entry.kept.slice(0, 16).replace('T', ' ');
	const why: Record<HistoryReason, string> = {
		'shared-link': 'Replaced by a shared link',
		import: 'Replaced by an imported file',
		'start-over': 'Cleared by “Start over”',
		restore: 'Replaced when earlier answers were restored',
		'other-tab': 'Replaced by answers from another tab',
		unreadable: 'Saved data this version could not read, kept as it was',
	};
	const count =
		entry.reason === 'unreadable'
			? `${entry.data.length} characters`
			: `${entry.count} answer${entry.count === 1 ? '' : 's'}`;
	return `${why[entry.reason]} on ${when} UTC (${count})`;
}
