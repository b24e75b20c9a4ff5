/**
 * Everything the quick self-check shows, computed from the answers in one pure function:
 * ladder levels (with targets and their gaps), AI Adoption phases per theme, estimates toward
 * the Marvelous baseline and the ML Test Score, a per-dimension profile, and the merged list
 * of next steps. The client script only renders what this returns.
 */
import type { AnswerValue, Answers } from './answers';
import { mlTestScore } from './ml-test-score';
import {
	ladderResult,
	levelVerdicts,
	type LadderFramework,
	type LadderResult,
	type PracticeVerdict,
	type ScoredPractice,
} from './scoring';

export interface CheckPractice extends ScoredPractice {
	title: string;
	dimension: string;
	dependsOn: readonly string[];
	/** The practice page's "Start manually" advice, as plain text. */
	startManually: string;
}

export interface SelfCheckModel {
	questionSet: string;
	practices: readonly CheckPractice[];
	ladders: ReadonlyArray<LadderFramework & { levelTerm: string }>;
	themes: {
		frameworkId: string;
		themes: ReadonlyArray<{ id: string; name: string }>;
		phases: ReadonlyArray<{ n: number; name: string }>;
	};
	marvelous: { frameworkId: string; baselineItems: readonly string[] };
	mlTestScore: {
		frameworkId: string;
		tests: ReadonlyArray<{ id: string; section: string }>;
		bands: ReadonlyArray<{ upTo?: number }>;
	};
	dimensions: ReadonlyArray<{ id: string; name: string }>;
}

export interface LadderOutcome {
	result: LadderResult;
	/** The reader's target level, if set. */
	target?: number;
	/** Levels between the reached level and the target (0 when reached or no target). */
	gap: number;
	/** Practices not yet in place for every level up to the target (or the next level). */
	toward: PracticeVerdict[];
}

export interface ThemeOutcome {
	id: string;
	name: string;
	/** 1–3, or 0 when not answered. */
	phase: number;
	phaseName: string;
}

export interface NextStep {
	practiceId: string;
	title: string;
	startManually: string;
	/** Short names of the frameworks whose next (or target) level this practice helps unlock. */
	unlocks: string[];
	/** True when it is listed because another next step builds on it. */
	prerequisite: boolean;
	needsAutomation: boolean;
}

export interface DimensionOutcome {
	id: string;
	name: string;
	/** Share of the dimension's practices in place, 0–1 (automated or yes 1, manually 0.5). */
	score: number;
	asked: number;
	unanswered: number;
	notApplicable: number;
}

export interface Evaluation {
	ladders: LadderOutcome[];
	themes: ThemeOutcome[];
	marvelous: { covered: number; met: number; total: number; unmetPractices: string[] };
	mlTestScore: {
		estimate: number;
		sections: Record<string, number>;
		coveredTests: number;
		totalTests: number;
	};
	dimensions: DimensionOutcome[];
	nextSteps: NextStep[];
	answered: number;
	total: number;
}

/** How far an answer puts a practice in place: 1 fully, 0.5 by hand, 0 not; undefined for N/A. */
export function practiceValue(answer: AnswerValue | undefined): number | undefined {
	if (answer === 'na') return undefined;
	if (answer === 'yes' || answer === 'automated') return 1;
	if (answer === 'manual') return 0.5;
	return 0;
}

const isInPlace = (answer: AnswerValue | undefined) =>
	answer === 'na' || (practiceValue(answer) ?? 0) > 0;

/** Practices not in place for every level above the reached one, up to `upTo`. */
function blockersUpTo(
	framework: LadderFramework,
	practices: readonly ScoredPractice[],
	answers: Answers,
	result: LadderResult,
	upTo: number
): PracticeVerdict[] {
	const seen = new Set<string>();
	const blockers: PracticeVerdict[] = [];
	for (const level of framework.levels) {
		if (level.n <= result.level || level.n > upTo) continue;
		for (const verdict of levelVerdicts(framework, level.n, practices, answers)) {
			if (verdict.verdict === 'met' || verdict.verdict === 'na' || seen.has(verdict.practiceId))
				continue;
			seen.add(verdict.practiceId);
			blockers.push(verdict);
		}
	}
	return blockers;
}

