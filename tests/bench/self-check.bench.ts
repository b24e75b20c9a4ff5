/**
 * Measurement, not a test: how long recomputing every self-check result takes, in Node over the
 * pure module with the page's own model, and in Chromium with the page's performance marks.
 */
import type { Answers } from '~/lib/answers';
import { buildSelfCheckModel, evaluateAll } from '~/lib/engine';
import { expect, openSelfCheck, test } from '../e2e/fixtures';
import { timingRow as row, writeBenchmark } from '../support/bench-report';
import { summarise, time } from '../support/measure';

test('self-check recompute, pure logic and in the browser', async ({ page }) => {
	await openSelfCheck(page);
	// The exact model the page uses, built from the data it fetches.
	const data = await page.evaluate(async () => {
		const config = JSON.parse(
			document.querySelector('script[data-self-check-config]')!.textContent!
		);
		return (await fetch(config.links.model)).json();
	});
	const model = buildSelfCheckModel(data.frameworks, data.practices);
	const answers: Answers = Object.fromEntries(
		model.practices.map((p, i) => [
			p.id,
			p.answer === 'binary'
				? i % 2
					? 'yes'
					: 'no'
				: (['not-yet', 'manual', 'automated'] as const)[i % 3],
		])
	);
	const targets = Object.fromEntries(
		Object.entries(model.targetOptions).map(([id, levels]) => [id, levels.at(-1)!])
	);
	const pure = time(() => evaluateAll(model, answers, targets));

	const fieldsets = page.locator('#self-check-quick ~ section fieldset[data-practice]');
	const count = await fieldsets.count();
	for (let round = 0; round < 3; round++) {
		for (let i = 0; i < count; i++)
			await fieldsets
				.nth(i)
				.locator('input')
				.nth(round % 2)
				.check();
	}
	const durations = await page.evaluate(() =>
		performance.getEntriesByName('atlas-self-check-update').map((e) => e.duration)
	);
	expect(durations.length).toBeGreaterThan(count);

	// From the input event to the next paint, with the CPU slowed down four times (as Lighthouse's
	// mobile profile does): the time stamp of the change event, then a frame and a task after it.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.evaluate(() => {
		const w = window as unknown as { paints: number[] };
		w.paints = [];
		document.addEventListener(
			'change',
			(event) => {
				const start = event.timeStamp;
				requestAnimationFrame(() => setTimeout(() => w.paints.push(performance.now() - start)));
			},
			{ capture: true }
		);
	});
	// The rounds above left every first option checked: each click below changes an answer.
	for (let i = 0; i < count; i++) await fieldsets.nth(i).locator('input').nth(1).check();
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { paints: number[] }).paints.length))
		.toBe(count);
	const paints = await page.evaluate(() => (window as unknown as { paints: number[] }).paints);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	writeBenchmark(
		'self-check',
		'Self-check recompute',
		`Pure logic: \`evaluateAll()\` with the page's model (${model.questions.length} questions), mixed answers and every target set, after 200 warm-up calls. In Chromium: ${durations.length} updates while answers are clicked; each is the page's \`atlas-self-check-update\` performance measure (read answers, save, evaluate, render). Then, with the CPU slowed down four times, each answer is timed from its change event to the next paint (a frame and a task after the event).`,
		[
			['What', 'n', 'median', 'p95', 'max'],
			row('`evaluateAll()`, pure logic in Node', pure),
			row('One update in Chromium', summarise(durations)),
			row('Answer → next paint, Chromium at 4x CPU slowdown', summarise(paints)),
		]
	);
});
