/**
 * The roadmap: steps from the stages of the ladders' levels and the practices' dependencies, and
 * what each step unlocks, computed by the self-check's engine. A small fixture pins the rules;
 * the real content must give a path that covers the quick check, respects every dependency and
 * takes every ladder to its top.
 */
import { describe, expect, test } from 'vitest';
import { buildSelfCheckModel, evaluateAll, type EnginePractice } from '~/lib/engine';
import {
	answersFor,
	buildRoadmap,
	RoadmapError,
	roadmapHeadings,
	stepTitle,
	type Roadmap,
	type RoadmapFramework,
} from '~/lib/roadmap';
import {
	fixtureFrameworkBase as base,
	fixturePractice as practice,
	realContent,
} from '../support/content';

// ---------------------------------------------------------------------------------------------
// A small model: a ladder whose level 2 is wide (stages 3–4), a phase profile with one theme,
// and a checklist that counts two practices no level names.

const ladder: RoadmapFramework = {
	...base,
	id: 'tiny',
	name: 'A tiny ladder',
	shortName: 'Tiny',
	kind: 'ladder',
	levels: [
		{ n: 0, name: 'Manual', summary: '', stage: 1 },
		{ n: 1, name: 'Versioned', summary: '', stage: 2 },
		{ n: 2, name: 'Automated', summary: '', stage: 3, stageTo: 4 },
		{ n: 3, name: 'Closed loop', summary: '', stage: 5 },
	],
};
const phases: RoadmapFramework = {
	...base,
	id: 'phases',
	name: 'Some phases',
	shortName: 'Phases',
	kind: 'phase-profile',
	levelTerm: 'Phase',
	dimensions: [{ id: 'lead', name: 'Lead' }],
	levels: [
		{ n: 1, name: 'Tactical', summary: '', stage: 1, stageTo: 2 },
		{ n: 2, name: 'Strategic', summary: '', stage: 4, stageTo: 5 },
	],
};
const checklist: RoadmapFramework = {
	...base,
	id: 'list',
	name: 'A checklist',
	shortName: 'List',
	kind: 'checklist',
	levels: [],
	sections: [{ id: 'all', name: 'All' }],
	items: [
		{ id: 's1', label: '1', section: 'all', name: 'Docs', summary: '' },
		{ id: 's2', label: '2', section: 'all', name: 'Notes', summary: '' },
	],
	selfCheck: { ...base.selfCheck, baselineSections: ['all'] },
};
const tiny = [
	practice('vcs', [{ framework: 'tiny', level: 1 }]),
	// Title "a-ci" sorts before "vcs": only the dependency puts it after.
	practice('ci', [{ framework: 'tiny', level: 1, minimum: 'automated' }], {
		title: 'a-ci',
		answer: 'automation',
		dependsOn: ['vcs'],
	}),
	practice('tracking', [{ framework: 'tiny', level: 2 }]),
	// Due at stage 4 (the wide level's last stage), not 3.
	practice(
		'pipeline',
		[
			{ framework: 'tiny', level: 2, minimum: 'automated' },
			{ framework: 'phases', level: 2, theme: 'lead' },
		],
		{ answer: 'automation', dependsOn: ['data', 'tracking'] }
	),
	// No level names it: it joins the step of the practice that needs it.
	practice('data', [{ framework: 'list', item: 's2' }], { quickCheck: false }),
	practice('monitoring', [{ framework: 'tiny', level: 3 }]),
	// Quick check, but no level: the last step.
	practice('docs', [{ framework: 'list', item: 's1' }]),
	// Neither: left out.
	practice('notes', [{ framework: 'list', item: 's2' }], { quickCheck: false }),
];
const fixture = buildRoadmap([ladder, phases, checklist], tiny);
const ids = (roadmap: Roadmap) => roadmap.steps.map((s) => s.practices.map((p) => p.id));

