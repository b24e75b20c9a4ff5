/** Progress between snapshots: results then and now, practices gained and lost, the lines. */
import { describe, expect, test } from 'vitest';
import { buildSelfCheckModel } from '~/lib/engine';
import { compareProgress, levelSeries, sparkline, topLevel, type AnswersAt } from '~/lib/progress';
import {
	fixtureFrameworkBase as base,
	fixtureLadder as ladder,
	fixturePractice as practice,
} from '../support/content';

const model = buildSelfCheckModel(
	[ladder],
	[
		practice('tracking', [{ framework: 'tiny-ladder', level: 1 }], { title: 'Tracking' }),
		practice('pipeline', [{ framework: 'tiny-ladder', level: 2 }], { title: 'Pipeline' }),
	]
);
const at = (taken: string, answers: AnswersAt['answers']): AnswersAt => ({ taken, answers });
const empty = at('2026-01-01T00:00:00.000Z', {});
const none = at('2026-02-01T00:00:00.000Z', { tracking: 'no', pipeline: 'no' });
const one = at('2026-03-01T00:00:00.000Z', { tracking: 'yes', pipeline: 'no' });
const both = at('2026-04-01T00:00:00.000Z', { tracking: 'yes', pipeline: 'yes' });

describe('compareProgress', () => {
	test.each([
		{ name: 'up a level', then: none, now: one, change: 'up', gained: ['Tracking'], lost: [] },
		{
			name: 'to the top',
			then: none,
			now: both,
			change: 'up',
			gained: ['Pipeline', 'Tracking'],
			lost: [],
		},
		{ name: 'down a level', then: both, now: one, change: 'down', gained: [], lost: ['Pipeline'] },
		{ name: 'unchanged', then: one, now: one, change: 'same', gained: [], lost: [] },
		{ name: 'first verdict', then: empty, now: one, change: 'new', gained: ['Tracking'], lost: [] },
		{
			name: 'verdict gone (answers cleared)',
			then: one,
			now: empty,
			change: 'gone',
			gained: [],
			lost: ['Tracking'],
		},
	])('$name', ({ then, now, change, gained, lost }) => {
		const progress = compareProgress(model, then, now);
		expect(progress.results.map((r) => r.change)).toEqual([change]);
		expect(progress.gained.map((p) => p.title)).toEqual(gained);
		expect(progress.lost.map((p) => p.title)).toEqual(lost);
	});

	test('a result without a verdict then or now is left out', () => {
		expect(compareProgress(model, empty, empty).results).toEqual([]);
	});

	test('then and now are said as the result itself says them', () => {
		const [result] = compareProgress(model, none, one).results;
		expect(result).toMatchObject({
			label: 'Tiny',
			then: 'Level 0 · Nothing',
			now: 'Level 1 · Tracked',
		});
	});
});

describe('levelSeries', () => {
	test('one value per set, oldest first, whatever the order given', () => {
		const [series] = levelSeries(model, [both, empty, one, none]);
		expect(series).toMatchObject({ id: 'tiny-ladder', top: 2, values: [undefined, 0, 1, 2] });
	});

	test('a checklist (no levels, no bands) tops at 1', () => {
		expect(topLevel({ levels: [], selfCheck: { ...base.selfCheck, bands: [] } })).toBe(1);
	});
});

describe('sparkline', () => {
	test.each([
		{ name: 'rising', values: [0, 1, 2], want: ['0,20 50,10 100,0'] },
		{ name: 'a gap breaks the line', values: [1, undefined, 2, 2], want: ['0,10', '66.7,0 100,0'] },
		{ name: 'one point sits in the middle', values: [1], want: ['50,10'] },
		{ name: 'nothing to draw', values: [undefined, undefined], want: [] },
		{ name: 'out of range is clamped', values: [-1, 9], want: ['0,20 100,0'] },
	])('$name', ({ values, want }) => {
		expect(sparkline(values, 2, 100, 20)).toEqual(want);
	});
});
