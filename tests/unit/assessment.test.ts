/** Saving and restoring self-check answers: round trips, and bad input that must never throw. */
import { describe, expect, test } from 'vitest';
import {
	STORAGE_KEY,
	decodeAssessment,
	encodeAssessment,
	questionSetVersion,
	type Question,
	decodeShareFragment,
} from '~/lib/assessment';

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

	test('the storage key carries the format version', () => {
		expect(STORAGE_KEY).toBe('mlops-atlas-assessment:v1');
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
				/format version 9, and this version of the site reads version 1 only \(they may come from a newer version/,
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
