/** Small text formatters shared by components and the client scripts. */
import type { Framework } from '../schemas/framework';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** Format `2020`, `2020-06` or `2020-06-01` as "2020", "June 2020" or "1 June 2020". */
export function formatPartialDate(value: string): string {
	const [year, month, day] = value.split('-');
	if (!month) return year!;
	const name = MONTHS[Number(month) - 1] ?? month;
	return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** A version's date for people: formatted as above, or "undated" when the site could not find it. */
export function formatVersionDate(value: string | undefined): string {
	return value === undefined ? 'undated' : formatPartialDate(value);
}

const UNIT_LABELS: Record<Framework['unit'], string> = {
	organisation: 'An organisation',
	team: 'A team',
	'ml-system': 'One ML system',
	'ml-project': 'One ML project',
};

const KIND_LABELS: Record<Framework['kind'], string> = {
	ladder: 'Ladder of levels',
	rubric: 'Scored rubric',
	'phase-profile': 'Phases per theme',
	checklist: 'Checklist',
	bands: 'Score bands',
	canvas: 'Canvas',
};

/** What a framework assesses, for people: `ml-system` → "One ML system". */
export function unitLabel(unit: Framework['unit']): string {
	return UNIT_LABELS[unit];
}

/** The framework's kind, for people: `phase-profile` → "Phases per theme". */
export function kindLabel(kind: Framework['kind']): string {
	return KIND_LABELS[kind];
}

/** How much a framework contains: "5 levels (0–4)", "3 phases (1–3)", "28 items in 4 sections". */
export function sizeLabel(
	fw: Pick<Framework, 'levels' | 'items' | 'sections'> & { levelTerm?: string }
): string {
	if (fw.levels.length) {
		const term = (fw.levelTerm ?? 'Level').toLowerCase();
		return `${fw.levels.length} ${term}s (${fw.levels[0]!.n}–${fw.levels.at(-1)!.n})`;
	}
	if (fw.items.length) {
		return `${fw.items.length} items in ${fw.sections.length} section${fw.sections.length === 1 ? '' : 's'}`;
	}
	return 'No levels';
}

/** The anchor id of a level on its framework page, e.g. `level-2`. */
export function levelAnchor(n: number): string {
	return `level-${n}`;
}

/** Text that follows a source's linked title: its note as a sentence, then when it was read. */
export function sourceDetails(title: string, note: string | undefined, accessed: string): string {
	const sentence = (text: string) =>
		`${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;
	const end = /[.!?]$/.test(title) ? '' : '.';
	return `${end} ${note ? `${sentence(note)} ` : ''}Accessed ${formatPartialDate(accessed)}.`;
}
