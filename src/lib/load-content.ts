/** Reads the frontmatter of every content file under a folder (Node only; used at build and in tests). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { ContentFile } from './model';

/**
 * Parsed frontmatter by its YAML text: the model check and the glossary read the same files at
 * start-up, and with a thousand practice pages each parse of them all costs a quarter second.
 */
const parsed = new Map<string, Record<string, unknown>>();

/**
 * Split the YAML frontmatter off a Markdown/MDX file and parse it. Files with the same
 * frontmatter share the result, so read it and do not change it.
 */
export function readFrontmatter(source: string): Record<string, unknown> {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
	if (!match) return {};
	const yaml = match[1]!;
	let data = parsed.get(yaml);
	if (!data) {
		const value: unknown = parse(yaml);
		data = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
		parsed.set(yaml, data);
	}
	return data;
}

/** Every `.md`/`.mdx` file below `dir` (skipping `_`-prefixed ones, as Starlight does), with its frontmatter. */
export function readContentDir(dir: string, root: string = process.cwd()): ContentFile[] {
	const files: ContentFile[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (/^[^_].*\.mdx?$/.test(entry.name)) {
				const file = relative(root, path).split('\\').join('/');
				try {
					files.push({ file, data: readFrontmatter(readFileSync(path, 'utf8')) });
				} catch (error) {
					// The YAML parser counts lines from the start of the frontmatter; the file has one
					// line ("---") before it.
					const at = (error as { linePos?: Array<{ line: number; col: number }> }).linePos?.[0];
					const where = at ? ` (line ${at.line + 1}, column ${at.col} of the file)` : '';
					const reason = (error as Error).message.split(' at line ')[0]!.split('\n')[0];
					throw new Error(`${file}: frontmatter is not valid YAML${where}: ${reason}`, {
						cause: error,
					});
				}
			}
		}
	};
	walk(dir);
	return files.sort((a, b) => a.file.localeCompare(b.file));
}
