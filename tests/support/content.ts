/** The real content, read from disk and checked, as the self-check engine takes it (Node only). */
import { readContentDir } from '~/lib/load-content';
import { checkModel } from '~/lib/model';
import type { EngineFramework, EnginePractice } from '~/lib/engine';
import type { Framework } from '~/schemas/framework';

/**
 * Frameworks (whole, as their pages declare them) in sidebar order and practices with their page
 * titles, from content/docs.
 */
export function realContent(): { frameworks: Framework[]; practices: EnginePractice[] } {
	const files = readContentDir('content/docs');
	const { model, issues } = checkModel(files);
	if (issues.length) throw new Error(`content has problems: ${JSON.stringify(issues)}`);
	const data = (id: string, key: 'framework' | 'practice') =>
		files.find((f) => (f.data[key] as { id?: string } | undefined)?.id === id)!.data;
	const order = (id: string) =>
		((data(id, 'framework').sidebar as { order?: number } | undefined)?.order ?? 99) as number;
	const frameworks = [...model.frameworks].sort((a, b) => order(a.id) - order(b.id));
	const practices = model.practices.map((p) => ({
		...p,
		title: String(data(p.id, 'practice').title),
		startManually: '',
	}));
	return { frameworks, practices };
}

/** The fields a hand-made fixture framework shares with every other: no aspects, items or bands. */
export const fixtureFrameworkBase = {
	levelTerm: 'Level' as const,
	dimensions: [],
	sections: [],
	items: [],
	selfCheck: { aggregate: 'total' as const, bands: [], baselineSections: [] },
};

/** A hand-made practice for fixtures: a yes/no quick-check question with the given mappings. */
export const fixturePractice = (
	id: string,
	mappings: EnginePractice['mappings'],
	extra: Partial<EnginePractice> = {}
): EnginePractice => ({
	id,
	title: id,
	statement: `${id} is in place.`,
	answer: 'binary',
	dimension: 'training',
	dependsOn: [],
	quickCheck: true,
	startManually: `Do ${id} by hand.`,
	mappings,
	...extra,
});

/** A hand-made three-level ladder (0 to 2) for fixtures; map practices to `tiny-ladder`. */
export const fixtureLadder: EngineFramework = {
	...fixtureFrameworkBase,
	id: 'tiny-ladder',
	name: 'A tiny ladder',
	shortName: 'Tiny',
	kind: 'ladder',
	levels: [
		{ n: 0, name: 'Nothing', summary: 'No practice.' },
		{ n: 1, name: 'Tracked', summary: 'Experiments are tracked.' },
		{ n: 2, name: 'Automated', summary: 'Training is automated.' },
	],
};
