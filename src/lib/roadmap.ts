/**
 * The roadmap, "from zero to hero": an ordered path of steps, generated from the practices'
 * dependencies and from where the ladders place their levels on the site's common stages.
 * Pure: it reads the frameworks and practices the self-check reads, and computes what each step
 * unlocks with the self-check's own engine, so the two can never disagree.
 *
 * The ordering is the site's interpretation, stated on the roadmap page:
 * - A level is reached only when all of it is in place, so the practices mapped to a level are
 *   due by the last stage the level covers (`stageTo`, else `stage`). A practice is due at the
 *   earliest stage any ladder or phase profile needs it by. Step k gathers the practices due at
 *   one stage; stages with nothing due (the manual starting point) give no step.
 * - A practice's unmet dependencies join its step, even when no ladder needs them that early.
 * - Quick-check practices that no level names (only rubrics and checklists count them) come in
 *   a last step, "beyond the ladders", with their unmet dependencies.
 * - Within a step, dependencies come first; then what more frameworks count at that stage, then
 *   by title.
 * - Unlocks: the engine scores "every practice of steps 1…k in place, every other one not", and
 *   each framework's result is compared with the one before the step.
 */
import type { Level } from '../schemas/framework';
import type { Mapping } from '../schemas/practice';
import type { AnswerValue, Answers } from './answers';
import { STAGES, type Stage } from './crosswalk';
import {
	buildSelfCheckModel,
	evaluateAll,
	itemQuestionId,
	type EngineFramework,
	type EnginePractice,
	type Result,
	type SelfCheckModel,
} from './engine';
import { findCycles } from './model';

/** A framework as the roadmap needs it: the engine's view plus where its levels sit on the stages. */
export type RoadmapFramework = Omit<EngineFramework, 'levels'> & {
	levels: ReadonlyArray<Pick<Level, 'n' | 'name' | 'summary' | 'stage'> & { stageTo?: number }>;
};

/** Thrown when the practices cannot be put in order; the message names the practice. */
export class RoadmapError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'RoadmapError';
	}
}

/** A level of a ladder or phase profile that names a practice. */
export interface LevelNeed {
	frameworkId: string;
	/** The framework's short name, e.g. "Microsoft MLOps". */
	framework: string;
	/** "Level" or "Phase". */
	term: string;
	n: number;
	name: string;
	/** For a phase profile: the theme the phase is for. */
	theme?: string;
	/** True when "manually" is not enough for this level. */
	automated: boolean;
	/** The stage by which this level needs the practice. */
	dueStage: number;
}

export interface RoadmapPractice {
	id: string;
	title: string;
	/** The practice page's "Start manually" advice, as plain text. */
	startManually: string;
	/** Every level that names the practice, earliest due first. */
	needs: LevelNeed[];
	/**
	 * When the practice is in this step only because others here depend on it (no level needs it
	 * by this step's stage): the titles of those practices.
	 */
	neededFirstBy: string[];
	/** Frameworks that count the practice through their items (rubrics, checklists, bands). */
	items: Array<{ frameworkId: string; framework: string; count: number }>;
}

/** One change a step brings under one framework, computed by the engine. */
export type Unlock =
	| {
			/** A ladder reaches new levels (every level passed is listed). */
			type: 'level';
			frameworkId: string;
			framework: string;
			term: string;
			levels: Array<{ n: number; name: string }>;
	  }
	| {
			/** A ladder stays below its top; `nextStep` is the step that moves it, if any. */
			type: 'same';
			frameworkId: string;
			framework: string;
			term: string;
			level: { n: number; name: string };
			nextStep?: number;
	  }
	| {
			/**
			 * A phase profile: every practice the site maps to these phases of these themes is now in
			 * place. The phase itself stays the reader's own answer in the self-check.
			 */
			type: 'evidence';
			frameworkId: string;
			framework: string;
			term: string;
			phases: Array<{ n: number; name: string; themes: string[] }>;
	  }
	| {
			/** A rubric, checklist or bands framework whose score changes. */
			type: 'score';
			frameworkId: string;
			framework: string;
			kind: EngineFramework['kind'];
			before: ScoreState;
			after: ScoreState;
	  };

