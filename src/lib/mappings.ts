/** Describing where a practice maps: a framework level, a theme's phase or a rubric item. */
import type { Framework } from '../schemas/framework';
import type { Mapping } from '../schemas/practice';
import { levelAnchor } from './format';

type DescribedFramework = Pick<
	Framework,
	'id' | 'shortName' | 'levelTerm' | 'levels' | 'items' | 'dimensions'
>;

export interface MappingTarget {
	frameworkId: string;
	frameworkName: string;
	/** What the practice maps to, e.g. "Level 2: Automated training" or "Infra 6 · Models are canaried before serving". */
	label: string;
	/** Anchor on the framework page, e.g. `level-2` or `item-infra-6`. */
	anchor: string;
	/** Extra detail, e.g. "needs it automated" or "theme: Learn". */
	notes: string[];
	/** For ordering: the level number, or the item's position. */
	order: number;
}

/** Describe one mapping against its (known) framework. */
export function describeMapping(mapping: Mapping, framework: DescribedFramework): MappingTarget {
	const notes: string[] = [];
	if (mapping.theme) {
		notes.push(
			`theme: ${framework.dimensions.find((d) => d.id === mapping.theme)?.name ?? mapping.theme}`
		);
	}
	if (mapping.minimum === 'automated') notes.push('needs it automated');
	if (mapping.level !== undefined) {
		const level = framework.levels.find((l) => l.n === mapping.level);
		return {
			frameworkId: framework.id,
			frameworkName: framework.shortName,
			label: `${framework.levelTerm} ${mapping.level}: ${level?.name ?? '?'}`,
			anchor: levelAnchor(mapping.level),
			notes,
			order: mapping.level,
		};
	}
	const index = framework.items.findIndex((i) => i.id === mapping.item);
	const item = framework.items[index];
	return {
		frameworkId: framework.id,
		frameworkName: framework.shortName,
		label: item ? `${item.label} · ${item.name}` : String(mapping.item),
		anchor: `item-${mapping.item}`,
		notes,
		order: index,
	};
}

/** A practice as a framework page lists it under one of its levels or items. */
export interface MappedPractice {
	id: string;
	title: string;
	/** e.g. "needs it automated", "theme: Learn". */
	notes: string[];
}

/**
 * The practices the atlas maps to each level (`level-<n>`) and item (`item-<id>`) of a framework,
 * sorted by title: the inverse of the practices' `mappings`, for framework pages.
 */
export function practicesByTarget(
	framework: DescribedFramework,
	practices: ReadonlyArray<{ id: string; title: string; mappings: readonly Mapping[] }>
): Map<string, MappedPractice[]> {
	const targets = new Map<string, MappedPractice[]>();
	for (const practice of practices) {
		for (const mapping of practice.mappings) {
			if (mapping.framework !== framework.id) continue;
			const { anchor, notes } = describeMapping(mapping, framework);
			const list = targets.get(anchor) ?? [];
			const known = list.find((p) => p.id === practice.id);
			if (known) known.notes = [...new Set([...known.notes, ...notes])];
			else list.push({ id: practice.id, title: practice.title, notes });
			targets.set(anchor, list);
		}
	}
	for (const list of targets.values()) list.sort((a, b) => a.title.localeCompare(b.title, 'en'));
	return targets;
}
