/**
 * The site's scoring rule for ladder frameworks (Microsoft, Google, AWS), as stated on the
 * "How scoring works" page: a practice mapped to a level is met when answered yes, manually or
 * automated (automated only where the mapping asks for it); a level is reached when every
 * practice mapped to it and to every level below is met or not applicable; the result is the
 * highest level reached without a gap.
 */
import type { Framework } from '../schemas/framework';
import type { Mapping, Practice } from '../schemas/practice';
import type { AnswerValue, Answers } from './answers';

/** The parts of a framework the ladder rule needs. */
export type LadderFramework = Pick<Framework, 'id' | 'shortName'> & {
	levels: ReadonlyArray<Pick<Framework['levels'][number], 'n' | 'name'>>;
};
/** The parts of a practice the ladder rule needs. */
export type ScoredPractice = Pick<Practice, 'id' | 'statement' | 'answer'> & {
	mappings: ReadonlyArray<Mapping>;
};

/** Whether one answer satisfies one mapping. */
export type Verdict = 'met' | 'na' | 'unmet' | 'unanswered';

export interface PracticeVerdict {
	practiceId: string;
	level: number;
	answer: AnswerValue | undefined;
	verdict: Verdict;
	/** True when the mapping needs "Automated" and "Manually" is not enough. */
	needsAutomation: boolean;
}

export interface LadderResult {
	frameworkId: string;
	/** The reached level's number; one below the lowest level when even that is not reached. */
	level: number;
	/** The reached level's name, or "Not yet <lowest level>" when below the first rung. */
	levelName: string;
	/** True when not even the framework's lowest level is reached (e.g. AWS "not yet Initial"). */
	belowFirstLevel: boolean;
	/** Verdicts for the practices of every reached level. */
	satisfied: PracticeVerdict[];
	/** The next level, if there is one above the reached level. */
	next?: { n: number; name: string };
	/** Practices of the next level that are not met (including unanswered ones). */
	blockers: PracticeVerdict[];
}

/** Judge one answer against one mapping. */
export function verdictFor(
	practice: Pick<Practice, 'answer'>,
	mapping: Pick<Mapping, 'minimum'>,
	answer: AnswerValue | undefined
): Verdict {
	if (answer === undefined) return 'unanswered';
	if (answer === 'na') return 'na';
	if (practice.answer === 'binary') return answer === 'yes' ? 'met' : 'unmet';
	if (answer === 'automated') return 'met';
	if (answer === 'manual') return mapping.minimum === 'automated' ? 'unmet' : 'met';
	return 'unmet';
}

/** Every practice's verdict for one level of one framework. */
export function levelVerdicts(
	framework: Pick<Framework, 'id'>,
	level: number,
	practices: readonly ScoredPractice[],
	answers: Answers
): PracticeVerdict[] {
	const verdicts: PracticeVerdict[] = [];
	for (const practice of practices) {
		for (const mapping of practice.mappings) {
			if (mapping.framework !== framework.id || mapping.level !== level) continue;
			const answer = answers[practice.id];
			verdicts.push({
				practiceId: practice.id,
				level,
				answer,
				verdict: verdictFor(practice, mapping, answer),
				needsAutomation: practice.answer === 'automation' && mapping.minimum === 'automated',
			});
		}
	}
	return verdicts;
}

const passes = (v: PracticeVerdict) => v.verdict === 'met' || v.verdict === 'na';

/**
 * Apply the ladder rule. The framework's lowest level counts as reached when no practice is
 * mapped to it (Microsoft and Google level 0 describe the absence of practices); a higher level
 * with no practice mapped to it cannot be reached, since nothing shows it.
 */
export function ladderResult(
	framework: LadderFramework,
	practices: readonly ScoredPractice[],
	answers: Answers
): LadderResult {
	const levels = [...framework.levels].sort((a, b) => a.n - b.n);
	const lowest = levels[0];
	if (!lowest) throw new Error(`Framework "${framework.id}" has no levels to score against.`);
	const satisfied: PracticeVerdict[] = [];
	let reached: (typeof levels)[number] | undefined;
	for (const level of levels) {
		const verdicts = levelVerdicts(framework, level.n, practices, answers);
		const isFloor = level === lowest && verdicts.length === 0;
		if (!isFloor && (verdicts.length === 0 || !verdicts.every(passes))) {
			return {
				frameworkId: framework.id,
				level: reached ? reached.n : lowest.n - 1,
				levelName: reached ? reached.name : `Not yet ${lowest.name}`,
				belowFirstLevel: !reached,
				satisfied,
				next: { n: level.n, name: level.name },
				blockers: verdicts.filter((v) => !passes(v)),
			};
		}
		satisfied.push(...verdicts);
		reached = level;
	}
	const top = levels.at(-1)!;
	return {
		frameworkId: framework.id,
		level: top.n,
		levelName: top.name,
		belowFirstLevel: false,
		satisfied,
		blockers: [],
	};
}
