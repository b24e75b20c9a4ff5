/**
 * The roadmap page in the build: its steps are there and listed in the table of contents, each
 * practice links to its page and carries that page's own "Start manually" advice, and the
 * self-check's next steps link to it. (tests/site/links.test.ts resolves every link it has.)
 */
import { expect, test } from 'vitest';
import { assertBuilt, htmlFiles, htmlText as text, readDist } from '../support/site';

assertBuilt();

/** The step sections of the roadmap: id, heading and the practices listed, with their advice. */
function steps(html: string) {
	return [
		...html.matchAll(
			/<section class="atlas-roadmap-step" aria-labelledby="(step-\d+)">(.*?)<\/section>/gs
		),
	].map(([, id, body]) => ({
		id: id!,
		heading: text(new RegExp(`<h2 id="${id}">(.*?)</h2>`, 's').exec(body!)?.[1] ?? ''),
		practices: [
			...body!.matchAll(
				/<a class="atlas-roadmap-practice" href="\/practices\/([^/"]+)\/">.*?<\/a>(.*?)<\/li>/gs
			),
		].map(([, practice, rest]) => ({
			id: practice!,
			advice: text(/<strong>Start manually:<\/strong>(.*?)<\/p>/s.exec(rest!)?.[1] ?? ''),
		})),
	}));
}

/** A practice page's "Start manually" section: the first paragraph after its heading. */
function pageAdvice(id: string): string {
	const html = readDist(`practices/${id}/index.html`);
	const after = html.slice(html.indexOf('<h2 id="start-manually">'));
	return text(/<p>(.*?)<\/p>/s.exec(after)?.[1] ?? '');
}

const roadmap = readDist('roadmap/index.html');

test('the roadmap has numbered steps, each listing practices, in the table of contents too', () => {
	const found = steps(roadmap);
	expect(found.length).toBeGreaterThanOrEqual(3);
	expect(found.map((s) => s.id)).toEqual(found.map((_, i) => `step-${i + 1}`));
	found.forEach((s, i) => expect(s.heading).toMatch(new RegExp(`^Step ${i + 1}: \\S`)));
	expect(found.filter((s) => s.practices.length === 0).map((s) => s.id)).toEqual([]);
	const toc = roadmap.slice(roadmap.indexOf('<starlight-toc'), roadmap.indexOf('</starlight-toc>'));
	for (const anchor of ['start', 'at-a-glance', ...found.map((s) => s.id), 'left-out'])
		expect(toc, anchor).toContain(`href="#${anchor}"`);
});

test("every practice on the path shows its own page's start-manually advice", () => {
	const practices = steps(roadmap).flatMap((s) => s.practices);
	expect(practices.length).toBeGreaterThan(20);
	const mismatched = practices
		.filter((p) => p.advice === '' || p.advice !== pageAdvice(p.id))
		.map((p) => `${p.id}: "${p.advice.slice(0, 60)}" vs "${pageAdvice(p.id).slice(0, 60)}"`);
	expect(mismatched).toEqual([]);
});

test('the advice check can fail: it reads what a page says', () => {
	expect(pageAdvice('code-version-control')).toMatch(/^Create one repository/);
	expect(pageAdvice('code-version-control')).not.toBe(pageAdvice('model-registry'));
	expect(text('<p>“quoted” <em>and</em> it&#39;s</p>')).toBe('"quoted" and it\'s');
});

test("the self-check's next steps link to the roadmap", () => {
	const selfCheck = readDist('self-check/index.html');
	const next = selfCheck.slice(selfCheck.indexOf('id="self-check-next-steps"'));
	expect(next).toMatch(/<a href="\/roadmap\/"[^>]*>See the whole path on the roadmap<\/a>/);
	expect(htmlFiles()).toContain('roadmap/index.html');
});