describe('the order of the steps', () => {
	test('a step per stage with something due, dependencies first, then one for the rest of the quick check', () => {
		expect(ids(fixture)).toEqual([
			['vcs', 'ci'],
			['data', 'tracking', 'pipeline'],
			['monitoring'],
			['docs'],
		]);
		expect(fixture.steps.map((s) => [s.id, s.stage?.n])).toEqual([
			['step-1', 2],
			['step-2', 4],
			['step-3', 5],
			['step-4', undefined],
		]);
		expect(fixture.steps.map(stepTitle)).toEqual([
			'Step 1: DevOps foundations',
			'Step 2: Automated, gated deployment',
			'Step 3: Closed loop at scale',
			'Step 4: Beyond the ladders',
		]);
		expect(fixture.leftOut).toBe(1);
	});

	test.each<{ name: string; practices: EnginePractice[]; steps: string[][] }>([
		{
			name: 'a level spanning stages is due by its last stage',
			practices: [practice('t', [{ framework: 'tiny', level: 2 }])],
			steps: [['t']],
		},
		{
			name: 'the earliest level over all frameworks sets the stage',
			practices: [
				practice('late', [{ framework: 'tiny', level: 3 }]),
				practice('both', [
					{ framework: 'tiny', level: 3 },
					{ framework: 'tiny', level: 1 },
				]),
			],
			steps: [['both'], ['late']],
		},
		{
			name: 'a dependency no level names is pulled into the step that needs it',
			practices: [
				practice('late', [{ framework: 'tiny', level: 3 }], { dependsOn: ['base'] }),
				practice('base', [{ framework: 'list', item: 's1' }], { quickCheck: false }),
			],
			steps: [['base', 'late']],
		},
		{
			name: 'a dependency due later is pulled earlier, before its dependent',
			practices: [
				practice('a-early', [{ framework: 'tiny', level: 1 }], { dependsOn: ['z-late'] }),
				practice('z-late', [{ framework: 'tiny', level: 3 }]),
			],
			steps: [['z-late', 'a-early']],
		},
		{
			name: 'what more frameworks count comes first, and a pulled dependency ranks with its dependent',
			practices: [
				practice('a-one', [{ framework: 'tiny', level: 1 }]),
				practice(
					'z-two',
					[
						{ framework: 'tiny', level: 1 },
						{ framework: 'phases', level: 1, theme: 'lead' },
					],
					{ dependsOn: ['y-dep'] }
				),
				practice('y-dep', [{ framework: 'list', item: 's1' }], { quickCheck: false }),
			],
			steps: [['y-dep', 'z-two', 'a-one']],
		},
		{
			name: 'a practice no level names and the quick check does not ask is left out',
			practices: [practice('x', [{ framework: 'list', item: 's1' }], { quickCheck: false })],
			steps: [],
		},
	])('$name', ({ practices, steps }) => {
		expect(ids(buildRoadmap([ladder, phases, checklist], practices))).toEqual(steps);
	});

	test('a practice pulled in says which practices of its step build on it', () => {
		const step = fixture.steps[1]!;
		expect(step.practices.map((p) => [p.id, p.neededFirstBy])).toEqual([
			['data', ['pipeline']],
			['tracking', []],
			['pipeline', []],
		]);
	});

	test('each practice lists the levels that name it, with the stage and whether they need automation', () => {
		const pipeline = fixture.steps[1]!.practices.find((p) => p.id === 'pipeline')!;
		expect(pipeline.needs).toEqual([
			expect.objectContaining({ frameworkId: 'tiny', n: 2, dueStage: 4, automated: true }),
			expect.objectContaining({
				frameworkId: 'phases',
				n: 2,
				theme: 'Lead',
				dueStage: 5,
				automated: false,
			}),
		]);
		expect(fixture.steps[3]!.practices[0]).toMatchObject({
			id: 'docs',
			needs: [],
			items: [{ frameworkId: 'list', framework: 'List', count: 1 }],
			startManually: 'Do docs by hand.',
		});
	});

	test('the table of contents lists what the page renders, in order', () => {
		expect(roadmapHeadings(fixture).map((h) => h.slug)).toEqual([
			'start',
			'at-a-glance',
			'step-1',
			'step-2',
			'step-3',
			'step-4',
			'left-out',
		]);
	});
});

