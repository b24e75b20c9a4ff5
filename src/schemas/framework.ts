/** The frontmatter of a framework page: `content/docs/frameworks/<id>.mdx`, key `framework`. */
import { z } from 'astro/zod';
import { IdSchema, IsoDateSchema, PartialDateSchema, SourceSchema } from './common';

export const UNITS = ['organisation', 'team', 'ml-system', 'ml-project'] as const;
/**
 * How a framework turns observations into a result, which also picks its self-check rule:
 * `ladder` (highest level whose practices are all in place), `phase-profile` (one phase per
 * theme), `rubric` (items scored and summed per section, then placed in bands), `checklist`
 * (a baseline of statements that must all hold), `bands` (a total score placed in the
 * publisher's bands), `canvas` (a planning aid with no verdict).
 */
export const KINDS = ['ladder', 'rubric', 'phase-profile', 'checklist', 'bands', 'canvas'] as const;

/** One aspect a framework describes each level by, e.g. Microsoft's "Model release". */
export const DimensionSchema = z.object({
	id: IdSchema,
	name: z.string().min(1),
	/** One sentence on what the aspect covers. */
	description: z.string().optional(),
});

/** One rung of a ladder or one phase of a profile. */
export const LevelSchema = z.object({
	/** The publisher's own number for the level (Microsoft 0–4, Google 0–2, AWS 1–4). */
	n: z.number().int().min(0),
	/** Short level name as the source gives it, e.g. "Automated training". */
	name: z.string().min(1),
	/** One or two sentences, in the site's own words. */
	summary: z.string().min(1),
	/** What a team at this level typically experiences. */
	highlights: z.array(z.string().min(1)).default([]),
	/** Technical characteristics of the level. */
	technology: z.array(z.string().min(1)).default([]),
	/** What changes from the level below (the site's reading of the source). */
	changes: z.array(z.string().min(1)).default([]),
	/** Problems the source says remain at this level. */
	challenges: z.array(z.string().min(1)).default([]),
	/** Vendor-specific hints, shown apart from the vendor-neutral description. */
	productHints: z.array(z.string().min(1)).default([]),
	/** Text per framework dimension: keys are the framework's dimension ids. */
	cells: z.record(z.string(), z.string().min(1)).default({}),
	/** Position on the site's common five-stage axis (1–5). The site's interpretation. */
	stage: z.number().int().min(1).max(5),
	/** For a wide level that covers several stages: the last stage it covers. */
	stageTo: z.number().int().min(1).max(5).optional(),
});

/** One scored or checked item of a rubric or checklist, e.g. ML Test Score "Infra 6". */
export const ItemSchema = z.object({
	id: IdSchema,
	/** Display label, e.g. "Infra 6" or "12". */
	label: z.string().min(1),
	/** The id of the section the item belongs to. */
	section: IdSchema,
	/** Short name as the source gives it (may be quoted). */
	name: z.string().min(1),
	/** What the item checks, in the site's own words. */
	summary: z.string().min(1),
	/** Guiding questions, for canvas blocks (paraphrased). */
	questions: z.array(z.string().min(1)).default([]),
	/** Set when the item applies only in some set-ups, e.g. "real-time inference only". */
	appliesTo: z.string().optional(),
});

export const SectionSchema = z.object({
	id: IdSchema,
	name: z.string().min(1),
	summary: z.string().optional(),
});

/** A table of structured facts, rendered by a shared component (never typed as Markdown). */
export const FactTableSchema = z.object({
	id: IdSchema,
	title: z.string().min(1),
	/** One sentence shown above the table. */
	intro: z.string().optional(),
	columns: z.array(z.string().min(1)).min(2),
	rows: z.array(z.array(z.string())).min(1),
});

/**
 * For frameworks without levels (rubrics, checklists): how their results relate to each stage of
 * the site's common axis. The site's interpretation, shown on the crosswalk.
 */
export const CrosswalkNoteSchema = z.object({
	stage: z.number().int().min(1).max(5),
	/** What a result at this stage looks like in this framework, e.g. "bands (1, 2] to (2, 3]". */
	text: z.string().min(1),
	/** Anchor on the framework page the cell links to, e.g. `reading-the-score`. */
	anchor: z.string().regex(/^[a-z0-9-]+$/),
});

