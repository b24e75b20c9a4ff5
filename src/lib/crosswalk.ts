/**
 * The site's common five-stage axis and the alignment of every ladder or phase framework on it.
 * The alignment is the site's interpretation (each level's `stage` in frontmatter), never a
 * publisher's claim; pages that show it say so.
 */
import type { Framework } from '../schemas/framework';

export interface Stage {
	n: number;
	name: string;
	summary: string;
}

/** The common axis, from everything manual to a closed loop at scale. */
export const STAGES: readonly Stage[] = [
	{
		n: 1,
		name: 'Manual and siloed',
		summary: 'Models are built and shipped by hand; teams work apart; nothing watches production.',
	},
	{
		n: 2,
		name: 'DevOps foundations',
		summary:
			'Application code is built, tested and released automatically; the model is still made by hand.',
	},
	{
		n: 3,
		name: 'Automated, reproducible training',
		summary: 'Training runs as a tracked, repeatable pipeline; code and models are versioned.',
	},
	{
		n: 4,
		name: 'Automated, gated deployment',
		summary:
			'Models reach production through tested, traceable release pipelines with online validation.',
	},
	{
		n: 5,
		name: 'Closed loop at scale',
		summary: 'Monitoring feeds retraining automatically, and many pipelines run the same way.',
	},
];

type AlignedFramework = Pick<Framework, 'id' | 'shortName'> & {
	levels: ReadonlyArray<Pick<Framework['levels'][number], 'n' | 'name' | 'stage' | 'stageTo'>>;
	crosswalk?: ReadonlyArray<Framework['crosswalk'][number]>;
};

/** What one framework shows in one stage's row: levels that cover it, or the framework's note on it. */
export type AlignedCell =
	| { kind: 'level'; n: number; name: string; continued: boolean }
	| { kind: 'note'; text: string; anchor: string };

export interface StageRow {
	stage: Stage;
	/** Cells per framework id for this stage (possibly none). */
	cells: Record<string, AlignedCell[]>;
}

/** The cells a framework has at one stage: its covering levels in level order, else its crosswalk note. */
export function cellsAtStage(framework: AlignedFramework, stage: number): AlignedCell[] {
	const levels: AlignedCell[] = framework.levels
		.filter((level) => level.stage <= stage && stage <= (level.stageTo ?? level.stage))
		.map((level) => ({
			kind: 'level',
			n: level.n,
			name: level.name,
			continued: level.stage < stage,
		}));
	const notes: AlignedCell[] = (framework.crosswalk ?? [])
		.filter((note) => note.stage === stage)
		.map((note) => ({ kind: 'note', text: note.text, anchor: note.anchor }));
	return [...levels, ...notes];
}

/** One row per stage, with the cells of every given framework. */
export function alignOnStages(frameworks: readonly AlignedFramework[]): StageRow[] {
	return STAGES.map((stage) => ({
		stage,
		cells: Object.fromEntries(frameworks.map((fw) => [fw.id, cellsAtStage(fw, stage.n)])),
	}));
}

/** Whether a framework can be placed on the common axis at all (it has levels or crosswalk notes). */
export function isAlignable(framework: AlignedFramework): boolean {
	return framework.levels.length > 0 || (framework.crosswalk?.length ?? 0) > 0;
}
