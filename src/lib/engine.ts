/**
 * The self-check engine: one pure model built from the frameworks and practices collections,
 * and one scorer per framework `kind`, each returning the same result shape. Nothing here
 * knows a framework by id: what a framework's rule needs (levels, items, sections, score
 * bands, the baseline of a checklist, an answer that leaves it out) comes from its frontmatter.
 *
 * Questions are of three sorts, all answered once and shared by every framework that uses
 * them: practices (id = the practice id), a framework's items and themes (`<framework>:<id>`),
 * and a framework's scope question (`<framework>`), for frameworks that apply only to some
 * teams. An item that is not answered directly takes its answer from the practices mapped to
 * it, once all of them are answered (the site's rule, stated on "How scoring works").
 */
import type { Framework } from '../schemas/framework';
import type { Mapping, Practice } from '../schemas/practice';
import type { AnswerType, AnswerValue, Answers } from './answers';
import { questionSetVersion, type Aliases, type TargetOptions } from './assessment';

/** A practice as the engine needs it. */
export type EnginePractice = Pick<
	Practice,
	'id' | 'statement' | 'answer' | 'dimension' | 'dependsOn' | 'quickCheck'
> & {
	title: string;
	/** The practice page's "Start manually" advice, as plain text. */
	startManually: string;
	mappings: readonly Mapping[];
};

/** A framework as the engine needs it. */
export type EngineFramework = Pick<
	Framework,
	'id' | 'name' | 'shortName' | 'kind' | 'levelTerm' | 'selfCheck'
> & {
	levels: ReadonlyArray<Pick<Framework['levels'][number], 'n' | 'name' | 'summary'>>;
	dimensions: ReadonlyArray<Pick<Framework['dimensions'][number], 'id' | 'name'>>;
	sections: ReadonlyArray<Pick<Framework['sections'][number], 'id' | 'name'>>;
	items: ReadonlyArray<
		Pick<Framework['items'][number], 'id' | 'label' | 'section' | 'name' | 'summary' | 'appliesTo'>
	>;
};

/** One question of the self-check. */
export interface Question {
	id: string;
	answer: AnswerType;
	/** Short title, e.g. a practice's title or "Data 1 · Feature expectations are captured". */
	title: string;
	/** The checkable statement the reader answers. */
	statement: string;
	/** Asked in the quick check; every other question is in the deep check. */
	quick: boolean;
	/** The practice's dimension; items and themes have none. */
	dimension?: string;
	/** For items, themes and scope questions: the framework they belong to. */
	frameworkId?: string;
	/** For choice questions: the options, in order. */
	options?: ReadonlyArray<{ value: AnswerValue; label: string }>;
	dependsOn: readonly string[];
	startManually: string;
}

/** The model the self-check page, the client element and the report all read. */
export interface SelfCheckModel {
	frameworks: readonly EngineFramework[];
	practices: readonly EnginePractice[];
	questions: readonly Question[];
	/** A tag that changes whenever a question's id or answer type does. */
	questionSet: string;
	/** Ids earlier question sets used, mapped to today's (e.g. `theme-learn` for a theme). */
	aliases: Aliases;
	/** The levels a reader may set as a target, per ladder. */
	targetOptions: TargetOptions;
}

/**
 * A framework as the browser needs it to rebuild the same model: everything the rules read,
 * without the texts the page already shows (summaries, band meanings).
 */
export function slimFramework(fw: EngineFramework): EngineFramework {
	return {
		id: fw.id,
		name: fw.name,
		shortName: fw.shortName,
		kind: fw.kind,
		levelTerm: fw.levelTerm,
		selfCheck: { ...fw.selfCheck, bands: fw.selfCheck.bands.map((b) => ({ ...b, meaning: '' })) },
		levels: fw.levels.map((l) => ({ n: l.n, name: l.name, summary: '' })),
		dimensions: fw.dimensions.map((d) => ({ id: d.id, name: d.name })),
		sections: fw.sections.map((x) => ({ id: x.id, name: x.name })),
		items: fw.items.map((i) => ({
			id: i.id,
			label: i.label,
			section: i.section,
			name: i.name,
			summary: '',
			...(i.appliesTo ? { appliesTo: i.appliesTo } : {}),
		})),
	};
}