describe('practices that cannot be ordered give an error naming the practice', () => {
	test.each<{ name: string; practices: EnginePractice[]; error: RegExp }>([
		{
			name: 'a dependency cycle',
			practices: [
				practice('a', [{ framework: 'tiny', level: 1 }], { dependsOn: ['b'] }),
				practice('b', [{ framework: 'tiny', level: 1 }], { dependsOn: ['a'] }),
			],
			error: /Practice "a" depends on itself through a dependency cycle: a → b → a/,
		},
		{
			name: 'a practice depending on itself',
			practices: [practice('a', [{ framework: 'tiny', level: 1 }], { dependsOn: ['a'] })],
			error: /Practice "a" depends on itself through a dependency cycle: a → a/,
		},
		{
			name: 'an unknown dependency',
			practices: [practice('a', [{ framework: 'tiny', level: 1 }], { dependsOn: ['ghost'] })],
			error: /Practice "a" depends on "ghost", which is not a known practice/,
		},
		{
			name: 'an unknown framework',
			practices: [practice('a', [{ framework: 'nowhere', level: 1 }])],
			error: /Practice "a" maps to framework "nowhere", which is not a known framework/,
		},
		{
			name: 'an unknown level',
			practices: [practice('a', [{ framework: 'tiny', level: 9 }])],
			error: /Practice "a" maps to level 9 of "tiny", which has no such level/,
		},
		{
			name: 'a practice listed twice',
			practices: [
				practice('a', [{ framework: 'tiny', level: 1 }]),
				practice('a', [{ framework: 'tiny', level: 2 }]),
			],
			error: /Practice "a" is listed twice/,
		},
	])('$name', ({ practices, error }) => {
		const build = () => buildRoadmap([ladder, phases, checklist], practices);
		expect(build).toThrow(RoadmapError);
		expect(build).toThrow(error);
	});
});

