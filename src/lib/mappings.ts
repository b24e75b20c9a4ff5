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