/**
 * What the browser needs to rebuild the self-check's model with `buildSelfCheckModel`: every
 * framework slimmed, and every practice without its statement and advice (the page shows the
 * statements; the advice is fetched apart, when a next step first needs it).
 */
export function clientContent(model: SelfCheckModel): {
	frameworks: EngineFramework[];
	practices: EnginePractice[];
} {
	return {
		frameworks: model.frameworks.map(slimFramework),
		practices: model.practices.map((p) => ({
			id: p.id,
			title: p.title,
			statement: '',
			answer: p.answer,
			dimension: p.dimension,
			dependsOn: p.dependsOn,
			quickCheck: p.quickCheck,
			startManually: '',
			mappings: p.mappings,
		})),
	};
}

/** The id of an item's or a theme's question. */
export const itemQuestionId = (frameworkId: string, id: string) => `${frameworkId}:${id}`;

/** Build the model from the content collections (already validated and cross-checked). */
export function buildSelfCheckModel(
	frameworks: readonly EngineFramework[],
	practices: readonly EnginePractice[]
): SelfCheckModel {
	const aliases: Record<string, string> = {};
	const questions: Question[] = practices.map((p) => ({
		id: p.id,
		answer: p.answer,
		title: p.title,
		statement: p.statement,
		quick: p.quickCheck,
		dimension: p.dimension,
		dependsOn: p.dependsOn,
		startManually: p.startManually,
	}));
	for (const fw of frameworks) {
		if (fw.selfCheck.notApplicable) {
			questions.push({
				id: fw.id,
				answer: 'binary',
				title: `Does ${fw.shortName} apply to you?`,
				statement: `${fw.name} applies to this team.`,
				quick: true,
				frameworkId: fw.id,
				options: [
					{ value: 'yes', label: 'Yes, it applies' },
					{ value: 'na', label: fw.selfCheck.notApplicable },
				],
				dependsOn: [],
				startManually: '',
			});
		}
		if (fw.kind === 'phase-profile') {
			for (const theme of fw.dimensions) {
				// The first self-check named theme questions `theme-<id>`.
				aliases[`theme-${theme.id}`] = itemQuestionId(fw.id, theme.id);
				questions.push({
					id: itemQuestionId(fw.id, theme.id),
					answer: 'choice',
					title: `${fw.shortName}: ${theme.name}`,
					statement: `Which ${fw.levelTerm.toLowerCase()} best describes ${theme.name}?`,
					quick: true,
					frameworkId: fw.id,
					options: fw.levels.map((l) => ({
						value: `phase-${l.n}` as AnswerValue,
						label: `${l.name}: ${l.summary}`,
					})),
					dependsOn: [],
					startManually: '',
				});
			}
		}
		if (fw.kind === 'rubric' || fw.kind === 'bands' || fw.kind === 'checklist') {
			for (const item of fw.items) {
				questions.push({
					id: itemQuestionId(fw.id, item.id),
					answer: fw.kind === 'checklist' ? 'binary' : 'ml-test',
					title: `${item.label} · ${item.name}`,
					statement: item.summary,
					quick: false,
					frameworkId: fw.id,
					// A checklist statement may be "not applicable" only where it says whom it applies to.
					...(fw.kind === 'checklist'
						? {
								options: [
									{ value: 'no' as const, label: 'No' },
									{ value: 'yes' as const, label: 'Yes' },
									...(item.appliesTo
										? [
												{
													value: 'na' as const,
													label: `Not applicable: ${item.appliesTo.toLowerCase()}`,
												},
											]
										: []),
								],
							}
						: {}),
					dependsOn: [],
					startManually: '',
				});
			}
		}
	}
	return {
		frameworks,
		practices,
		questions,
		questionSet: questionSetVersion(questions),
		aliases,
		targetOptions: Object.fromEntries(
			frameworks.filter((f) => f.kind === 'ladder').map((f) => [f.id, f.levels.map((l) => l.n)])
		),
	};
}

// ---------------------------------------------------------------------------------------------
// Results

