/**
 * The ML Test Score exactly as in the 2017 paper (Breck et al.): per test 0 when not done,
 * 0.5 when run manually with results documented and shared, 1 when run automatically and
 * repeatedly; a section's score is the sum of its seven tests; the final score is the minimum
 * of the four section scores. Whatever the input, the result is a finite number from 0 to 7.
 */
import type { AnswerValue, Answers } from './answers';

export const SECTIONS = ['data', 'model', 'infra', 'monitor'] as const;
export type SectionId = (typeof SECTIONS)[number];

/** A test as the calculator needs it: its id and its section. */
export interface ScoredTest {
	id: string;
	section: string;
}

/**
 * A score band as the calculator needs it. The six bands of the 2017 paper live in the
 * framework's frontmatter (`selfCheck.bands`), the one copy the page and the calculator read.
 */
export interface Band {
	/** The highest score in the band, inclusive; absent for the open top band. */
	upTo?: number;
}

/** Points for one test's answer; anything that is not a known answer counts as not done. */
export function testPoints(answer: AnswerValue | undefined | unknown): number {
	if (answer === 'automated') return 1;
	if (answer === 'manual') return 0.5;
	return 0;
}

export interface MlTestScoreResult {
	/** Each section's sum, 0–7. */
	sections: Record<SectionId, number>;
	/** The minimum of the four section scores, 0–7. */
	final: number;
	/** The index of the interpretation band, 0 (lowest) up. */
	band: number;
	/** The sections that set the final score (the weakest ones). */
	weakest: SectionId[];
	/** Number of tests answered, for progress. */
	answered: number;
}

/** The index of the band a score falls in: the first whose upper bound is not below it. */
export function bandFor(score: number, bands: readonly Band[]): number {
	if (!Number.isFinite(score) || score <= 0) return 0;
	const index = bands.findIndex((b) => b.upTo === undefined || score <= b.upTo);
	return index === -1 ? bands.length - 1 : index;
}

/** Score a set of answers. Tests outside the four sections are ignored. */
export function mlTestScore(
	tests: readonly ScoredTest[],
	answers: Answers,
	bands: readonly Band[]
): MlTestScoreResult {
	const sections: Record<SectionId, number> = { data: 0, model: 0, infra: 0, monitor: 0 };
	let answered = 0;
	for (const test of tests) {
		if (!(SECTIONS as readonly string[]).includes(test.section)) continue;
		const answer = Object.hasOwn(answers, test.id) ? answers[test.id] : undefined;
		if (answer !== undefined) answered++;
		// Sum in halves (integers) so no floating-point error can creep in.
		sections[test.section as SectionId] += testPoints(answer) * 2;
	}
	for (const id of SECTIONS) sections[id] = Math.min(14, sections[id]) / 2;
	const final = Math.min(...SECTIONS.map((id) => sections[id]));
	return {
		sections,
		final,
		band: bandFor(final, bands),
		weakest: SECTIONS.filter((id) => sections[id] === final),
		answered,
	};
}