export interface ScoreState {
	score: number;
	/** The band or baseline the score gives, e.g. "above 0, up to 1" or "Baseline not met yet". */
	levelName: string;
	/** Checklists: how many baseline statements there are. */
	of?: number;
}

export interface RoadmapStep {
	/** 1-based position in the path. */
	n: number;
	/** The anchor of the step's heading, e.g. `step-2`. */
	id: string;
	/** The common stage the step completes; undefined for the step beyond the ladders. */
	stage?: Stage;
	practices: RoadmapPractice[];
	unlocks: Unlock[];
	/** Every framework's result once this step and those before it are in place. */
	results: Result[];
}

export interface Roadmap {
	steps: RoadmapStep[];
	/** Every framework's result with nothing in place: where everyone starts. */
	start: Result[];
	/** Every framework's result after the last step. */
	end: Result[];
	/** Frameworks no practice maps to: the path cannot show progress under them. */
	unmapped: Array<{ id: string; name: string }>;
	/** Practices of the catalog the path leaves out (only rubrics and checklists count them). */
	leftOut: number;
	/** The engine's model the unlocks were computed with. */
	model: SelfCheckModel;
}

/** Kinds whose levels or phases a practice can be mapped to and that sit on the common stages. */
const STAGED: ReadonlyArray<EngineFramework['kind']> = ['ladder', 'phase-profile'];

/** The answer that puts a practice fully in place, or not at all, as the self-check encodes it. */
export const inPlaceAnswer = (p: Pick<EnginePractice, 'answer'>): AnswerValue =>
	p.answer === 'automation' ? 'automated' : 'yes';
export const notInPlaceAnswer = (p: Pick<EnginePractice, 'answer'>): AnswerValue =>
	p.answer === 'automation' ? 'not-yet' : 'no';

/** The last stage a level covers. */
const lastStage = (level: RoadmapFramework['levels'][number]) => level.stageTo ?? level.stage;

/** Check every reference the ordering relies on; throw naming the practice at fault. */
function validate(frameworks: readonly RoadmapFramework[], practices: readonly EnginePractice[]) {
	const ids = new Set<string>();
	for (const p of practices) {
		if (ids.has(p.id)) throw new RoadmapError(`Practice "${p.id}" is listed twice.`);
		ids.add(p.id);
	}
	const byId = new Map(frameworks.map((f) => [f.id, f]));
	for (const p of practices) {
		for (const dep of p.dependsOn) {
			if (!ids.has(dep)) {
				throw new RoadmapError(
					`Practice "${p.id}" depends on "${dep}", which is not a known practice.`
				);
			}
		}
		for (const m of p.mappings) {
			const fw = byId.get(m.framework);
			if (!fw) {
				throw new RoadmapError(
					`Practice "${p.id}" maps to framework "${m.framework}", which is not a known framework.`
				);
			}
			if (m.level !== undefined && !fw.levels.some((l) => l.n === m.level)) {
				throw new RoadmapError(
					`Practice "${p.id}" maps to ${fw.levelTerm.toLowerCase()} ${m.level} of "${fw.id}", which has no such ${fw.levelTerm.toLowerCase()}.`
				);
			}
		}
	}
	const [cycle] = findCycles(new Map(practices.map((p) => [p.id, p.dependsOn])));
	if (cycle) {
		throw new RoadmapError(
			`Practice "${cycle[0]}" depends on itself through a dependency cycle: ${cycle.join(' → ')}.`
		);
	}
}

