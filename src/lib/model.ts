/**
 * The content model's integrity check: every framework and practice file is validated against
 * its schema, then every cross-reference between files is resolved. Problems are reported with
 * the file and the frontmatter field they come from, so a broken content file fails the build
 * with a message an author can act on. Pure: it takes parsed frontmatter, not files.
 */
import type { z } from 'astro/zod';
import { FrameworkSchema, type Framework } from '../schemas/framework';
import { PracticeSchema, type Practice } from '../schemas/practice';

/** One content file's frontmatter, as read from disk. */
export interface ContentFile {
	/** Path relative to the project root, e.g. `content/docs/practices/model-registry.mdx`. */
	file: string;
	data: Record<string, unknown>;
}

/** One problem found in the content, located by file and frontmatter field. */
export interface ModelIssue {
	file: string;
	field: string;
	message: string;
}

export interface ContentModel {
	frameworks: Framework[];
	practices: Practice[];
}

/** Thrown when the content model has problems; its message lists every one of them. */
export class ContentModelError extends Error {
	constructor(readonly issues: ModelIssue[]) {
		super(
			`The content model has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n` +
				issues.map(formatIssue).join('\n')
		);
		this.name = 'ContentModelError';
	}
}

/** Format one issue as `file: field: message`. */
export function formatIssue(issue: ModelIssue): string {
	return `${issue.file}: ${issue.field}: ${issue.message}`;
}

/** The file name without folders and extension: `content/docs/practices/a-b.mdx` → `a-b`. */
function baseName(file: string): string {
	return file.replace(/^.*\//, '').replace(/\.mdx?$/, '');
}

function zodIssues(file: string, prefix: string, error: z.ZodError): ModelIssue[] {
	return error.issues.map((issue) => ({
		file,
		field: [prefix, ...issue.path.map(String)].join('.'),
		message: issue.message,
	}));
}

/**
 * Validate every file and resolve every cross-reference. Returns the typed model and the list of
 * issues; the model holds only the entries that validated.
 */
export function checkModel(files: ContentFile[]): { model: ContentModel; issues: ModelIssue[] } {
	const issues: ModelIssue[] = [];
	const frameworks = new Map<string, { fw: Framework; file: string }>();
	const practices = new Map<string, { practice: Practice; file: string }>();

	/** Validate one file's entry of a kind and check its id: it equals the file name and is unique. */
	const register = <T extends { id: string }>(
		file: string,
		key: 'framework' | 'practice',
		value: unknown,
		schema: z.ZodType<T>,
		seen: Map<string, { file: string }>
	): T | undefined => {
		const parsed = schema.safeParse(value);
		if (!parsed.success) {
			issues.push(...zodIssues(file, key, parsed.error));
			return undefined;
		}
		const { id } = parsed.data;
		if (id !== baseName(file)) {
			issues.push({
				file,
				field: `${key}.id`,
				message: `"${id}" must equal the file name "${baseName(file)}"`,
			});
		}
		if (seen.has(id)) {
			issues.push({
				file,
				field: `${key}.id`,
				message: `"${id}" is already used by ${seen.get(id)!.file}`,
			});
			return undefined;
		}
		return parsed.data;
	};

	// Ids every file declares, valid or not: a reference to an entry that failed its own check is
	// not reported again as "unknown" in every file that names it (its own error says enough).
	const declared = { framework: new Set<string>(), practice: new Set<string>() };
	for (const { file, data } of files) {
		for (const key of ['framework', 'practice'] as const) {
			if (data[key] === undefined) continue;
			const id = (data[key] as { id?: unknown } | null)?.id;
			declared[key].add(typeof id === 'string' ? id : baseName(file));
		}
	}

	for (const { file, data } of files) {
		if (data.framework !== undefined) {
			const fw = register(file, 'framework', data.framework, FrameworkSchema, frameworks);
			if (fw) frameworks.set(fw.id, { fw, file });
		}
		if (data.practice !== undefined) {
			const practice = register(file, 'practice', data.practice, PracticeSchema, practices);
			if (practice) practices.set(practice.id, { practice, file });
		}
	}

	for (const { practice, file } of practices.values()) {
		practice.mappings.forEach((mapping, i) => {
			const field = `practice.mappings.${i}`;
			const target = frameworks.get(mapping.framework)?.fw;
			if (!target && declared.framework.has(mapping.framework)) return;
			if (!target) {
				issues.push({
					file,
					field: `${field}.framework`,
					message: `unknown framework "${mapping.framework}"`,
				});
				return;
			}
			if (mapping.level !== undefined && !target.levels.some((l) => l.n === mapping.level)) {
				const range = target.levels.length
					? `it has levels ${target.levels[0]!.n}–${target.levels.at(-1)!.n}`
					: 'it has no levels';
				issues.push({
					file,
					field: `${field}.level`,
					message: `framework "${target.id}" has no level ${mapping.level} (${range})`,
				});
			}
			if (mapping.item !== undefined && !target.items.some((item) => item.id === mapping.item)) {
				issues.push({
					file,
					field: `${field}.item`,
					message: `framework "${target.id}" has no item "${mapping.item}"`,
				});
			}
			if (mapping.theme !== undefined && !target.dimensions.some((d) => d.id === mapping.theme)) {
				issues.push({
					file,
					field: `${field}.theme`,
					message: `framework "${target.id}" has no theme "${mapping.theme}"`,
				});
			}
			if (mapping.minimum !== undefined && practice.answer !== 'automation') {
				issues.push({
					file,
					field: `${field}.minimum`,
					message: 'only automation practices can ask for a minimum',
				});
			}
		});
		practice.dependsOn.forEach((dep, i) => {
			if (!practices.has(dep) && !declared.practice.has(dep)) {
				issues.push({
					file,
					field: `practice.dependsOn.${i}`,
					message: `unknown practice "${dep}"`,
				});
			}
		});
	}

	for (const cycle of findCycles(
		new Map([...practices].map(([id, { practice }]) => [id, practice.dependsOn]))
	)) {
		issues.push({
			file: practices.get(cycle[0]!)!.file,
			field: 'practice.dependsOn',
			message: `dependency cycle: ${cycle.join(' → ')}`,
		});
	}

	return {
		model: {
			frameworks: [...frameworks.values()].map((f) => f.fw),
			practices: [...practices.values()].map((p) => p.practice),
		},
		issues,
	};
}

/** Check the model and throw a {@link ContentModelError} listing every issue, if any. */
export function assertModel(files: ContentFile[]): ContentModel {
	const { model, issues } = checkModel(files);
	if (issues.length) throw new ContentModelError(issues);
	return model;
}

/**
 * Find dependency cycles in a graph of id → ids it depends on. Each cycle is reported once, as a
 * path that starts and ends at the same id; edges to unknown ids are ignored.
 */
export function findCycles(graph: Map<string, readonly string[]>): string[][] {
	const cycles: string[][] = [];
	const state = new Map<string, 'visiting' | 'done'>();
	const stack: string[] = [];
	const visit = (id: string) => {
		state.set(id, 'visiting');
		stack.push(id);
		for (const dep of graph.get(id) ?? []) {
			if (!graph.has(dep)) continue;
			if (state.get(dep) === 'visiting') cycles.push([...stack.slice(stack.indexOf(dep)), dep]);
			else if (!state.has(dep)) visit(dep);
		}
		stack.pop();
		state.set(id, 'done');
	};
	for (const id of graph.keys()) if (!state.has(id)) visit(id);
	return cycles;
}
