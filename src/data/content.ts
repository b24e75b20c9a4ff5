/** Typed access to the docs collection: framework and practice pages (build time only). */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Framework } from '../schemas/framework';
import type { Practice } from '../schemas/practice';
import { sectionText } from '../lib/markdown-text';

export type DocsEntry = CollectionEntry<'docs'>;
export type FrameworkEntry = DocsEntry & { data: { framework: Framework } };
export type PracticeEntry = DocsEntry & { data: { practice: Practice } };

/** Whether a docs entry is a framework page. */
export const isFrameworkEntry = (entry: DocsEntry): entry is FrameworkEntry =>
	entry.data.framework !== undefined;
/** Whether a docs entry is a practice page. */
export const isPracticeEntry = (entry: DocsEntry): entry is PracticeEntry =>
	entry.data.practice !== undefined;

/** Every framework, in sidebar order. */
export async function getFrameworks(): Promise<Framework[]> {
	const entries = (await getCollection('docs')).filter(isFrameworkEntry);
	entries.sort(
		(a, b) =>
			(a.data.sidebar.order ?? 99) - (b.data.sidebar.order ?? 99) || a.id.localeCompare(b.id)
	);
	return entries.map((entry) => entry.data.framework);
}

/**
 * The framework with id `id`, which a component (named for the message) renders because of its
 * `kind`; stops the build with the ids it could take instead when there is no such framework.
 */
export async function frameworkOfKind(
	id: string,
	kind: Framework['kind'],
	component: string
): Promise<Framework> {
	const frameworks = await getFrameworks();
	const fw = frameworks.find((f) => f.id === id);
	if (fw?.kind === kind) return fw;
	const ids = frameworks.filter((f) => f.kind === kind).map((f) => f.id);
	throw new Error(
		`<${component} framework="${id}" />: no framework of kind "${kind}" has that id (those that do: ${ids.join(', ')}).`
	);
}

type PracticeWithText = Practice & { title: string; startManually: string };
let practicesOnce: Promise<PracticeWithText[]> | undefined;

/**
 * Every practice, ordered by title, with its page's "Start manually" advice as plain text. Many
 * pages need this list, and extracting the advice reads every practice's body, so a build
 * computes it once; the dev server recomputes it so that edits show.
 */
export function getPractices(): Promise<PracticeWithText[]> {
	if (import.meta.env.DEV) return loadPractices();
	return (practicesOnce ??= loadPractices());
}

async function loadPractices(): Promise<PracticeWithText[]> {
	const entries = (await getCollection('docs')).filter(isPracticeEntry);
	entries.sort((a, b) => a.data.title.localeCompare(b.data.title));
	return entries.map((entry) => ({
		...entry.data.practice,
		title: entry.data.title,
		startManually: sectionText(entry.body ?? '', 'Start manually'),
	}));
}

/** Id, title and dimension of every practice, for navigation (no body text is read). */
export async function getPracticeIndex(): Promise<PracticeIndexEntry[]> {
	return (await getCollection('docs')).filter(isPracticeEntry).map((entry) => ({
		id: entry.data.practice.id,
		title: entry.data.title,
		dimension: entry.data.practice.dimension,
	}));
}
export interface PracticeIndexEntry {
	id: string;
	title: string;
	dimension: string;
}

/** The framework of the page being rendered; components on framework pages call this. */
export function currentFramework(locals: App.Locals, component: string): Framework {
	const framework = locals.starlightRoute.entry.data.framework;
	if (!framework) {
		throw new Error(
			`<${component} /> can only be used on a framework page (one with \`framework\` frontmatter).`
		);
	}
	return framework;
}

/** The practice of the page being rendered; components on practice pages call this. */
export function currentPractice(locals: App.Locals, component: string): Practice {
	const practice = locals.starlightRoute.entry.data.practice;
	if (!practice) {
		throw new Error(
			`<${component} /> can only be used on a practice page (one with \`practice\` frontmatter).`
		);
	}
	return practice;
}

/** Site-relative URL of any page, from its root-relative path, e.g. `siteHref('/self-check/')`. */
export const siteHref = (path: string) => `${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`;

/** Site-relative URL of a framework page, e.g. `/frameworks/google-mlops/`. */
export const frameworkHref = (id: string, hash?: string) =>
	`${import.meta.env.BASE_URL.replace(/\/$/, '')}/frameworks/${id}/${hash ? `#${hash}` : ''}`;
/** Site-relative URL of the practices folder, e.g. `/practices/`. */
export const practicesBase = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/practices/`;
/** Site-relative URL of a practice page. */
export const practiceHref = (id: string) => `${practicesBase}${id}/`;
