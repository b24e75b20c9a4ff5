/**
 * The practices part of the sidebar. The site's sidebar config lists one link per dimension (to
 * the catalog filtered by it), so no page carries every practice link. On a practice page, its
 * dimension's link becomes a group of that dimension's practices, sorted by title, and the
 * previous/next links walk that group. Pure: works on Starlight's sidebar shapes.
 */

import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type Entry = StarlightRouteData['sidebar'][number];
type Link = NonNullable<StarlightRouteData['pagination']['prev']>;
type Group = Extract<Entry, { type: 'group' }>;

export interface PracticeEntry {
	id: string;
	title: string;
	dimension: string;
}

/** The attribute that marks a dimension's link in the sidebar config. */
export const DIMENSION_ATTR = 'data-dimension';

/**
 * The sidebar of a practice page: its dimension's entry expanded into its practices, and the
 * pagination within that dimension. `href(id)` gives a practice's URL. Entries are copied, never
 * changed in place (Starlight shares the config's sidebar between pages).
 */
export function practiceSidebar(
	sidebar: readonly Entry[],
	practices: readonly PracticeEntry[],
	current: PracticeEntry,
	href: (id: string) => string
): { sidebar: Entry[]; prev?: Link; next?: Link } {
	const siblings = practices
		.filter((p) => p.dimension === current.dimension)
		.sort((a, b) => a.title.localeCompare(b.title, 'en'));
	let links: Link[] = [];
	const expand = (entries: readonly Entry[]): Entry[] =>
		entries.map((entry) => {
			if (entry.type === 'group') return { ...entry, entries: expand(entry.entries) };
			if (entry.attrs[DIMENSION_ATTR] !== current.dimension) return entry;
			links = siblings.map((p) => ({
				type: 'link',
				label: p.title,
				href: href(p.id),
				isCurrent: p.id === current.id,
				badge: undefined,
				attrs: {},
			}));
			const group: Group = {
				type: 'group',
				label: entry.label,
				collapsed: false,
				badge: undefined,
				entries: [{ ...entry, label: 'All in the catalog' }, ...links],
			};
			return group;
		});
	const expanded = expand(sidebar);
	const at = links.findIndex((l) => l.isCurrent);
	return {
		sidebar: expanded,
		...(at > 0 ? { prev: links[at - 1] } : {}),
		...(at >= 0 && at < links.length - 1 ? { next: links[at + 1] } : {}),
	};
}