describe('what each step unlocks comes from the engine', () => {
	test('the fixture: levels reached, phase evidence, and a checklist score only when it changes', () => {
		const tinyLevel = (n: number, name: string) => ({
			type: 'level',
			frameworkId: 'tiny',
			framework: 'Tiny',
			term: 'Level',
			levels: [{ n, name }],
		});
		expect(fixture.steps.map((s) => s.unlocks)).toEqual([
			[tinyLevel(1, 'Versioned')],
			[
				tinyLevel(2, 'Automated'),
				{
					type: 'evidence',
					frameworkId: 'phases',
					framework: 'Phases',
					term: 'Phase',
					phases: [{ n: 2, name: 'Strategic', themes: ['Lead'] }],
				},
				// No checklist line: statement 2 takes the weakest of "data" (now in place) and "notes"
				// (left out), so the checklist's score does not move.
			],
			[tinyLevel(3, 'Closed loop')],
			[
				{
					type: 'score',
					frameworkId: 'list',
					framework: 'List',
					kind: 'checklist',
					before: { score: 0, levelName: 'Baseline not met yet', of: 2 },
					after: { score: 1, levelName: 'Baseline not met yet', of: 2 },
				},
			],
		]);
	});

	test('a ladder that does not move says which later step moves it', () => {
		const other: RoadmapFramework = {
			...ladder,
			id: 'other',
			shortName: 'Other',
			levels: [
				{ n: 0, name: 'Zero', summary: '', stage: 1 },
				{ n: 1, name: 'One', summary: '', stage: 3 },
			],
		};
		const practices = [
			practice('one', [{ framework: 'tiny', level: 1 }]),
			practice('mid', [{ framework: 'other', level: 1 }]),
			practice('three', [{ framework: 'tiny', level: 3 }]),
		];
		const roadmap = buildRoadmap([ladder, other], practices);
		expect(ids(roadmap)).toEqual([['one'], ['mid'], ['three']]);
		expect(roadmap.steps[0]!.unlocks[1]).toMatchObject({
			type: 'same',
			frameworkId: 'other',
			nextStep: 2,
		});
		// Level 2 has no practice here, so the step that reaches level 1 passes level 2 as well.
		expect(roadmap.steps[0]!.unlocks[0]).toMatchObject({
			type: 'level',
			levels: [{ n: 1 }, { n: 2 }],
		});
		expect(roadmap.steps[1]!.unlocks[0]).toEqual({
			type: 'same',
			frameworkId: 'tiny',
			framework: 'Tiny',
			term: 'Level',
			level: { n: 2, name: 'Automated' },
			nextStep: 3,
		});
		expect(roadmap.steps[2]!.unlocks[0]).toMatchObject({ type: 'level', levels: [{ n: 3 }] });
	});

	test('each step holds the results of the engine for everything up to it in place', () => {
		const model = buildSelfCheckModel([ladder, phases, checklist], tiny);
		const done = new Set<string>();
		for (const step of fixture.steps) {
			for (const p of step.practices) done.add(p.id);
			expect(step.results).toEqual(evaluateAll(model, answersFor(tiny, done)));
		}
		expect(answersFor(tiny, new Set(['ci', 'vcs']))).toMatchObject({
			ci: 'automated',
			vcs: 'yes',
			pipeline: 'not-yet',
			docs: 'no',
		});
	});

	test('a practice done by hand where a level needs it automated would not unlock that level', () => {
		// The path answers "Automated": with "Manually" instead, the engine keeps Tiny at level 0.
		const model = buildSelfCheckModel([ladder], tiny);
		const manual = { ...answersFor(tiny, new Set(['vcs', 'ci'])), ci: 'manual' as const };
		expect(evaluateAll(model, manual)[0]!.level).toBe(0);
		expect(fixture.steps[0]!.results[0]!.level).toBe(1);
	});
});

// ---------------------------------------------------------------------------------------------
// The real content.

/** Practices on more than one step, or twice in one. */
function duplicates(roadmap: Pick<Roadmap, 'steps'>): string[] {
	const all = roadmap.steps.flatMap((s) => s.practices.map((p) => p.id));
	return all.filter((id, i) => all.indexOf(id) !== i);
}
/** Dependencies that come after the practice that needs them, or are not on the path at all. */
function dependencyViolations(
	roadmap: Pick<Roadmap, 'steps'>,
	practices: readonly EnginePractice[]
): string[] {
	const position = new Map<string, number>();
	roadmap.steps.forEach((s, i) => s.practices.forEach((p, j) => position.set(p.id, i * 1000 + j)));
	return [...position.keys()].flatMap((id) =>
		practices
			.find((p) => p.id === id)!
			.dependsOn.filter((dep) => !((position.get(dep) ?? Infinity) < position.get(id)!))
			.map((dep) => `${id} needs ${dep} first`)
	);
}

