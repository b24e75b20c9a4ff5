/** Helpers for tests that read the built site in dist/. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const dist = join(root, 'dist');

/** Fail early, with the fix, when there is no production build to test. */
export function assertBuilt(): void {
	if (!existsSync(join(dist, 'index.html'))) {
		throw new Error(
			'No production build in dist/. Run "npm run build" first (npm test does this for you).'
		);
	}
}

/** Every HTML file of the build, as paths relative to dist (e.g. `frameworks/google-mlops/index.html`). */
export function htmlFiles(): string[] {
	const files: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(path);
			} else if (entry.name.endsWith('.html')) files.push(relative(dist, path));
		}
	};
	walk(dist);
	return files.sort();
}

/** The URL path a built HTML file is served at: `frameworks/x/index.html` → `/frameworks/x/`. */
export function pagePath(file: string): string {
	return `/${file.replace(/index\.html$/, '')}`;
}

/** The text of a built file. */
export function readDist(file: string): string {
	return readFileSync(join(dist, file), 'utf8');
}

/** A page's type: its first path segment, and whether it is the section's index or a page in it. */
export function pageType(path: string): string {
	const [section = '', rest] = path.split('/').filter(Boolean);
	return rest ? `${section}/*` : section || 'home';
}

/** The first built page of every type (home, a framework page, the catalog, a practice page, …). */
export function onePagePerType(): string[] {
	return [
		...new Map(
			htmlFiles()
				.map(pagePath)
				.map((path) => [pageType(path), path])
		).values(),
	];
}