/** One answer that a result rests on, for "Why this level?". */
export interface Evidence {
	/** The question this evidence comes from. */
	questionId: string;
	title: string;
	/** The reader's answer; undefined when not answered yet. */
	answer: AnswerValue | undefined;
	/** For an item answered through practices: the practices' titles. */
	via?: string[];
	/** The level (ladder, phase) or section (rubric, checklist) the evidence belongs to. */
	where?: string;
	/** True when "manually" is not enough here. */
	needsAutomation?: boolean;
}

export type ResultStatus = 'pending' | 'scored' | 'not-applicable' | 'no-verdict';

/** The one shape every scorer returns, and every view renders. */
export interface Result {
	/** `data-result-for`: the framework id, or `<framework>:<theme>` for a phase profile. */
	id: string;
	frameworkId: string;
	kind: EngineFramework['kind'];
	/** Who the result is for: "Microsoft MLOps" or "Google AI Adoption: Learn". */
	label: string;
	/** `pending` until the rule has an answer; then `scored`. */
	status: ResultStatus;
	/** The level, phase or band reached (checklists: 1 when the baseline holds, else 0). */
	level?: number;
	/** The name of what was reached, e.g. "DevOps but no MLOps" or "above 1, up to 2". */
	levelName?: string;
	/** Rubrics and bands: the score the level comes from. */
	score?: number;
	/** The next level, phase or band, if there is one. */
	next?: { n: number; name: string };
	/** Rubrics: each section's score, and whether it is the weakest (which sets the result). */
	parts?: Array<{ id: string; name: string; score: number; weakest: boolean }>;
	/** Ladders: the reader's target level, and how many levels separate it from the result. */
	target?: { n: number; name: string; gap: number };
	/** Questions the rule uses, and how many of them are answered (directly or through practices). */
	asked: number;
	answered: number;
	/** Every answer that counts in favour, at any level. */
	inPlace: Evidence[];
	/** What stands between the result and the next level: answers that fall short, and gaps. */
	blockers: Evidence[];
	/** A reason in words: why there is no verdict, or what the score is made of. */
	note?: string;
}

/** Where a result stands, for comparing results: its score or level, or undefined without a verdict. */
export const standing = (r: Result) => (r.status === 'scored' ? (r.score ?? r.level) : undefined);

/** Whether an answer says the practice is in place (by hand or automated). */
export const inPlaceAnswer = (answer: AnswerValue | undefined) =>
	answer === 'yes' || answer === 'manual' || answer === 'automated';

/** The fields that name a framework's single result. */
const identity = (fw: EngineFramework) => ({
	id: fw.id,
	frameworkId: fw.id,
	kind: fw.kind,
	label: fw.shortName,
});

/** Whether one answer satisfies one ladder or phase mapping. */
export function meets(
	practice: Pick<EnginePractice, 'answer'>,
	mapping: Pick<Mapping, 'minimum'>,
	answer: AnswerValue | undefined
): boolean {
	if (answer === 'automated' || answer === 'yes') return true;
	return answer === 'manual' && practice.answer === 'automation' && mapping.minimum !== 'automated';
}

/** The answer of a question, with prototype keys and foreign values ignored. */
function answerOf(answers: Answers, id: string): AnswerValue | undefined {
	return Object.hasOwn(answers, id) ? answers[id] : undefined;
}

interface Context {
	model: SelfCheckModel;
	answers: Answers;
	targets: Readonly<Record<string, number | undefined>>;
	practicesFor: (frameworkId: string) => Array<{ practice: EnginePractice; mapping: Mapping }>;
	/** The practices mapped to one item of a framework. */
	practicesForItem: (
		frameworkId: string,
		itemId: string
	) => Array<{ practice: EnginePractice; mapping: Mapping }>;
}

type Mapped = Array<{ practice: EnginePractice; mapping: Mapping }>;

/**
 * Each framework's mapped practices, and each item's, worked out once per model: the team view
 * scores fifty members with one model, and the self-check rescores on every answer.
 */
const indexes = new WeakMap<
	SelfCheckModel,
	{ byFramework: Map<string, Mapped>; byItem: Map<string, Mapped> }
