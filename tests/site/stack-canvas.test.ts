/**
 * The Stack Canvas worksheet in the build: every area, block and guiding question of the canvas
 * framework's frontmatter is on the page (so it reads and prints without JavaScript), each field
 * is labelled by its block and described by its questions, the element's data is the same
 * model, the sheet stays out of the search index, and the page is linked where readers look.
 */
import { describe, expect, test } from 'vitest';
import { canvasModel, MAX_BLOCK_CHARS } from '~/lib/canvas';
import { realContent } from '../support/content';
import { assertBuilt, htmlText, readDist } from '../support/site';

assertBuilt();

const canvas = realContent().frameworks.find((f) => f.kind === 'canvas')!;
const html = readDist('stack-canvas/index.html');
const main = html.slice(html.indexOf('<main'));
/** What a reader sees, compared the way the page writes it. */
const same = (text: string) => htmlText(text);

/** The part of the page between the opening of an element and the next one of its kind. */
const section = (id: string) => {
	const start = html.indexOf(`aria-labelledby="canvas-area-${id}"`);
	return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start));
};
const block = (id: string) =>
	new RegExp(
		`<div class="atlas-canvas__block" data-block="${id}">(.*?)data-print-text="${id}"`,
		's'
	).exec(html)?.[1] ?? '';

describe('the sheet comes from the canvas framework’s frontmatter', () => {
	test('there is one canvas framework, with areas, blocks and questions to show', () => {
		expect(canvas.sections.length).toBeGreaterThan(0);
		expect(canvas.items.length).toBeGreaterThan(0);
	});

	test.each(canvas.sections.map((s) => [s.name, s]))(
		'the area “%s” and its blocks, in order',
		(_, area) => {
			const part = section(area.id);
			expect(
				htmlText(
					new RegExp(`<h2 id="canvas-area-${area.id}">(.*?)</h2>`, 's').exec(part)?.[1] ?? ''
				)
			).toBe(same(area.name));
			const ids = [...part.matchAll(/data-block="([^"]+)"/g)].map((m) => m[1]);
			expect(ids).toEqual(canvas.items.filter((i) => i.section === area.id).map((i) => i.id));
		}
	);

	test.each(canvas.items.map((i) => [i.name, i]))(
		'the block “%s”: name, questions and field',
		(_, item) => {
			const part = block(item.id);
			const field = `canvas-${item.id}`;
			expect(
				htmlText(/<span class="atlas-canvas__label"[^>]*>(.*?)<\/span>/s.exec(part)?.[1] ?? '')
			).toBe(item.label);
			expect(
				htmlText(new RegExp(`<label for="${field}">(.*?)</label>`, 's').exec(part)?.[1] ?? '')
			).toBe(same(item.name));
			const list = new RegExp(
				`<ul class="atlas-canvas__questions" id="${field}-questions">(.*?)</ul>`,
				's'
			).exec(part)?.[1];
			expect([...(list ?? '').matchAll(/<li>(.*?)<\/li>/gs)].map((m) => htmlText(m[1]!))).toEqual(
				item.questions.map(same)
			);
			const textarea = new RegExp(`<textarea id="${field}"[^>]*>`).exec(part)?.[0] ?? '';
			expect(textarea).toContain(`aria-describedby="${field}-questions"`);
			expect(textarea).toContain(`maxlength="${MAX_BLOCK_CHARS}"`);
		}
	);

	test('the element’s data is the model the library builds from the frontmatter', () => {
		const json = /<script type="application\/json" data-canvas-data>(.*?)<\/script>/s.exec(
			html
		)?.[1];
		expect(JSON.parse(json!)).toEqual(canvasModel(canvas));
	});

	test('the canvas is attributed to its publisher, under its licence, with its source', () => {
		const credit = htmlText(/<p class="atlas-canvas__credit">(.*?)<\/p>/s.exec(html)?.[1] ?? '');
		expect(credit).toContain(same(`The ${canvas.name} is by ${canvas.publisher}`));
		expect(credit).toContain(same(`licence: ${canvas.licence}`));
		expect(html).toContain(`<a href="${canvas.sources[0]!.url}">`);
	});
});

describe('search and links', () => {
	test('the page is indexed by its title and prose, the sheet and toolbar are not', () => {
		expect(main).toMatch(/^<main data-pagefind-body/);
		expect(html).toMatch(/<h1 id="_top"[^>]*>MLOps Stack Canvas worksheet<\/h1>/);
		expect(html).toMatch(/<div class="atlas-canvas__sheet not-content" data-pagefind-ignore>/);
		expect(html).toMatch(
			/<div class="atlas-toolbar atlas-needs-script not-content" data-pagefind-ignore>/
		);
	});

	test('the framework page, the home page and a guide link to the worksheet', () => {
		for (const file of [
			`frameworks/${canvas.id}/index.html`,
			'index.html',
			'guides/choosing-a-framework/index.html',
		]) {
			const page = readDist(file);
			expect(page.slice(page.indexOf('<main')), file).toContain('href="/stack-canvas/"');
		}
	});

	test('the sidebar lists it under “Start here”, right after the ML Test Score calculator', () => {
		const start = html.indexOf('id="starlight__sidebar"');
		const links = [
			...html.slice(start, html.indexOf('</nav>', start)).matchAll(/<a href="([^"]+)"/g),
		].map((m) => m[1]);
		expect(links.indexOf('/stack-canvas/')).toBe(links.indexOf('/self-check/ml-test-score/') + 1);
		expect(html).toMatch(/<a href="\/stack-canvas\/" aria-current="page"/);
	});
});
