/**
 * The practice catalog's filters: parsing them from a URL (ignoring anything unknown), matching
 * practices, counting matches per option, and writing the filters back to a query string.
 * Pure; the catalog page's script is thin glue around it.
 */

/**
 * The facets a reader can filter by. `scope` qualifies `level`: unset, a practice must map to that
 * very level; `up-to`, to that level or one below it on the same framework, which is everything
 * needed to reach it (levels are cumulative).
 */
export const FACETS = ['framework', 'level', 'scope', 'dimension', 'answer'] as const;
export type Facet = (typeof FACETS)[number];
export type Filters = Partial<Record<Facet, string>>;

/** What the catalog knows about one practice, precomputed at build time. */
export interface CatalogEntry {
	id: string;
	/** Framework ids the practice maps to. */
	frameworks: string[];
	/** `framework:level` pairs, e.g. `microsoft-mlops:2`. */
	levels: string[];
	dimension: string;
	answer: string;
}

/** The allowed values of every facet. */
export type Vocabulary = Record<Facet, readonly string[]>;

/** Read filters from a query string; unknown names, unknown values and duplicates are ignored and reported. */
export function parseFilters(
	search: string,
	vocabulary: Vocabulary
): { filters: Filters; ignored: string[] } {
	const filters: Filters = {};
	const ignored: string[] = [];
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(search.length > 2000 ? '' : search);
	} catch {
		return { filters, ignored: ['(unreadable query)'] };
	}
	if (search.length > 2000) ignored.push('(query too long)');
	for (const [name, value] of params) {
		const facet = FACETS.find((f) => f === name);
		if (!facet || filters[facet] !== undefined || !vocabulary[facet].includes(value)) {
			ignored.push(`${name.slice(0, 40)}=${value.slice(0, 40)}`);
			continue;
		}
		filters[facet] = value;
	}
	// A level only means something together with its framework, and a scope with its level.
	if (filters.level && !filters.level.startsWith(`${filters.framework}:`)) {
		ignored.push(`level=${filters.level}`);
		delete filters.level;
	}
	if (filters.scope && !filters.level) {
		ignored.push(`scope=${filters.scope}`);
		delete filters.scope;
	}
	return { filters, ignored };
}

/** Whether a practice maps to `level` (`framework:n`), or with `up-to` to it or a level below. */
function atLevel(entry: CatalogEntry, level: string, scope: string | undefined): boolean {
	if (scope !== 'up-to') return entry.levels.includes(level);
	const [framework, n] = level.split(':');
	return entry.levels.some((l) => {
		const [f, m] = l.split(':');
		return f === framework && Number(m) <= Number(n);
	});
}

/** Whether a practice passes every set filter. */
export function matches(entry: CatalogEntry, filters: Filters): boolean {
	return (
		(!filters.framework || entry.frameworks.includes(filters.framework)) &&
		(!filters.level || atLevel(entry, filters.level, filters.scope)) &&
		(!filters.dimension || entry.dimension === filters.dimension) &&
		(!filters.answer || entry.answer === filters.answer)
	);
}

/** How many practices each value of `facet` would show, given the other filters. */
export function countsFor(
	entries: readonly CatalogEntry[],
	filters: Filters,
	facet: Facet,
	values: readonly string[]
): Map<string, number> {
	const others: Filters = { ...filters, [facet]: undefined };
	if (facet === 'framework') delete others.level;
	const counts = new Map(values.map((v) => [v, 0]));
	for (const entry of entries) {
		if (!matches(entry, others)) continue;
		for (const value of values) {
			if (
				matches(entry, {
					...others,
					[facet]: value,
					...(facet === 'level' ? { framework: value.split(':')[0] } : {}),
				})
			) {
				counts.set(value, counts.get(value)! + 1);
			}
		}
	}
	return counts;
}

/** The query string for a set of filters (empty when none), in a stable order. */
export function serializeFilters(filters: Filters): string {
	const params = new URLSearchParams();
	for (const facet of FACETS) if (filters[facet]) params.set(facet, filters[facet]!);
	const query = params.toString();
	return query ? `?${query}` : '';
}
