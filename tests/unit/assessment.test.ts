/** Saving and restoring self-check answers: round trips, and bad input that must never throw. */
import { describe, expect, test } from 'vitest';
import {
	MAX_FILE_BYTES,
	MAX_NAME_LENGTH,
	MAX_SNAPSHOTS,
	STORAGE_KEY,
	decodeAssessment,
	encodeAssessment,
	questionSetVersion,
	type Question,
} from '~/lib/assessment';
import { decodeExportFile } from '~/lib/snapshots';
import { decodeShareFragment } from '~/lib/share-link';

const questions: Question[] = [
	{ id: 'vcs', answer: 'binary' },
	{ id: 'train', answer: 'automation' },
];
const version = questionSetVersion(questions);

describe('encode then decode', () => {
	test('round-trips the answers', () => {
		const saved = JSON.stringify(
			encodeAssessment(version, { vcs: 'yes', train: 'manual', skipped: undefined })
		);
		const decoded = decodeAssessment(saved, questions, version);
		expect(decoded).toMatchObject({
			ok: true,
			dropped: [],
			assessment: { answers: { vcs: 'yes', train: 'manual' } },
		});
		expect(decoded.ok && decoded.notice).toBeFalsy();
	});

	test("the storage key stays the first format's, so answers saved before version 2 are found", () => {
		expect(STORAGE_KEY).toBe('mlops-atlas-assessment:v1');
	});
});

describe('snapshots (format version 2)', () => {
	const snapshot = (id: string, taken: string, extra: Record<string, unknown> = {}) => ({
		id,
		taken,
		answers: { vcs: 'no' },
		...extra,
	});
	const file = (snapshots: unknown, formatVersion = 2) =>
		JSON.stringify({ ...encodeAssessment(version, { vcs: 'yes' }), formatVersion, snapshots });
	const decode = (input: string) => decodeExportFile(input, questions, version);

	test('round-trip with the answers, newest first', () => {
		const old = snapshot('a', '2026-01-01T00:00:00.000Z', { name: 'Q1' });
		const recent = snapshot('b', '2026-04-01T00:00:00.000Z');
		const saved = JSON.stringify(
			encodeAssessment(version, { vcs: 'yes' }, new Date(), {}, [old, recent] as never)
		);
		const decoded = decode(saved);
		expect(decoded).toMatchObject({ ok: true, assessment: { formatVersion: 2 } });
		expect(decoded.ok && decoded.assessment.snapshots).toEqual([recent, old]);
		expect(decoded.ok && decoded.notice).toBeFalsy();
	});

	test('a version 1 file (no snapshots) is still read', () => {
		const v1 = JSON.stringify({ ...encodeAssessment(version, { vcs: 'yes' }), formatVersion: 1 });
		expect(decode(v1)).toMatchObject({ ok: true, assessment: { answers: { vcs: 'yes' } } });
	});

	test.each([
		{
			name: 'not well formed: left out, with a notice',
			snapshots: [
				snapshot('a', '2026-01-01T00:00:00.000Z'),
				snapshot('b', 'yesterday'),
				{ id: 'c', taken: '2026-01-01T00:00:00.000Z' },
				snapshot('a', '2026-02-01T00:00:00.000Z'),
				snapshot('d', '2026-01-01T00:00:00.000Z', { name: 7 }),
				'e',
			],
			kept: ['a'],
			notice: /^5 snapshots were left out/,
		},
		{
			name: 'answers that no longer fit are dropped inside a snapshot',
			snapshots: [
				{ ...snapshot('a', '2026-01-01T00:00:00.000Z'), answers: { vcs: 'no', gone: 'yes' } },
			],
			kept: ['a'],
			notice: /^1 entry was dropped/,
		},
		{
			name: 'more than the limit: the newest are kept',
			snapshots: Array.from({ length: MAX_SNAPSHOTS + 2 }, (_, i) =>
				snapshot(`s${i}`, new Date(Date.UTC(2026, 0, 1 + i)).toISOString())
			),
			kept: Array.from({ length: MAX_SNAPSHOTS }, (_, i) => `s${MAX_SNAPSHOTS + 1 - i}`),
			notice: /^2 snapshots were left out/,
		},
	])('$name', ({ snapshots, kept, notice }) => {
		const decoded = decode(file(snapshots));
		expect(decoded.ok).toBe(true);
		if (!decoded.ok) return;
		expect(decoded.assessment.snapshots?.map((s) => s.id)).toEqual(kept);
		expect(decoded.notice).toMatch(notice);
	});

	test('a long name is cut, not refused', () => {
		const decoded = decode(
			file([snapshot('a', '2026-01-01T00:00:00.000Z', { name: 'x'.repeat(500) })])
		);
		expect(decoded.ok && decoded.assessment.snapshots?.[0]?.name).toHaveLength(MAX_NAME_LENGTH);
	});

	test('snapshots that are not a list make the file unusable, with a reason', () => {
		expect(decode(file({ a: 1 }))).toEqual({ ok: false, error: 'Their snapshots are not a list.' });
	});

	test('a file over the file limit is refused before parsing', () => {
		expect(decode(' '.repeat(MAX_FILE_BYTES + 1))).toMatchObject({ ok: false, error: /too large/ });
	});
});