/** Evaluate every framework for a set of answers and optional targets (framework id → level). */
export function evaluate(
	model: SelfCheckModel,
	answers: Answers,
	targets: Readonly<Record<string, number | undefined>> = {}
): Evaluation {
	const get = (id: string) => (Object.hasOwn(answers, id) ? answers[id] : undefined);
	const safeAnswers: Answers = Object.fromEntries(model.practices.map((p) => [p.id, get(p.id)]));

	const ladders = model.ladders.map((framework): LadderOutcome => {
		const result = ladderResult(framework, model.practices, safeAnswers);
		const top = Math.max(...framework.levels.map((l) => l.n));
		const rawTarget = targets[framework.id];
		const target =
			rawTarget !== undefined && framework.levels.some((l) => l.n === rawTarget)
				? rawTarget
				: undefined;
		const upTo =
			target !== undefined && target > result.level ? target : Math.min(result.level + 1, top);
		const levelsAbove = framework.levels.filter(
			(l) => l.n > result.level && l.n <= (target ?? result.level)
		).length;
		return {
			result,
			...(target !== undefined ? { target } : {}),
			gap: levelsAbove,
			toward: blockersUpTo(framework, model.practices, safeAnswers, result, upTo),
		};
	});

	const themes = model.themes.themes.map((theme): ThemeOutcome => {
		const answer = get(`theme-${theme.id}`);
		const phase = answer && /^phase-[1-3]$/.test(answer) ? Number(answer.slice(6)) : 0;
		return {
			id: theme.id,
			name: theme.name,
			phase,
			phaseName: model.themes.phases.find((p) => p.n === phase)?.name ?? 'Not answered',
		};
	});

	// Marvelous: a baseline statement covered by asked practices is met when all of them are in place.
	const baseline = new Set(model.marvelous.baselineItems);
	const statements = new Map<string, boolean>();
	const unmetPractices = new Set<string>();
	for (const practice of model.practices) {
		for (const m of practice.mappings) {
			if (m.framework !== model.marvelous.frameworkId || !m.item || !baseline.has(m.item)) continue;
			const inPlace = isInPlace(safeAnswers[practice.id]);
			if (!inPlace) unmetPractices.add(practice.id);
			statements.set(m.item, (statements.get(m.item) ?? true) && inPlace);
		}
	}

	// ML Test Score: a lower bound. A test scores what its best-answered practice shows; a "yes"
	// counts as manual (0.5), since a yes/no answer does not say whether it is automated.
	const testAnswers: Record<string, AnswerValue> = {};
	const covered = new Set<string>();
	for (const practice of model.practices) {
		for (const m of practice.mappings) {
			if (m.framework !== model.mlTestScore.frameworkId || !m.item) continue;
			covered.add(m.item);
			const value = practiceValue(safeAnswers[practice.id]) ?? 0;
			const answer =
				practice.answer === 'automation' && value === 1
					? 'automated'
					: value > 0
						? 'manual'
						: undefined;
			const current = testAnswers[m.item];
			if (answer === 'automated' || (answer === 'manual' && current !== 'automated'))
				testAnswers[m.item] = answer;
		}
	}
	const score = mlTestScore(model.mlTestScore.tests, testAnswers, model.mlTestScore.bands);

	const dimensions = model.dimensions.map((d): DimensionOutcome => {
		const asked = model.practices.filter((p) => p.dimension === d.id);
		const values = asked.map((p) => practiceValue(safeAnswers[p.id]));
		const counted = values.filter((v): v is number => v !== undefined);
		return {
			id: d.id,
			name: d.name,
			score: counted.length ? counted.reduce((a, b) => a + b, 0) / counted.length : 0,
			asked: asked.length,
			unanswered: asked.filter((p) => safeAnswers[p.id] === undefined).length,
			notApplicable: values.length - counted.length,
		};
	});

	const questionIds = [
		...model.practices.map((p) => p.id),
		...model.themes.themes.map((t) => `theme-${t.id}`),
	];
	return {
		ladders,
		themes,
		marvelous: {
			covered: statements.size,
			met: [...statements.values()].filter(Boolean).length,
			total: baseline.size,
			unmetPractices: [...unmetPractices],
		},
		mlTestScore: {
			estimate: score.final,
			sections: score.sections,
			coveredTests: covered.size,
			totalTests: model.mlTestScore.tests.length,
		},
		dimensions,
		nextSteps: nextSteps(model, ladders, safeAnswers),
		answered: questionIds.filter((id) => get(id) !== undefined).length,
		total: questionIds.length,
	};
}

/**
 * Merge the practices that block each framework's next (or target) level into one list:
 * a practice always comes after the practices it depends on (unmet dependencies are added even
 * if no level needs them directly); otherwise practices that unlock more frameworks come first,
 * then by title.
 */
export function nextSteps(
	model: Pick<SelfCheckModel, 'practices' | 'ladders'>,
	ladders: readonly LadderOutcome[],
	answers: Answers
): NextStep[] {
	const byId = new Map(model.practices.map((p) => [p.id, p]));
	const unlocks = new Map<string, Set<string>>();
	const needsAutomation = new Set<string>();
	ladders.forEach((outcome, i) => {
		for (const blocker of outcome.toward) {
			if (!unlocks.has(blocker.practiceId)) unlocks.set(blocker.practiceId, new Set());
			unlocks.get(blocker.practiceId)!.add(model.ladders[i]!.shortName);
			if (blocker.needsAutomation) needsAutomation.add(blocker.practiceId);
		}
	});
	// Add unmet dependencies (transitively) that are part of the question set.
	const direct = new Set(unlocks.keys());
	const queue = [...direct];
	while (queue.length) {
		for (const dep of byId.get(queue.shift()!)?.dependsOn ?? []) {
			if (!byId.has(dep) || unlocks.has(dep) || isInPlace(answers[dep])) continue;
			unlocks.set(dep, new Set());
			queue.push(dep);
		}
	}
	// Kahn's algorithm, choosing among the ready practices by how many frameworks they unlock.
	const pending = new Set(unlocks.keys());
	const ordered: NextStep[] = [];
	const rank = (id: string) => [-unlocks.get(id)!.size, byId.get(id)!.title] as const;
	while (pending.size) {
		const ready = [...pending].filter(
			(id) => !(byId.get(id)!.dependsOn ?? []).some((dep) => pending.has(dep))
		);
		// A cycle cannot happen (the build rejects them); fall back to all pending if it ever did.
		const pool = ready.length ? ready : [...pending];
		pool.sort((a, b) => {
			const [ca, ta] = rank(a);
			const [cb, tb] = rank(b);
			return ca - cb || ta.localeCompare(tb);
		});
		const id = pool[0]!;
		pending.delete(id);
		const practice = byId.get(id)!;
		ordered.push({
			practiceId: id,
			title: practice.title,
			startManually: practice.startManually,
			unlocks: [...unlocks.get(id)!],
			prerequisite: !direct.has(id),
			needsAutomation: needsAutomation.has(id),
		});
	}
	return ordered;
}
