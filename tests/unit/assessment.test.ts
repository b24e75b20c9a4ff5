/** Saving and restoring self-check answers: round trips, and bad input that must never throw. */
import { describe, expect, test } from 'vitest';
import {
	STORAGE_KEY,
	decodeAssessment,
	encodeAssessment,
	questionSetVersion,
	type Question,
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
		{ name: 'JSON null', input: 'null', error: /not a saved/ },
		{ name: 'an array', input: '[1,2]', error: /not a saved/ },
		{ name: 'another format', input: JSON.stringify({ format: 'other' }), error: /not a saved/ },
		{
			name: 'a future version',
			input: JSON.stringify({ ...valid, formatVersion: 9 }),
			error: /format version 9/,
		},
		{
			name: 'answers of the wrong type',
			input: JSON.stringify({ ...valid, answers: 'yes' }),
			error: /incomplete/,
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