/** Every level of a ladder or phase profile that names the practice, with the stage it is due by. */
function levelNeeds(fwById: Map<string, RoadmapFramework>, practice: EnginePractice): LevelNeed[] {
	return practice.mappings
		.filter((m): m is Mapping & { level: number } => m.level !== undefined)
		.flatMap((m) => {
			const fw = fwById.get(m.framework)!;
			if (!STAGED.includes(fw.kind)) return [];
			const level = fw.levels.find((l) => l.n === m.level)!;
			// A level needs the practice by its own last stage, and so does every higher level: the
			// earliest of these is when the practice is due (the same unless stages go down a ladder).
			const dueStage = Math.min(...fw.levels.filter((l) => l.n >= m.level).map(lastStage));
			const theme = m.theme ? fw.dimensions.find((d) => d.id === m.theme)?.name : undefined;
			return [
				{
					frameworkId: fw.id,
					framework: fw.shortName,
					term: fw.levelTerm,
					n: level.n,
					name: level.name,
					...(theme ? { theme } : {}),
					automated: practice.answer === 'automation' && m.minimum === 'automated',
					dueStage,
				},
			];
		})
		.sort((a, b) => a.dueStage - b.dueStage || a.framework.localeCompare(b.framework, 'en'));
}

/**
 * Order a step's practices: dependencies first; among those ready, the practice that more
 * frameworks count at this step comes first (as in the self-check's next steps), then by title.
 * A dependency pulled into the step ranks with the practices that need it, so it comes just
 * before them rather than at the end.
 */
function topological(
	group: readonly EnginePractice[],
	weight: (p: EnginePractice) => number
): EnginePractice[] {
	const pending = new Set(group.map((p) => p.id));
	const byId = new Map(group.map((p) => [p.id, p]));
	const rank = new Map<string, number>();
	const rankOf = (p: EnginePractice): number => {
		if (!rank.has(p.id)) {
			const dependents = group.filter((q) => q.dependsOn.includes(p.id));
			rank.set(p.id, Math.max(weight(p), ...dependents.map(rankOf)));
		}
		return rank.get(p.id)!;
	};
	const ordered: EnginePractice[] = [];
	while (pending.size) {
		const ready = [...pending]
			.map((id) => byId.get(id)!)
			.filter((p) => !p.dependsOn.some((dep) => pending.has(dep)))
			.sort((a, b) => rankOf(b) - rankOf(a) || a.title.localeCompare(b.title, 'en'));
		// `validate` rejected cycles, so something is always ready.
		const next = ready[0]!;
		pending.delete(next.id);
		ordered.push(next);
	}
	return ordered;
}

/** The answers of someone who has done exactly the given practices, and none of the others. */
export function answersFor(
	practices: readonly EnginePractice[],
	done: ReadonlySet<string>
): Answers {
	return Object.fromEntries(
		practices.map((p) => [p.id, done.has(p.id) ? inPlaceAnswer(p) : notInPlaceAnswer(p)])
	);
}

/** For a phase profile's theme: the phases whose mapped practices (and those below) are all in place. */
function evidencedPhases(
	fw: RoadmapFramework,
	practices: readonly EnginePractice[],
	result: Result,
	themeId: string
): number[] {
	const inPlace = new Set(result.inPlace.map((e) => e.questionId));
	const mappedAt = (n: number) =>
		practices.filter((p) =>
			p.mappings.some((m) => m.framework === fw.id && m.theme === themeId && m.level === n)
		);
	return fw.levels
		.filter((level) => mappedAt(level.n).length > 0)
		.filter((level) =>
			fw.levels
				.filter((l) => l.n <= level.n)
				.every((l) => mappedAt(l.n).every((p) => inPlace.has(p.id)))
		)
		.map((level) => level.n);
}

