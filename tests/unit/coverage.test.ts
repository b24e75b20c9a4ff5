/** Coverage of the practice catalog: every framework level and item is reachable through practices. */
import { describe, expect, test } from 'vitest';
import { readContentDir } from '~/lib/load-content';
import { checkModel } from '~/lib/model';
import { DIMENSIONS } from '~/schemas/common';

const { model, issues } = checkModel(readContentDir('content/docs'));
const mappingsTo = (framework: string) =>
	model.practices.flatMap((p) =>
		p.mappings.filter((m) => m.framework === framework).map((m) => ({ practice: p.id, ...m }))
	);
const framework = (id: string) => model.frameworks.find((f) => f.id === id)!;

describe('practice catalog coverage', () => {
	test('the model has no integrity problems (including dependency cycles)', () => {
		expect(issues).toEqual([]);
	});

	test('has at least 60 practices', () => {
		expect(model.practices.length).toBeGreaterThanOrEqual(60);
	});

	test.each(DIMENSIONS.map((d) => d.id))(
		'dimension %s has at least four practices',
		(dimension) => {
			expect(
				model.practices.filter((p) => p.dimension === dimension).length
			).toBeGreaterThanOrEqual(4);
		}
	);

	test.each([
		{ id: 'microsoft-mlops', levels: [1, 2, 3, 4] },
		{ id: 'google-mlops', levels: [1, 2] },
		{ id: 'aws-mlops', levels: [1, 2, 3, 4] },
	])('every level of $id from 1 up has at least two practices', ({ id, levels }) => {
		const perLevel = Object.fromEntries(
			levels.map((n) => [
				n,
				new Set(
					mappingsTo(id)
						.filter((m) => m.level === n)
						.map((m) => m.practice)
				).size,
			])
		);
		expect(Object.entries(perLevel).filter(([, count]) => count < 2)).toEqual([]);
	});

	test.each(['ml-test-score', 'marvelous-mlops'])('every item of %s maps to a practice', (id) => {
		const mapped = new Set(mappingsTo(id).map((m) => m.item));
		expect(
			framework(id)
				.items.map((i) => i.id)
				.filter((item) => !mapped.has(item))
		).toEqual([]);
	});

	test('each AI Adoption theme has at least one practice', () => {
		const themes = new Set(mappingsTo('google-ai-adoption').map((m) => m.theme));
		expect(
			framework('google-ai-adoption')
				.dimensions.map((d) => d.id)
				.filter((t) => !themes.has(t))
		).toEqual([]);
	});
});
