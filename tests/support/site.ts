/** Helpers for tests that read the built site in dist/. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { basePath } from '../../src/lib/base-links';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The build under test and the settings it was made with: dist/, at the site root, unless
 * ATLAS_TEST_DIST names another output folder; `npm run test:base` (scripts/test-base.mjs) sets it to
 * dist-base/ and sets BASE_PATH and SITE_URL to the values that build was made with.
 */
export const dist = resolve(root, process.env.ATLAS_TEST_DIST ?? 'dist');
/** The path the build is served under, `/` or e.g. `/atlas/` (astro.config.mjs reads the same). */
export const base = basePath(process.env.BASE_PATH);
/** The site's address the build was made with (SITE_URL), if any. */
export const siteUrl = process.env.SITE_URL || undefined;

/** Fail early, with the fix, when there is no production build to test. */
export function assertBuilt(): void {
	if (!existsSync(join(dist, 'index.html'))) {
		throw new Error(
			`No production build in ${relative(root, dist)}/. Run "npm run build" first (npm test does this for you).`
		);
	}
}

/**
 * Every page of the build, as paths relative to dist (e.g. `frameworks/google-mlops/index.html`);
 * not the markup fragments pages fetch (`_fragments/`), which are parts of a page, not pages.
 */
export function htmlFiles(): string[] {
	const files: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (!['pagefind', '_astro', '_fragments'].includes(entry.name)) walk(path);
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

/**
 * Every script file a page loads, following static imports between chunks; with `onIntent`, also
 * what its scripts load later, on the reader's first step (dynamic imports and their preloads).
 */
export function scriptGraph(html: string, { onIntent = false } = {}): Set<string> {
	const seen = new Set<string>();
	const queue = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
	queue.push(
		...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!)
	);
	for (const [, code] of html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) {
		queue.push(
			...[...code!.matchAll(/(?:from|import)\s*["'](\/_astro\/[^"']+)["']/g)].map((m) => m[1]!)
		);
	}
	while (queue.length) {
		const file = queue.shift()!;
		if (seen.has(file) || !file.startsWith('/_astro/')) continue;
		seen.add(file);
		const code = readFileSync(join(dist, file), 'utf8');
		for (const [, spec] of code.matchAll(/(?:from|import)\s*["'](\.\/[^"']+)["']/g)) {
			queue.push(new URL(spec!, `http://x${file}`).pathname);
		}
		if (!onIntent) continue;
		for (const [, spec] of code.matchAll(/import\(\s*["'`](\.\/[^"'`]+)["'`]\s*\)/g))
			queue.push(new URL(spec!, `http://x${file}`).pathname);
		for (const [, path] of code.matchAll(/["'`](_astro\/[^"'`]+\.js)["'`]/g))
			queue.push(`/${path}`);
	}
	return seen;
}

/** Text of an HTML fragment: tags dropped, entities and typographic quotes made plain. */
export function htmlText(html: string): string {
	return html
		.replace(/<[^>]+>/g, '')
		.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
		.replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCharCode(parseInt(n, 16)))
		.replaceAll('&quot;', '"')
		.replaceAll('&amp;', '&')
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replace(/[‘’]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The gzip size of a built file or of a text. */
export const gzipSize = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

/**
 * Everything a cold visit to a built page loads until the network is idle, as site paths with
 * their gzip sizes: the HTML, its stylesheets (print ones too: browsers fetch them), icons and
 * images, module scripts and their static imports. Code loaded on intent (dynamic imports, the
 * search UI) is not part of it; tests/e2e/page-weight.spec.ts checks this against a browser.
 */
export function coldVisit(file: string): Array<{ path: string; gzip: number }> {
	const html = readDist(file);
	const assets = new Set<string>([
		...[
			...html.matchAll(/<link[^>]*\srel="(?:stylesheet|icon|shortcut icon)"[^>]*\shref="([^"]+)"/g),
		].map((m) => m[1]!),
		...[...html.matchAll(/<img[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!),
		...scriptGraph(html),
	]);
	const local = [...assets].filter((path) => path.startsWith('/') && !path.startsWith('//'));
	return [
		{ path: pagePath(file), gzip: gzipSize(html) },
		...local.map((path) => ({ path, gzip: gzipSize(readFileSync(join(dist, path))) })),
	];
}