/** What changed under every framework between two sets of results. */
function unlocksBetween(
	frameworks: readonly RoadmapFramework[],
	practices: readonly EnginePractice[],
	before: readonly Result[],
	after: readonly Result[]
): Unlock[] {
	const find = (results: readonly Result[], id: string) => results.find((r) => r.id === id)!;
	const unlocks: Unlock[] = [];
	for (const fw of frameworks) {
		const mine = after.filter((r) => r.frameworkId === fw.id);
		if (fw.kind === 'ladder') {
			const [was, now] = [find(before, fw.id), find(after, fw.id)];
			const level = (n: number | undefined) => fw.levels.find((l) => l.n === n);
			if (now.level !== was.level) {
				unlocks.push({
					type: 'level',
					frameworkId: fw.id,
					framework: fw.shortName,
					term: fw.levelTerm,
					levels: fw.levels
						.filter((l) => l.n > (was.level ?? -Infinity) && l.n <= (now.level ?? -Infinity))
						.map((l) => ({ n: l.n, name: l.name })),
				});
			} else if (now.level !== fw.levels.at(-1)!.n) {
				unlocks.push({
					type: 'same',
					frameworkId: fw.id,
					framework: fw.shortName,
					term: fw.levelTerm,
					level: { n: now.level!, name: level(now.level)?.name ?? now.levelName! },
				});
			}
		} else if (fw.kind === 'phase-profile') {
			const phases = new Map<number, string[]>();
			for (const theme of fw.dimensions) {
				const id = itemQuestionId(fw.id, theme.id);
				const had = evidencedPhases(fw, practices, find(before, id), theme.id);
				for (const n of evidencedPhases(fw, practices, find(after, id), theme.id)) {
					if (!had.includes(n)) phases.set(n, [...(phases.get(n) ?? []), theme.name]);
				}
			}
			if (phases.size) {
				unlocks.push({
					type: 'evidence',
					frameworkId: fw.id,
					framework: fw.shortName,
					term: fw.levelTerm,
					phases: fw.levels
						.filter((l) => phases.has(l.n))
						.map((l) => ({ n: l.n, name: l.name, themes: phases.get(l.n)! })),
				});
			}
		} else if (fw.kind !== 'canvas') {
			const [was, now] = [find(before, fw.id), mine[0]!];
			const state = (r: Result): ScoreState => ({
				score: r.score ?? 0,
				levelName: r.levelName ?? '',
				...(fw.kind === 'checklist' ? { of: r.asked } : {}),
			});
			if (now.score !== was.score || now.level !== was.level) {
				unlocks.push({
					type: 'score',
					frameworkId: fw.id,
					framework: fw.shortName,
					kind: fw.kind,
					before: state(was),
					after: state(now),
				});
			}
		}
	}
	return unlocks;
}

