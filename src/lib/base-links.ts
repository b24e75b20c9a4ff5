/**
 * Puts the site's base path in front of the root-relative links of a page. Content is written
 * with links from the site root (`[x](/practices/y/)`, `<LinkCard href="/compare/" />`, hero
 * actions in frontmatter), which Astro and Starlight leave as they are; under a base path such as
 * `/atlas/` they must become `/atlas/practices/y/`. Pure: the middleware in
 * src/integrations/base-links.ts applies it to every page (docs/decisions/0011-deploy-anywhere.md).
 */

/**
 * The base path from the BASE_PATH setting, with a slash at each end: `/atlas`, `atlas/` and
 * `/atlas/` all give `/atlas/`; unset, empty or `/` give `/` (the site at the root).
 */
export function basePath(setting: string | undefined): string {
	const inner = (setting ?? '').replace(/^\/+|\/+$/g, '');
	return inner ? `/${inner}/` : '/';
}

/** An `<a>` start tag; attribute values may contain `>`. */
const ANCHOR = /<a\s(?:[^>"']|"[^"]*"|'[^']*')*>/g;
/** The href of an anchor when it is root-relative (not `//host`, a protocol-relative URL). */
const ROOT_HREF = /(\shref=")(\/(?!\/)[^"]*)"/;

/**
 * `base` is Astro's `import.meta.env.BASE_URL` (`/atlas/` or `/atlas`). A link that already
 * starts with the base (the atlas's own components build their links with it) is left alone, as
 * is every link at the root base `/`.
 */
export function withBase(html: string, base: string): string {
	const prefix = base.replace(/\/+$/, '');
	if (!prefix) return html;
	const based = (path: string) => path === prefix || path.startsWith(`${prefix}/`);
	return html.replace(ANCHOR, (tag) =>
		tag.replace(ROOT_HREF, (whole, start: string, path: string) =>
			based(path) ? whole : `${start}${prefix}${path}"`
		)
	);
}
