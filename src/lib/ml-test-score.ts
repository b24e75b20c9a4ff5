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

/** The six interpretation bands of the 2017 paper, from the lowest (0) to the highest (5). */
export const BANDS = [
	{ band: 0, range: '0', upTo: 0, meaning: 'More of a research project than a production system.' },
	{
		band: 1,
		range: 'above 0, up to 1',
		upTo: 1,
		meaning: 'Not wholly untested, but serious holes in reliability are likely.',
	},
	{
		band: 2,
		range: 'above 1, up to 2',
		upTo: 2,
		meaning: 'A first pass at productionisation; more investment is probably needed.',
	},
	{
		band: 3,
		range: 'above 2, up to 3',
		upTo: 3,
		meaning: 'Reasonably tested, though more tests and procedures could be automated.',
	},
	{
		band: 4,
		range: 'above 3, up to 5',
		upTo: 5,
		meaning: 'Strong automated testing and monitoring, fit for mission-critical systems.',
	},
	{
		band: 5,
		range: 'above 5',
		upTo: Infinity,
		meaning: 'Exceptional automated testing and monitoring.',
	},
] as const;

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
	/** The interpretation band, 0 (lowest) to 5. */
	band: number;
	/** The sections that set the final score (the weakest ones). */
	weakest: SectionId[];
	/** Number of tests answered, for progress. */
	answered: number;
}

/** The band a final score falls in: exactly 1 is in band 1, (1, 2] in band 2, and so on. */
export function bandFor(score: number): number {
	if (!Number.isFinite(score) || score <= 0) return 0;
	return BANDS.find((b) => score <= b.upTo)!.band;
}

/** Score a set of answers. Tests outside the four sections are ignored. */
export function mlTestScore(tests: readonly ScoredTest[], answers: Answers): MlTestScoreResult {
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
		band: bandFor(final),
		weakest: SECTIONS.filter((id) => sections[id] === final),
		answered,
	};
}