/** Build the path from the frameworks and practices the self-check uses. */
export function buildRoadmap(
	frameworks: readonly RoadmapFramework[],
	practices: readonly EnginePractice[]
): Roadmap {
	validate(frameworks, practices);
	const fwById = new Map(frameworks.map((f) => [f.id, f]));
	const byId = new Map(practices.map((p) => [p.id, p]));
	const needs = new Map(practices.map((p) => [p.id, levelNeeds(fwById, p)]));
	const dueStage = (id: string) => needs.get(id)![0]?.dueStage;

	const placed = new Set<string>();
	const groups: Array<{ stage?: Stage; practices: EnginePractice[]; pulled: Set<string> }> = [];
	const addGroup = (stage: Stage | undefined, wanted: EnginePractice[]) => {
		const members = new Set(wanted.filter((p) => !placed.has(p.id)).map((p) => p.id));
		const pulled = new Set<string>();
		// Unmet dependencies join the step, however late a ladder would ask for them.
		const queue = [...members];
		while (queue.length) {
			for (const dep of byId.get(queue.shift()!)!.dependsOn) {
				if (placed.has(dep) || members.has(dep)) continue;
				members.add(dep);
				pulled.add(dep);
				queue.push(dep);
			}
		}
		if (!members.size) return;
		for (const id of members) placed.add(id);
		// How many frameworks count a practice by this stage.
		const weight = (p: EnginePractice) =>
			new Set(
				needs
					.get(p.id)!
					.filter((need) => stage && need.dueStage <= stage.n)
					.map((need) => need.frameworkId)
			).size;
		groups.push({
			...(stage ? { stage } : {}),
			practices: topological(
				[...members].map((id) => byId.get(id)!),
				weight
			),
			pulled,
		});
	};
	for (const stage of STAGES) {
		addGroup(
			stage,
			practices.filter((p) => dueStage(p.id) === stage.n)
		);
	}
	addGroup(
		undefined,
		practices.filter((p) => p.quickCheck)
	);

	const model = buildSelfCheckModel(frameworks as readonly EngineFramework[], practices);
	const done = new Set<string>();
	const results: Result[][] = [evaluateAll(model, answersFor(practices, done))];
	for (const group of groups) {
		for (const p of group.practices) done.add(p.id);
		results.push(evaluateAll(model, answersFor(practices, done)));
	}

	const steps: RoadmapStep[] = groups.map((group, i) => {
		const ids = new Set(group.practices.map((p) => p.id));
		return {
			n: i + 1,
			id: `step-${i + 1}`,
			...(group.stage ? { stage: group.stage } : {}),
			practices: group.practices.map((p) => {
				const items = new Map<string, number>();
				for (const m of p.mappings) {
					if (m.item !== undefined) items.set(m.framework, (items.get(m.framework) ?? 0) + 1);
				}
				return {
					id: p.id,
					title: p.title,
					startManually: p.startManually,
					needs: needs.get(p.id)!,
					neededFirstBy: group.pulled.has(p.id)
						? group.practices
								.filter((q) => ids.has(q.id) && q.dependsOn.includes(p.id))
								.map((q) => q.title)
						: [],
					items: [...items].map(([frameworkId, count]) => ({
						frameworkId,
						framework: fwById.get(frameworkId)!.shortName,
						count,
					})),
				};
			}),
			unlocks: unlocksBetween(frameworks, practices, results[i]!, results[i + 1]!),
			results: results[i + 1]!,
		};
	});
	// A ladder that stays put: say which later step moves it.
	for (const step of steps) {
		for (const unlock of step.unlocks) {
			if (unlock.type !== 'same') continue;
			const later = steps.find(
				(s) =>
					s.n > step.n &&
					s.unlocks.some((u) => u.type === 'level' && u.frameworkId === unlock.frameworkId)
			);
			if (later) unlock.nextStep = later.n;
		}
	}

	const mapped = new Set(practices.flatMap((p) => p.mappings.map((m) => m.framework)));
	return {
		steps,
		start: results[0]!,
		end: results.at(-1)!,
		unmapped: frameworks
			.filter((f) => !mapped.has(f.id))
			.map((f) => ({ id: f.id, name: f.shortName })),
		leftOut: practices.length - placed.size,
		model,
	};
}

/** A step's heading, e.g. "Step 2: Automated, reproducible training". */
export const stepTitle = (step: Pick<RoadmapStep, 'n' | 'stage'>) =>
	`Step ${step.n}: ${step.stage?.name ?? 'Beyond the ladders'}`;

/**
 * The headings the roadmap renders, in order: the page's table of contents lists them (they
 * come from a component, which Starlight's table of contents cannot see).
 */
export function roadmapHeadings(
	roadmap: Pick<Roadmap, 'steps'>
): Array<{ depth: 2; slug: string; text: string }> {
	return [
		{ depth: 2, slug: 'start', text: 'Where everyone starts' },
		{ depth: 2, slug: 'at-a-glance', text: 'The path at a glance' },
		...roadmap.steps.map((step) => ({ depth: 2 as const, slug: step.id, text: stepTitle(step) })),
		{ depth: 2, slug: 'left-out', text: 'What the path leaves out' },
	];
}