>();
function indexOf(model: SelfCheckModel) {
	let index = indexes.get(model);
	if (index) return index;
	const byFramework = new Map<string, Mapped>();
	const byItem = new Map<string, Mapped>();
	for (const practice of model.practices) {
		for (const mapping of practice.mappings) {
			if (!byFramework.has(mapping.framework)) byFramework.set(mapping.framework, []);
			byFramework.get(mapping.framework)!.push({ practice, mapping });
			if (mapping.item === undefined) continue;
			const key = itemQuestionId(mapping.framework, mapping.item);
			if (!byItem.has(key)) byItem.set(key, []);
			byItem.get(key)!.push({ practice, mapping });
		}
	}
	index = { byFramework, byItem };
	indexes.set(model, index);
	return index;
}

/** An item's answer: the reader's own, else what all the practices mapped to it say together. */
function itemAnswer(
	ctx: Context,
	fw: EngineFramework,
	itemId: string
): { answer: AnswerValue | undefined; via?: string[] } {
	const own = answerOf(ctx.answers, itemQuestionId(fw.id, itemId));
	if (own !== undefined) return { answer: own };
	const mapped = ctx.practicesForItem(fw.id, itemId);
	if (!mapped.length) return { answer: undefined };
	const values = mapped.map(({ practice }) => answerOf(ctx.answers, practice.id));
	if (values.some((v) => v === undefined)) return { answer: undefined };
	const via = mapped.map(({ practice }) => practice.title);
	const counted = values.filter((v) => v !== 'na');
	if (!counted.length) return { answer: 'na', via };
	// The weakest practice decides: an item is only as far along as all of its parts.
	const rank = (v: AnswerValue | undefined) =>
		v === 'automated' ? 3 : v === 'yes' ? 2 : v === 'manual' ? 1 : 0;
	const weakest = counted.reduce((a, b) => (rank(b) < rank(a) ? b : a));
	if (fw.kind === 'checklist') return { answer: inPlaceAnswer(weakest) ? 'yes' : 'no', via };
	return { answer: rank(weakest) === 0 ? 'not-yet' : weakest, via };
}

/** Points one item earns under a rubric's or bands' `points`. */
function pointsFor(fw: EngineFramework, answer: AnswerValue | undefined): number {
	const points = fw.selfCheck.points;
	if (!points) return 0;
	if (answer === 'automated') return points.automated;
	if (answer === 'manual') return points.manual;
	if (answer === 'yes') return points.yes;
	return 0;
}

function ladderResult(ctx: Context, fw: EngineFramework): Result {
	const mapped = ctx.practicesFor(fw.id).filter(({ mapping }) => mapping.level !== undefined);
	const evidence = ({ practice, mapping }: (typeof mapped)[number]): Evidence => ({
		questionId: practice.id,
		title: practice.title,
		answer: answerOf(ctx.answers, practice.id),
		where: `${fw.levelTerm} ${mapping.level}`,
		needsAutomation: practice.answer === 'automation' && mapping.minimum === 'automated',
	});
	const atLevel = (n: number) => mapped.filter(({ mapping }) => mapping.level === n);
	const met = (m: (typeof mapped)[number]) =>
		meets(m.practice, m.mapping, answerOf(ctx.answers, m.practice.id));
	const ids = new Set(mapped.map((m) => m.practice.id));
	const answered = [...ids].filter((id) => answerOf(ctx.answers, id) !== undefined).length;

	// A level is reached when every practice of it is met or not applicable. An unanswered
	// question of the quick check counts as not met; a deep-check question counts once it is
	// answered, so the quick check alone can reach every level. Levels without practices (a
	// floor such as "No MLOps") are reached by default.
	let reached: EngineFramework['levels'][number] | undefined;
	for (const level of fw.levels) {
		const here = atLevel(level.n);
		const ok = here.every((m) => {
			const answer = answerOf(ctx.answers, m.practice.id);
			return answer === 'na' || met(m) || (answer === undefined && !m.practice.quickCheck);
		});
		if (!ok) break;
		reached = level;
	}
	const nextLevel = fw.levels.find((l) => l.n > (reached?.n ?? -Infinity));
	const first = fw.levels[0]!;
	const targetN = ctx.targets[fw.id];
	const target = fw.levels.find((l) => l.n === targetN);
	const gap = target
		? fw.levels.filter((l) => l.n > (reached?.n ?? -Infinity) && l.n <= target.n).length
		: 0;
	// What blocks: the next level's gaps, or every level's up to a target further away.
	const upTo = Math.max(nextLevel?.n ?? -Infinity, target?.n ?? -Infinity);
	return {
		...identity(fw),
		status: answered ? 'scored' : 'pending',
		...(answered
			? {
					level: reached?.n ?? first.n - 1,
					levelName: reached?.name ?? `Not yet ${first.name}`,
				}
			: {}),
		...(nextLevel ? { next: { n: nextLevel.n, name: nextLevel.name } } : {}),
		...(target ? { target: { n: target.n, name: target.name, gap } } : {}),
		asked: ids.size,
		answered,
		inPlace: mapped.filter(met).map(evidence),
		blockers: mapped
			.filter(
				(m) =>
					m.mapping.level! > (reached?.n ?? -Infinity) &&
					m.mapping.level! <= upTo &&
					!met(m) &&
					answerOf(ctx.answers, m.practice.id) !== 'na' &&
					(m.practice.quickCheck || answerOf(ctx.answers, m.practice.id) !== undefined)
			)
			.map(evidence),
	};
}