describe('the path over the real content', () => {
	const { frameworks, practices } = realContent();
	const roadmap = buildRoadmap(frameworks, practices);
	const onPath = roadmap.steps.flatMap((s) => s.practices.map((p) => p.id));

	test('every quick-check practice appears exactly once', () => {
		const quick = practices.filter((p) => p.quickCheck).map((p) => p.id);
		expect(quick.length).toBeGreaterThan(20);
		expect(quick.filter((id) => !onPath.includes(id))).toEqual([]);
		expect(duplicates(roadmap)).toEqual([]);
	});

	test('every practice a ladder or phase level names is on the path', () => {
		const staged = new Set(
			frameworks.filter((f) => f.kind === 'ladder' || f.kind === 'phase-profile').map((f) => f.id)
		);
		const named = practices.filter((p) =>
			p.mappings.some((m) => m.level !== undefined && staged.has(m.framework))
		);
		expect(named.filter((p) => !onPath.includes(p.id)).map((p) => p.id)).toEqual([]);
		expect(roadmap.leftOut).toBe(practices.length - onPath.length);
	});

	test('no step is empty, and stages only go up', () => {
		expect(roadmap.steps.length).toBeGreaterThanOrEqual(3);
		expect(roadmap.steps.filter((s) => s.practices.length === 0).map((s) => s.id)).toEqual([]);
		const stages = roadmap.steps.flatMap((s) => (s.stage ? [s.stage.n] : []));
		expect(stages).toEqual([...stages].sort((a, b) => a - b));
	});

	test('every dependency comes in an earlier step, or earlier in the same step', () => {
		expect(dependencyViolations(roadmap, practices)).toEqual([]);
	});

	test('everyone starts at the bottom of every ladder', () => {
		for (const fw of frameworks.filter((f) => f.kind === 'ladder')) {
			const start = roadmap.start.find((r) => r.id === fw.id)!;
			expect(start.level, fw.id).toBeLessThanOrEqual(fw.levels[0]!.n);
		}
	});

	test('after the last step every ladder is at its top level', () => {
		const ladders = frameworks.filter((f) => f.kind === 'ladder');
		expect(ladders.length).toBeGreaterThanOrEqual(3);
		expect(ladders.map((fw) => [fw.id, roadmap.end.find((r) => r.id === fw.id)!.level])).toEqual(
			ladders.map((fw) => [fw.id, fw.levels.at(-1)!.n])
		);
	});

	test('every ladder level is reached in exactly one step, in order', () => {
		for (const fw of frameworks.filter((f) => f.kind === 'ladder')) {
			const reached = roadmap.steps.flatMap((s) =>
				s.unlocks.flatMap((u) =>
					u.type === 'level' && u.frameworkId === fw.id ? u.levels.map((l) => l.n) : []
				)
			);
			const start = roadmap.start.find((r) => r.id === fw.id)!.level!;
			expect(reached, fw.id).toEqual(fw.levels.filter((l) => l.n > start).map((l) => l.n));
		}
	});

	test('the unlocks agree with the self-check for the same answers', () => {
		const model = buildSelfCheckModel(frameworks, practices);
		const done = new Set<string>();
		for (const step of roadmap.steps) {
			for (const p of step.practices) done.add(p.id);
			const results = evaluateAll(model, answersFor(practices, done));
			expect(step.results.map((r) => [r.id, r.level, r.score])).toEqual(
				results.map((r) => [r.id, r.level, r.score])
			);
		}
	});
});

describe('the checks over the real content can fail', () => {
	const practices = [
		practice('a', [{ framework: 'tiny', level: 1 }]),
		practice('b', [{ framework: 'tiny', level: 1 }], { dependsOn: ['a'] }),
	];
	const step = (n: number, list: EnginePractice[]) => ({
		...fixture.steps[0]!,
		n,
		practices: list.map((p) => ({ ...fixture.steps[0]!.practices[0]!, id: p.id })),
	});

	test.each([
		{
			name: 'a dependency after its dependent',
			steps: [step(1, [practices[1]!, practices[0]!])],
			found: ['b needs a first'],
		},
		{
			name: 'a dependency in a later step',
			steps: [step(1, [practices[1]!]), step(2, [practices[0]!])],
			found: ['b needs a first'],
		},
		{ name: 'a dependency missing', steps: [step(1, [practices[1]!])], found: ['b needs a first'] },
		{ name: 'the right order', steps: [step(1, [practices[0]!, practices[1]!])], found: [] },
	])('dependency order: $name', ({ steps, found }) => {
		expect(dependencyViolations({ steps }, practices)).toEqual(found);
	});

	test('duplicates are found', () => {
		expect(duplicates({ steps: [step(1, [practices[0]!]), step(2, [practices[0]!])] })).toEqual([
			'a',
		]);
	});
});
