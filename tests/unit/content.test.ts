/** Every real content file validates and every cross-reference resolves. */
import { describe, expect, test } from 'vitest';
import { readContentDir } from '~/lib/load-content';
import { checkModel, formatIssue } from '~/lib/model';

const files = readContentDir('content/docs');

describe('the real content', () => {
	const { model, issues } = checkModel(files);

	test('has no integrity problems', () => {
		expect(issues.map(formatIssue)).toEqual([]);
	});

	test('includes the Microsoft and Google frameworks', () => {
		expect(model.frameworks.map((f) => f.id)).toEqual(
			expect.arrayContaining(['microsoft-mlops', 'google-mlops'])
		);
	});
});