function phaseResults(ctx: Context, fw: EngineFramework): Result[] {
	return fw.dimensions.map((theme) => {
		const answer = answerOf(ctx.answers, itemQuestionId(fw.id, theme.id));
		const phase = fw.levels.find((l) => answer === `phase-${l.n}`);
		const next = fw.levels.find((l) => l.n > (phase?.n ?? -Infinity));
		const mapped = ctx
			.practicesFor(fw.id)
			.filter(({ mapping }) => mapping.theme === theme.id && mapping.level !== undefined);
		const evidence = ({ practice, mapping }: (typeof mapped)[number]): Evidence => ({
			questionId: practice.id,
			title: practice.title,
			answer: answerOf(ctx.answers, practice.id),
			where: `${fw.levelTerm} ${mapping.level}`,
		});
		return {
			id: itemQuestionId(fw.id, theme.id),
			frameworkId: fw.id,
			kind: fw.kind,
			label: `${fw.shortName}: ${theme.name}`,
			status: phase ? 'scored' : 'pending',
			...(phase ? { level: phase.n, levelName: phase.name } : {}),
			...(next ? { next: { n: next.n, name: next.name } } : {}),
			asked: 1,
			answered: phase ? 1 : 0,
			inPlace: mapped
				.filter((m) => meets(m.practice, m.mapping, answerOf(ctx.answers, m.practice.id)))
				.map(evidence),
			blockers: next
				? mapped
						.filter(
							(m) =>
								m.mapping.level === next.n &&
								!meets(m.practice, m.mapping, answerOf(ctx.answers, m.practice.id))
						)
						.map(evidence)
				: [],
		} satisfies Result;
	});
}

/** The band a score falls in: the first whose upper bound is not below it. */
function bandFor(fw: EngineFramework, score: number) {
	const bands = fw.selfCheck.bands;
	return bands.find((b) => b.upTo === undefined || score <= b.upTo) ?? bands.at(-1)!;
}

function scoredItems(ctx: Context, fw: EngineFramework) {
	return fw.items.map((item) => {
		const { answer, via } = itemAnswer(ctx, fw, item.id);
		const section = fw.sections.find((s) => s.id === item.section);
		return {
			item,
			answer,
			points: pointsFor(fw, answer),
			evidence: {
				questionId: itemQuestionId(fw.id, item.id),
				title: `${item.label} · ${item.name}`,
				answer,
				...(via ? { via } : {}),
				where: section?.name ?? item.section,
			} satisfies Evidence,
		};
	});
}

function rubricResult(ctx: Context, fw: EngineFramework): Result {
	const items = scoredItems(ctx, fw);
	const sums = fw.sections.map((s) => ({
		section: s,
		score: items.filter((i) => i.item.section === s.id).reduce((sum, i) => sum + i.points, 0),
	}));
	const byMin = fw.selfCheck.aggregate === 'min-of-sections';
	const score = byMin
		? Math.min(...sums.map((s) => s.score))
		: sums.reduce((sum, s) => sum + s.score, 0);
	const result = bandedResult(fw, items, score, (i) =>
		// Under "weakest section", only the weakest sections' items raise the score.
		byMin ? sums.some((s) => s.score === score && s.section.id === i.item.section) : true
	);
	result.parts = sums.map((s) => ({
		id: s.section.id,
		name: s.section.name,
		score: Math.round(s.score * 100) / 100,
		weakest: byMin && s.score === score,
	}));
	return result;
}