/** One range of a score that gives one result, e.g. the ML Test Score's "above 1, up to 2". */
export const ScoreBandSchema = z.object({
	/** What the band gives: the level it places a team at, or the band's own number. */
	n: z.number().int().min(0),
	/** The range as people read it, e.g. "above 1, up to 2" or "10 to 14". */
	range: z.string().min(1),
	/** The highest score in the band, inclusive; left out for the open top band. */
	upTo: z.number().min(0).optional(),
	/** What a score in this band means, in the site's words. */
	meaning: z.string().min(1),
});

/**
 * The parameters of a framework's self-check rule, next to the facts they come from. Which
 * fields a framework needs depends on its `kind`; the schema says so when one is missing.
 */
export const SelfCheckRuleSchema = z.object({
	/** Points an item earns per answer (rubric and bands); "not yet" and "no" earn none. */
	points: z
		.object({
			manual: z.number().min(0),
			automated: z.number().min(0),
			/** For an item answered through a yes/no practice: a yes does not say it is automated. */
			yes: z.number().min(0),
		})
		.optional(),
	/** How a rubric's section sums become one score: the weakest section, or the total. */
	aggregate: z.enum(['min-of-sections', 'total']).default('total'),
	/** The score bands, lowest first (rubric and bands). */
	bands: z.array(ScoreBandSchema).default([]),
	/** Checklist: the sections whose statements must all hold for the baseline. */
	baselineSections: z.array(IdSchema).default([]),
	/** The name of the checklist's baseline as people say it, e.g. "the baseline for maturity". */
	baselineName: z.string().min(1).optional(),
	/**
	 * For a framework that applies only to some teams: the label of the answer that leaves it
	 * out, e.g. "Not applicable: no generative AI in production".
	 */
	notApplicable: z.string().min(1).optional(),
	/** Why the self-check gives no result for this framework (canvas), in one sentence. */
	noVerdict: z.string().min(1).optional(),
});

export const VersionSchema = z.object({
	label: z.string().min(1),
	/**
	 * As precise as the source allows. Left out for a revision whose date the site could not
	 * establish, so that no placeholder date is shown as if it were known.
	 */
	date: PartialDateSchema.optional(),
	summary: z.string().min(1),
});

