/**
 * Structure tests: the content must keep the shape of its sources. These fail when a framework
 * page drifts from what the publisher defines (a lost test, a renamed level, a missing block).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readContentDir } from '~/lib/load-content';
import { checkModel } from '~/lib/model';
import type { Framework } from '~/schemas/framework';

const files = readContentDir('content/docs');
const { model } = checkModel(files);
const framework = (id: string): Framework => {
	const fw = model.frameworks.find((f) => f.id === id);
	if (!fw) throw new Error(`framework "${id}" is missing`);
	return fw;
};
const levelsOf = (id: string) => framework(id).levels.map((l) => [l.n, l.name]);
const itemsPerSection = (id: string) =>
	Object.fromEntries(
		framework(id).sections.map((s) => [
			s.id,
			framework(id).items.filter((i) => i.section === s.id).length,
		])
	);

describe('ladders keep their publishers’ levels', () => {
	test.each([
		{
			id: 'microsoft-mlops',
			levels: [
				[0, 'No MLOps'],
				[1, 'DevOps but no MLOps'],
				[2, 'Automated training'],
				[3, 'Automated model deployment'],
				[4, 'Full MLOps automated operations'],
			],
		},
		{
			id: 'google-mlops',
			levels: [
				[0, 'Manual process'],
				[1, 'ML pipeline automation'],
				[2, 'CI/CD pipeline automation'],
			],
		},
		{
			id: 'aws-mlops',
			levels: [
				[1, 'Initial'],
				[2, 'Repeatable'],
				[3, 'Reliable'],
				[4, 'Scalable'],
			],
		},
		{
			id: 'google-ai-adoption',
			levels: [
				[1, 'Tactical'],
				[2, 'Strategic'],
				[3, 'Transformational'],
			],
		},
		{
			id: 'microsoft-genaiops',
			levels: [
				[1, 'Initial'],
				[2, 'Defined'],
				[3, 'Managed'],
				[4, 'Optimized'],
			],
		},
	])('$id', ({ id, levels }) => {
		expect(levelsOf(id)).toEqual(levels);
	});

	test('Microsoft describes every level by its four aspects', () => {
		const fw = framework('microsoft-mlops');
		expect(fw.dimensions.map((d) => d.name)).toEqual([
			'People',
			'Model creation',
			'Model release',
			'Application integration',
		]);
		for (const level of fw.levels)
			expect(Object.keys(level.cells).sort()).toEqual(fw.dimensions.map((d) => d.id).sort());
	});

	test('the AI Adoption Framework has six themes, and its grid is labelled as the site’s derivation', () => {
		const fw = framework('google-ai-adoption');
		expect(fw.dimensions.map((d) => d.id)).toEqual([
			'learn',
			'lead',
			'access',
			'scale',
			'secure',
			'automate',
		]);
		expect(fw.cellsNote).toMatch(/could not confirm.*own derivation/i);
	});
});

describe('rubrics and checklists keep every item', () => {
	test('the ML Test Score has 28 tests, seven in each of its four sections', () => {
		expect(itemsPerSection('ml-test-score')).toEqual({ data: 7, model: 7, infra: 7, monitor: 7 });
		const labels = framework('ml-test-score').items.map((i) => i.label);
		expect(labels).toEqual(
			['Data', 'Model', 'Infra', 'Monitor'].flatMap((s) =>
				[1, 2, 3, 4, 5, 6, 7].map((n) => `${s} ${n}`)
			)
		);
	});

	test('Marvelous MLOps has 60 statements in seven sections, numbered in order', () => {
		const fw = framework('marvelous-mlops');
		expect(fw.sections).toHaveLength(7);
		expect(fw.items.map((i) => i.label)).toEqual(
			Array.from({ length: 60 }, (_, i) => String(i + 1))
		);
		expect(Object.values(itemsPerSection('marvelous-mlops'))).toEqual([8, 20, 10, 8, 7, 4, 3]);
	});

	test('the MLOps Stack Canvas has eleven blocks in three areas, each with its questions', () => {
		const fw = framework('mlops-stack-canvas');
		expect(fw.sections).toHaveLength(3);
		expect(fw.items).toHaveLength(11);
		for (const block of fw.items) expect(block.questions.length, block.name).toBeGreaterThan(0);
	});
});

describe('every framework page has the same shape', () => {
	const pages = files.filter((f) => f.data.framework !== undefined);
	test.each(pages.map((p) => p.file))('%s', (file) => {
		const body = readFileSync(file, 'utf8').split(/^---$/m).slice(2).join('---');
		for (const part of [
			'<FrameworkGlance />',
			'<FrameworkAssessment />',
			'<VersionHistory />',
			'## Sources',
			'<SourceList />',
		]) {
			expect(body, `${file} lacks ${part}`).toContain(part);
		}
		const fw = framework(
			String((pages.find((p) => p.file === file)!.data.framework as { id: string }).id)
		);
		if (fw.levels.length) expect(body).toContain('<LevelTable />');
		if (fw.items.length) expect(body).toMatch(/<ItemTable( section="[a-z-]+")? \/>/);
	});
});
