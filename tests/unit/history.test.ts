/** The history of replaced answer sets: bounded, newest first, and never throwing on what storage holds. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	HISTORY_LIMIT,
	addToHistory,
	describeEntry,
	readHistory,
	removeFromHistory,
	type HistoryEntry,
} from '~/lib/history';

const RUNS = 2000;
/** Each property needs well under a second here; the limit leaves room for a busy machine. */
const TIME_LIMIT = 60_000;

const entryArb = fc.record({
	kept: fc
		.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true })
		.map((d) => d.toISOString()),
	reason: fc.constantFrom(
		'shared-link',
		'import',
		'start-over',
		'restore',
		'other-tab',
		'unreadable'
	) as fc.Arbitrary<HistoryEntry['reason']>,
	count: fc.nat({ max: 200 }),
	data: fc.string({ maxLength: 200 }),
});

describe('the history', () => {
	test(
		'never holds more than its limit, and always keeps the newest set first',
		() => {
			fc.assert(
				fc.property(
					fc.array(entryArb, { maxLength: 30 }),
					fc.integer({ min: 1, max: 12 }),
					(adds, limit) => {
						let history: HistoryEntry[] = [];
						for (const entry of adds) {
							history = addToHistory(history, entry, limit);
							expect(history.length).toBeLessThanOrEqual(limit);
							expect(history[0]!.data).toBe(entry.data);
						}
						expect(new Set(history.map((e) => e.id)).size).toBe(history.length);
						// What is stored reads back the same.
						expect(readHistory(JSON.stringify(history))).toEqual(history);
					}
				),
				{ numRuns: RUNS }
			);
		},
		TIME_LIMIT
	);

	test(
		'never throws on whatever storage holds, and keeps only well-formed entries',
		() => {
			fc.assert(
				fc.property(
					fc.oneof(
						fc.string(),
						fc.jsonValue().map((v) => JSON.stringify(v)),
						fc
							.array(
								fc.oneof(
									entryArb.map((e) => ({ ...e, id: 'x' })),
									fc.object()
								),
								{ maxLength: 20 }
							)
							.map((a) => JSON.stringify(a))
					),
					(raw) => {
						const history = readHistory(raw);
						expect(history.length).toBeLessThanOrEqual(HISTORY_LIMIT);
						for (const e of history) expect(typeof describeEntry(e)).toBe('string');
					}
				),
				{ numRuns: RUNS }
			);
		},
		TIME_LIMIT
	);

	test.each([
		{ name: 'nothing stored', raw: null },
		{ name: 'not JSON', raw: '[{"id":' },
		{ name: 'an object', raw: '{"0": {}}' },
		{ name: 'prototype keys', raw: '[{"__proto__": {"id": "x"}}]' },
	])('reads $name as an empty history', ({ raw }) => {
		expect(readHistory(raw)).toEqual([]);
	});

	test('an identical set moves to the front instead of being kept twice; an entry can be removed', () => {
		const one = {
			kept: '2026-01-01T00:00:00.000Z',
			reason: 'import' as const,
			count: 1,
			data: 'a',
		};
		const two = { ...one, data: 'b' };
		let history = addToHistory(addToHistory([], one), two);
		history = addToHistory(history, { ...one, reason: 'shared-link' });
		expect(history.map((e) => [e.data, e.reason])).toEqual([
			['a', 'shared-link'],
			['b', 'import'],
		]);
		expect(removeFromHistory(history, history[0]!.id).map((e) => e.data)).toEqual(['b']);
		expect(describeEntry(history[0]!)).toBe(
			'Replaced by a shared link on 2026-01-01 00:00 UTC (1 answer)'
		);
	});
});
