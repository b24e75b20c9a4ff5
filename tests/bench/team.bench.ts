/**
 * Measurement, not a test: the team view with 50 generated members (issue 13). In Node, the pure
 * `teamView()` over the page's own model; in Chromium, the page's `atlas-team-render` measure
 * (compute and redraw everything) after the 50 files are added and on each later redraw, at
 * normal speed and with the CPU slowed down four times. A frame's budget is about 16 ms.
 */
import { answerOptions } from '~/lib/answers';
import { encodeAssessment } from '~/lib/assessment';
import { buildSelfCheckModel } from '~/lib/engine';
import { readMember, teamView, type Member } from '~/lib/team';
import { expect, test } from '../e2e/fixtures';
import { timingRow as row, writeBenchmark } from '../support/bench-report';
import { summarise, time } from '../support/measure';

const MEMBERS = 50;
const REDRAWS = 20;

/** A small seeded generator, so that every run measures the same team. */
function random(seed: number) {
	return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

test('team view with 50 members, pure logic and in the browser', async ({ page }) => {
	await page.goto('/self-check/team/');
	await expect(page.locator('atlas-team-view')).toHaveAttribute('data-ready', '');
	const content = await page.evaluate(async () => (await fetch('/self-check/model.json')).json());
	const model = buildSelfCheckModel(content.frameworks, content.practices);
	const next = random(42);
	// Every member answers about two thirds of all questions, the deep check included.
	const files = Array.from({ length: MEMBERS }, (_, i) => {
		const answers = Object.fromEntries(
			model.questions
				.filter(() => next() < 0.66)
				.map((q) => {
					const options = q.options ?? answerOptions(q.answer);
					return [q.id, options[Math.floor(next() * options.length)]!.value];
				})
		);
		const when = new Date(Date.UTC(2026, 0, 1, 0, i));
		return {
			name: `member-${i + 1}.json`,
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(encodeAssessment(model.questionSet, answers, when))),
		};
	});
	const members = files.map((f) => {
		const read = readMember(model, f.name, f.buffer.toString('utf8'), 'file');
		if (!read.ok) throw new Error(read.error);
		return read.member;
	}) satisfies Member[];
	const pure = time(() => teamView(model, members), 200, 20);

	const renders = async () =>
		page.evaluate(() => performance.getEntriesByName('atlas-team-render').map((e) => e.duration));
	const redraw = async () => {
		const before = (await renders()).length;
		await page.locator('[data-team-anonymous]').click();
		await expect.poll(async () => (await renders()).length).toBe(before + 1);
	};
	await page.locator('[data-team-files]').setInputFiles(files);
	await expect(page.locator('[data-team-count]')).toHaveText(String(MEMBERS));
	const first = (await renders()).at(-1)!;
	const start = (await renders()).length;
	for (let i = 0; i < REDRAWS; i++) await redraw();
	const normal = (await renders()).slice(start);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	const slowStart = (await renders()).length;
	for (let i = 0; i < REDRAWS; i++) await redraw();
	const slow = (await renders()).slice(slowStart);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

	writeBenchmark(
		'team-view',
		'Team view with 50 members',
		`${MEMBERS} generated members (a seeded generator; each answers about two thirds of the ${model.questions.length} questions). Pure logic: \`teamView()\` in Node (every member's results, spread, disagreements, merged next steps), after 20 warm-up calls. In Chromium: the page's \`atlas-team-render\` measure (compute and redraw the whole view), once after the ${MEMBERS} files are added, then on ${REDRAWS} redraws (the anonymity switch), at normal speed and with the CPU slowed down four times. One frame is about 16 ms.`,
		[
			['What', 'n', 'median', 'p95', 'max'],
			row('`teamView()`, pure logic in Node', pure),
			row('First render after adding 50 files, Chromium', summarise([first])),
			row('Redraw, Chromium', summarise(normal)),
			row('Redraw, Chromium at 4x CPU slowdown', summarise(slow)),
		]
	);
});