export const FrameworkSchema = z
	.object({
		id: IdSchema,
		/** The framework's name as its publisher titles it. */
		name: z.string().min(1),
		/** A short name for tables and results, e.g. "Microsoft MLOps". */
		shortName: z.string().min(1),
		publisher: z.string().min(1),
		authors: z.array(z.string().min(1)).default([]),
		firstPublished: PartialDateSchema,
		/** The newest revision the site has seen. */
		latestRevision: PartialDateSchema,
		/** When the site last checked all sources of this page. */
		sourcesChecked: IsoDateSchema,
		/** What the framework assesses. */
		unit: z.enum(UNITS),
		kind: z.enum(KINDS),
		/** How the framework turns observations into a result, in a sentence. */
		scoring: z.string().min(1),
		licence: z.string().optional(),
		sources: z.array(SourceSchema).min(1),
		/** What the framework calls its rungs: "Level" (Microsoft, Google) or "Phase" (AWS, AI Adoption). */
		levelTerm: z.enum(['Level', 'Phase']).default('Level'),
		dimensions: z.array(DimensionSchema).default([]),
		/**
		 * Shown above the level table when its cells are not the publisher's own words, e.g. a grid
		 * the site derived because the source's could not be confirmed.
		 */
		cellsNote: z.string().optional(),
		levels: z.array(LevelSchema).default([]),
		sections: z.array(SectionSchema).default([]),
		items: z.array(ItemSchema).default([]),
		tables: z.array(FactTableSchema).default([]),
		crosswalk: z.array(CrosswalkNoteSchema).default([]),
		versions: z.array(VersionSchema).default([]),
		strengths: z.array(z.string().min(1)).min(1),
		limitations: z.array(z.string().min(1)).min(1),
		useWhen: z.array(z.string().min(1)).min(1),
		/** The parameters of the self-check's rule for this framework (see `SelfCheckRuleSchema`). */
		selfCheck: SelfCheckRuleSchema.prefault({}),
	})
	.superRefine((fw, ctx) => {
		const rule = fw.selfCheck;
		const need = (field: string, ok: boolean, why: string) => {
			if (!ok) ctx.addIssue({ code: 'custom', path: ['selfCheck', field], message: why });
		};
		if (fw.kind === 'rubric' || fw.kind === 'bands') {
			need('points', rule.points !== undefined, `a ${fw.kind} needs the points each answer earns`);
			need('bands', rule.bands.length > 0, `a ${fw.kind} needs its score bands`);
			need('bands', fw.items.length > 0, `a ${fw.kind} needs items to score`);
		}
		if (fw.kind === 'checklist') {
			need(
				'baselineSections',
				rule.baselineSections.length > 0,
				'a checklist needs the sections of its baseline'
			);
		}
		if (fw.kind === 'canvas') {
			need('noVerdict', rule.noVerdict !== undefined, 'a canvas says why it gives no result');
		}
		rule.baselineSections.forEach((id, i) => {
			if (!fw.sections.some((s) => s.id === id)) {
				ctx.addIssue({
					code: 'custom',
					path: ['selfCheck', 'baselineSections', i],
					message: `"${id}" is not one of this framework's sections`,
				});
			}
		});
		rule.bands.forEach((band, i) => {
			const last = i === rule.bands.length - 1;
			const previous = rule.bands[i - 1]?.upTo;
			if (!last && band.upTo === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['selfCheck', 'bands', i, 'upTo'],
					message: 'only the top band may be open-ended',
				});
			}
			if (band.upTo !== undefined && previous !== undefined && band.upTo <= previous) {
				ctx.addIssue({
					code: 'custom',
					path: ['selfCheck', 'bands', i, 'upTo'],
					message: `bands must rise: ${band.upTo} is not above ${previous}`,
				});
			}
		});
		if ((fw.kind === 'ladder' || fw.kind === 'phase-profile') && fw.levels.length < 2) {
			ctx.addIssue({
				code: 'custom',
				path: ['levels'],
				message: `a ${fw.kind} needs at least two levels`,
			});
		}
		fw.levels.forEach((level, i) => {
			if (i > 0 && level.n !== fw.levels[i - 1]!.n + 1) {
				ctx.addIssue({
					code: 'custom',
					path: ['levels', i, 'n'],
					message: `levels must be numbered consecutively; expected ${fw.levels[i - 1]!.n + 1}, found ${level.n}`,
				});
			}
			if (level.stageTo !== undefined && level.stageTo < level.stage) {
				ctx.addIssue({
					code: 'custom',
					path: ['levels', i, 'stageTo'],
					message: 'stageTo must not be below stage',
				});
			}
			for (const key of Object.keys(level.cells)) {
				if (!fw.dimensions.some((d) => d.id === key)) {
					ctx.addIssue({
						code: 'custom',
						path: ['levels', i, 'cells', key],
						message: `"${key}" is not one of this framework's dimensions`,
					});
				}
			}
		});
		const itemIds = new Set<string>();
		fw.items.forEach((item, i) => {
			if (itemIds.has(item.id)) {
				ctx.addIssue({
					code: 'custom',
					path: ['items', i, 'id'],
					message: `duplicate item id "${item.id}"`,
				});
			}
			itemIds.add(item.id);
			if (!fw.sections.some((s) => s.id === item.section)) {
				ctx.addIssue({
					code: 'custom',
					path: ['items', i, 'section'],
					message: `"${item.section}" is not one of this framework's sections`,
				});
			}
		});
	});

export type Framework = z.output<typeof FrameworkSchema>;
export type Level = z.output<typeof LevelSchema>;
export type FrameworkItem = z.output<typeof ItemSchema>;
export type ScoreBand = z.output<typeof ScoreBandSchema>;
export type SelfCheckRule = z.output<typeof SelfCheckRuleSchema>;
