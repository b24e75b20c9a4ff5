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
};

/** A level shown in one stage's row; `continued` when the level started in an earlier stage. */
export interface AlignedLevel {
	n: number;
	name: string;
	continued: boolean;
}

export interface StageRow {
	stage: Stage;
	/** Levels per framework id that cover this stage (possibly none). */
	cells: Record<string, AlignedLevel[]>;
}

/** The levels of a framework that cover a stage, in level order. */
export function levelsAtStage(framework: AlignedFramework, stage: number): AlignedLevel[] {
	return framework.levels
		.filter((level) => level.stage <= stage && stage <= (level.stageTo ?? level.stage))
		.map((level) => ({ n: level.n, name: level.name, continued: level.stage < stage }));
}

/** One row per stage, with the levels of every given framework that cover it. */
export function alignOnStages(frameworks: readonly AlignedFramework[]): StageRow[] {
	return STAGES.map((stage) => ({
		stage,
		cells: Object.fromEntries(frameworks.map((fw) => [fw.id, levelsAtStage(fw, stage.n)])),
	}));
}
