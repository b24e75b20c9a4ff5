/**
 * What to do next, from every framework's result at once, and the profile by dimension.
 * Pure: it reads the engine's results and the answers, nothing else.
 */
import { DIMENSIONS } from './dimensions';
import type { AnswerValue, Answers } from './answers';
import type { EnginePractice, Result, SelfCheckModel } from './engine';

export interface NextStep {
	practiceId: string;
	title: string;
	startManually: string;
	/** The results (by label) whose next level or target this practice helps reach. */
	unlocks: string[];
	/** True when it is listed because another step builds on it. */
	prerequisite: boolean;
	/** True when "manually" is not enough for some framework it helps. */
	needsAutomation: boolean;
}

/** How many next steps the page and the report show before "more". */
export const TOP_STEPS = 3;

const inPlace = (answer: AnswerValue | undefined) =>
	answer === 'yes' || answer === 'manual' || answer === 'automated' || answer === 'na';

/**
 * Merge what blocks each result into one ordered list of practices: a practice comes after the
 * practices it depends on (unmet dependencies join the list); otherwise practices that help more
 * results come first, then by title. A blocking item of a rubric or checklist is represented by
 * the practices mapped to it that are not in place. When a model is in production (a deployment
 * practice is in place) but nothing of monitoring is, a monitoring practice is among the first
 * three: an unwatched model in production is the risk every framework warns about.
 */
export function nextSteps(
	model: SelfCheckModel,
	results: readonly Result[],
	answers: Answers
): NextStep[] {
	const answer = (id: string) => (Object.hasOwn(answers, id) ? answers[id] : undefined);
	const byId = new Map(model.practices.map((p) => [p.id, p]));
	const unlocks = new Map<string, Set<string>>();
	const needsAutomation = new Set<string>();
	const add = (id: string, label: string, automation = false) => {
		if (!unlocks.has(id)) unlocks.set(id, new Set());
		unlocks.get(id)!.add(label);
		if (automation) needsAutomation.add(id);
	};
	const mappedTo = (frameworkId: string, item: string) =>
		model.practices.filter((p) =>
			p.mappings.some((m) => m.framework === frameworkId && m.item === item)
		);
	// Only results with an answer point anywhere: an empty form gives no next step.
	// A step is something the answers say is missing: answered as not (fully) in place, or a
	// quick-check question left open. An unanswered deep-check question is a question, not a step.
	const missing = (p: EnginePractice) =>
		answer(p.id) === undefined ? p.quickCheck : answer(p.id) !== 'na';
	for (const result of results) {
		if (result.status !== 'scored') continue;
		for (const blocker of result.blockers) {
			const practice = byId.get(blocker.questionId);
			if (practice) {
				if (missing(practice)) add(practice.id, result.label, blocker.needsAutomation);
				continue;
			}
			const item = blocker.questionId.slice(result.frameworkId.length + 1);
			for (const p of mappedTo(result.frameworkId, item)) {
				if (answer(p.id) !== 'automated' && answer(p.id) !== 'yes' && missing(p))
					add(p.id, result.label);
			}
		}
	}
	const direct = new Set(unlocks.keys());
	const queue = [...direct];
	while (queue.length) {
		for (const dep of byId.get(queue.shift()!)?.dependsOn ?? []) {
			if (!byId.has(dep) || unlocks.has(dep) || inPlace(answer(dep))) continue;
			unlocks.set(dep, new Set());
			queue.push(dep);
		}
	}
	// Kahn's algorithm, choosing among the ready practices by how many results they help.
	const pending = new Set(unlocks.keys());
	const ordered: EnginePractice[] = [];
	while (pending.size) {
		const ready = [...pending].filter(
			(id) => !byId.get(id)!.dependsOn.some((dep) => pending.has(dep))
		);
		const pool = ready.length ? ready : [...pending]; // cycles are rejected at build time
		pool.sort(
			(a, b) =>
				unlocks.get(b)!.size - unlocks.get(a)!.size ||
				byId.get(a)!.title.localeCompare(byId.get(b)!.title)
		);
		pending.delete(pool[0]!);
		ordered.push(byId.get(pool[0]!)!);
	}
	const inProduction = model.practices.some(
		(p) => p.dimension === 'deployment' && inPlace(answer(p.id)) && answer(p.id) !== 'na'
	);
	const watched = model.practices.some(
		(p) => p.dimension === 'monitoring' && answer(p.id) !== undefined && inPlace(answer(p.id))
	);
	if (inProduction && !watched) {
		const first = ordered.findIndex(
			(p, i) =>
				p.dimension === 'monitoring' &&
				p.dependsOn.every(
					(dep) => ordered.slice(0, i).some((q) => q.id === dep) || inPlace(answer(dep))
				)
		);
		if (first >= TOP_STEPS) {
			const [monitoring] = ordered.splice(first, 1);
			const after = Math.max(
				TOP_STEPS - 1,
				...monitoring!.dependsOn.map((dep) => ordered.findIndex((q) => q.id === dep) + 1)
			);
			ordered.splice(Math.min(after, TOP_STEPS - 1), 0, monitoring!);
		}
	}
	return ordered.map((p) => ({
		practiceId: p.id,
		title: p.title,
		startManually: p.startManually,
		unlocks: [...unlocks.get(p.id)!],
		prerequisite: !direct.has(p.id),
		needsAutomation: needsAutomation.has(p.id),
	}));
}

export interface DimensionOutcome {
	id: string;
	name: string;
	/** Share in place, 0–1, of the answered practices (automated or yes 1, manually 0.5). */
	score: number;
	/** Practices of the dimension the quick check asks, or that the reader answered. */
	asked: number;
	unanswered: number;
}

/** The profile by dimension: how much of each is in place among the practices asked. */
export function dimensionProfile(model: SelfCheckModel, answers: Answers): DimensionOutcome[] {
	const answer = (id: string) => (Object.hasOwn(answers, id) ? answers[id] : undefined);
	return DIMENSIONS.map((d) => {
		const asked = model.practices.filter(
			(p) => p.dimension === d.id && (p.quickCheck || answer(p.id) !== undefined)
		);
		const values = asked
			.map((p) => answer(p.id))
			.filter((a) => a !== undefined && a !== 'na')
			.map((a): number => (a === 'yes' || a === 'automated' ? 1 : a === 'manual' ? 0.5 : 0));
		return {
			id: d.id,
			name: d.name,
			score: values.length ? values.reduce((x, y) => x + y, 0) / values.length : 0,
			asked: asked.length,
			unanswered: asked.filter((p) => answer(p.id) === undefined).length,
		};
	});
}
