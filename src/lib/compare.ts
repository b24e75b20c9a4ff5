/**
 * Data for the compare page: what each framework expects in each capability dimension (from the
 * practices' mappings), and the page's selection read from and written to the URL.
 */
import type { Practice } from '../schemas/practice';
import { describeMapping, type MappingTarget } from './mappings';

type ComparedFramework = Parameters<typeof describeMapping>[1];
type ComparedPractice = Pick<Practice, 'id' | 'dimension' | 'mappings'> & { title: string };

export interface Expectation {
	practiceId: string;
	title: string;
	targets: MappingTarget[];
}

/** For each dimension and framework: the practices of that dimension the framework maps, ordered by level or item. */
export function expectationsByDimension(
	frameworks: readonly ComparedFramework[],
	practices: readonly ComparedPractice[],
	dimensions: readonly string[]
): Record<string, Record<string, Expectation[]>> {
	const result: Record<string, Record<string, Expectation[]>> = {};
	for (const dimension of dimensions) {
		result[dimension] = {};
		for (const fw of frameworks) {
			result[dimension][fw.id] = practices
				.filter((p) => p.dimension === dimension)
				.map((p) => ({
					practiceId: p.id,
					title: p.title,
					targets: p.mappings
						.filter((m) => m.framework === fw.id)
						.map((m) => describeMapping(m, fw)),
				}))
				.filter((e) => e.targets.length > 0)
				.sort(
					(a, b) =>
						Math.min(...a.targets.map((t) => t.order)) -
							Math.min(...b.targets.map((t) => t.order)) || a.title.localeCompare(b.title)
				);
		}
	}
	return result;
}

export const MAX_COMPARED = 3;

export interface CompareSelection {
	/** Two or three framework ids, or none for "all". */
	frameworks: string[];
	dimension?: string;
}

/** Read the selection from a query string; anything unknown, repeated or beyond three frameworks is ignored and reported. */
export function parseSelection(
	search: string,
	known: { frameworks: readonly string[]; dimensions: readonly string[] }
): { selection: CompareSelection; ignored: string[] } {
	const ignored: string[] = [];
	const params = new URLSearchParams(search.length > 2000 ? '' : search);
	if (search.length > 2000) ignored.push('(query too long)');
	const selection: CompareSelection = { frameworks: [] };
	for (const [name, value] of params) {
		if (name === 'frameworks') {
			for (const id of value.split(',')) {
				if (
					known.frameworks.includes(id) &&
					!selection.frameworks.includes(id) &&
					selection.frameworks.length < MAX_COMPARED
				)
					selection.frameworks.push(id);
				else ignored.push(`frameworks=${id.slice(0, 40)}`);
			}
		} else if (
			name === 'dimension' &&
			selection.dimension === undefined &&
			known.dimensions.includes(value)
		) {
			selection.dimension = value;
		} else ignored.push(`${name.slice(0, 40)}=${value.slice(0, 40)}`);
	}
	if (selection.frameworks.length === 1) {
		ignored.push(`frameworks=${selection.frameworks[0]} (choose two or three)`);
		selection.frameworks = [];
	}
	return { selection, ignored };
}

/** The query string for a selection (empty when nothing is selected). */
export function serializeSelection(selection: CompareSelection): string {
	const params = new URLSearchParams();
	if (selection.frameworks.length >= 2) params.set('frameworks', selection.frameworks.join(','));
	if (selection.dimension) params.set('dimension', selection.dimension);
	const query = params.toString().replaceAll('%2C', ',');
	return query ? `?${query}` : '';
}