describe('decodeAssessment never throws and explains bad input', () => {
	const valid = {
		format: 'mlops-atlas-assessment',
		formatVersion: 1,
		questionSet: version,
		updated: '2026-01-01T00:00:00.000Z',
	};
	test.each<{ name: string; input: unknown; error: RegExp }>([
		{ name: 'not JSON', input: '{"format":', error: /not valid JSON/ },
		{
			name: 'JSON null',
			input: 'null',
			error: /^This is not an MLOps Maturity Atlas self-check\.$/,
		},
		{
			name: 'an array',
			input: '[1,2]',
			error: /^This is not an MLOps Maturity Atlas self-check\.$/,
		},
		{
			name: 'another format',
			input: JSON.stringify({ format: 'other' }),
			error: /^This is not an MLOps Maturity Atlas self-check\.$/,
		},
		{
			name: 'a future version',
			input: JSON.stringify({ ...valid, formatVersion: 9 }),
			error:
				/format version 9, and this version of the site reads versions 1 and 2 only \(they may come from a newer version/,
		},
		{
			name: 'no format version',
			input: JSON.stringify({ ...valid, formatVersion: undefined }),
			error: /^These answers have no format version/,
		},
		{
			name: 'a format version of the wrong type',
			input: JSON.stringify({ ...valid, formatVersion: { v: 1 } }),
			error: /^Their format version is not a number/,
		},
		{
			name: 'answers of the wrong type',
			input: JSON.stringify({ ...valid, answers: 'yes' }),
			error: /^They have no list of answers\.$/,
		},
		{ name: 'oversized input', input: `"${'x'.repeat(100_001)}"`, error: /too large/ },
	])('$name', ({ input, error }) => {
		const decoded = decodeAssessment(input, questions, version);
		expect(decoded.ok).toBe(false);
		expect(!decoded.ok && decoded.error).toMatch(error);
	});

	test('drops unknown ids, invalid values and prototype keys, with a notice', () => {
		const input = `{"format":"mlops-atlas-assessment","formatVersion":1,"questionSet":"old","answers":{"vcs":"automated","train":"manual","gone":"yes","__proto__":{"polluted":true}}}`;
		const decoded = decodeAssessment(input, questions, version);
		expect(decoded.ok).toBe(true);
		if (!decoded.ok) return;
		expect(decoded.assessment.answers).toEqual({ train: 'manual' });
		expect(decoded.dropped).toEqual(['vcs', 'gone', '__proto__']);
		expect(decoded.notice).toMatch(/another version of the questions.*3 entries were dropped/);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});

describe('questionSetVersion', () => {
	test('does not depend on question order', () => {
		expect(questionSetVersion([...questions].reverse())).toBe(version);
	});
	test('changes when a question changes type', () => {
		expect(questionSetVersion([{ id: 'vcs', answer: 'automation' }, questions[1]!])).not.toBe(
			version
		);
	});
});

describe('messages a person understands', () => {
	const file = (extra: object) =>
		JSON.stringify({
			format: 'mlops-atlas-assessment',
			formatVersion: 1,
			questionSet: 'q-old',
			answers: { train: 'manual' },
			...extra,
		});

	test('an older question set whose answers all fit says so, without "0 entries were dropped"', () => {
		const decoded = decodeAssessment(file({}), questions, version);
		expect(decoded.ok && decoded.notice).toBe(
			'These answers were given to another version of the questions (q-old), and all of them still fit.'
		);
	});

	test.each([
		{
			name: 'padding',
			encode: (b: string) => b.padEnd(Math.ceil(b.length / 4) * 4, '='),
			shows: /=$/,
		},
		{
			name: 'the standard alphabet',
			encode: (b: string) => b.replaceAll('-', '+').replaceAll('_', '/'),
			shows: /[+/]/,
		},
	])('a share link written with $name is read, not called damaged', ({ encode, shows }) => {
		// A note of characters whose encoding uses "-" and "_", long enough to need padding.
		let note = '»»»?>~~~';
		const withNote = () => ({
			...encodeAssessment(version, { vcs: 'yes', train: 'automated' }),
			note,
		});
		while (Buffer.from(JSON.stringify(withNote())).toString('base64url').length % 4 === 0)
			note += '~';
		const assessment = withNote();
		const fragment = `#check=${encode(Buffer.from(JSON.stringify(assessment)).toString('base64url'))}`;
		expect(fragment).toMatch(shows);
		const decoded = decodeShareFragment(fragment, questions, version);
		expect(decoded).toMatchObject({
			ok: true,
			assessment: { answers: { vcs: 'yes', train: 'automated' } },
		});
	});

	test('a share link is never called "saved answers"', () => {
		for (const fragment of [
			'#check=%%%',
			`#check=${Buffer.from('{"format":"x"}').toString('base64url')}`,
		]) {
			const decoded = decodeShareFragment(fragment, questions, version);
			expect(!decoded!.ok && decoded!.error).not.toMatch(/saved/i);
		}
	});
});