function bandsResult(ctx: Context, fw: EngineFramework): Result {
	if (fw.selfCheck.notApplicable && answerOf(ctx.answers, fw.id) === 'na') {
		return {
			...identity(fw),
			status: 'not-applicable',
			asked: 1,
			answered: 1,
			inPlace: [],
			blockers: [],
			note: fw.selfCheck.notApplicable,
		};
	}
	const items = scoredItems(ctx, fw);
	return bandedResult(
		fw,
		items,
		items.reduce((sum, i) => sum + i.points, 0),
		() => true
	);
}

function bandedResult(
	fw: EngineFramework,
	items: ReturnType<typeof scoredItems>,
	score: number,
	raises: (item: ReturnType<typeof scoredItems>[number]) => boolean
): Result {
	const answered = items.filter((i) => i.answer !== undefined).length;
	const band = bandFor(fw, score);
	const next = fw.selfCheck.bands.find((b) => b.n > band.n);
	const top = fw.selfCheck.points?.automated ?? 1;
	return {
		...identity(fw),
		status: answered ? 'scored' : 'pending',
		...(answered
			? { level: band.n, levelName: band.range, score: Math.round(score * 100) / 100 }
			: {}),
		...(next ? { next: { n: next.n, name: next.range } } : {}),
		asked: items.length,
		answered,
		inPlace: items.filter((i) => i.points > 0).map((i) => i.evidence),
		blockers: next ? items.filter((i) => i.points < top && raises(i)).map((i) => i.evidence) : [],
	};
}

function checklistResult(ctx: Context, fw: EngineFramework): Result {
	const baseline = new Set(fw.selfCheck.baselineSections);
	const items = scoredItems(ctx, fw);
	const inBaseline = items.filter((i) => baseline.has(i.item.section));
	const holds = (i: (typeof items)[number]) => i.answer === 'yes' || i.answer === 'na';
	const answered = inBaseline.filter((i) => i.answer !== undefined).length;
	const met = inBaseline.every(holds);
	return {
		...identity(fw),
		status: answered ? 'scored' : 'pending',
		...(answered
			? {
					level: met ? 1 : 0,
					levelName: met ? 'Baseline met' : 'Baseline not met yet',
					score: inBaseline.filter(holds).length,
				}
			: {}),
		...(met ? {} : { next: { n: 1, name: 'Baseline met' } }),
		asked: inBaseline.length,
		answered,
		inPlace: items.filter(holds).map((i) => i.evidence),
		blockers: inBaseline.filter((i) => !holds(i)).map((i) => i.evidence),
		note: fw.selfCheck.baselineName,
	};
}

function canvasResult(fw: EngineFramework): Result {
	return {
		...identity(fw),
		status: 'no-verdict',
		asked: 0,
		answered: 0,
		inPlace: [],
		blockers: [],
		note: fw.selfCheck.noVerdict,
	};
}

/** Every framework's result for a set of answers (and ladder targets), in the order of the frameworks. */
export function evaluateAll(
	model: SelfCheckModel,
	answers: Answers,
	targets: Readonly<Record<string, number | undefined>> = {}
): Result[] {
	const { byFramework, byItem } = indexOf(model);
	const ctx: Context = {
		model,
		answers,
		targets,
		practicesFor: (id) => byFramework.get(id) ?? [],
		practicesForItem: (id, item) => byItem.get(itemQuestionId(id, item)) ?? [],
	};
	return model.frameworks.flatMap((fw): Result[] => {
		switch (fw.kind) {
			case 'ladder':
				return [ladderResult(ctx, fw)];
			case 'phase-profile':
				return phaseResults(ctx, fw);
			case 'rubric':
				return [rubricResult(ctx, fw)];
			case 'bands':
				return [bandsResult(ctx, fw)];
			case 'checklist':
				return [checklistResult(ctx, fw)];
			case 'canvas':
				return [canvasResult(fw)];
		}
	});
}
