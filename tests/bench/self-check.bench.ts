/**
 * Measurement, not a test: how long recomputing every self-check result takes, in Node over the
 * pure module with the page's own model, and in Chromium with the page's performance marks.
 */
import type { Answers } from '~/lib/answers';
import { buildSelfCheckModel, evaluateAll } from '~/lib/engine';
import { expect, openSelfCheck, test } from '../e2e/fixtures';
import { ms, writeBenchmark } from '../support/bench-report';
import { summarise, time, type Timing } from '../support/measure';

const row = (what: string, t: Timing) => [
	what,
	String(t.runs),
	ms(t.medianMs),
	ms(t.p95Ms),
	ms(t.maxMs),
];

test('self-check recompute, pure logic and in the browser', async ({ page }) => {
	await openSelfCheck(page);
	// The exact model the page uses, built from its data block.
	const data = await page.evaluate(() =>
		JSON.parse(document.querySelector('script[data-self-check-data]')!.textContent!)
	);
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
	writeBenchmark(
		'self-check',
		'Self-check recompute',
		`Pure logic: \`evaluateAll()\` with the page's model (${model.questions.length} questions), mixed answers and every target set, after 200 warm-up calls. In Chromium: ${durations.length} updates while answers are clicked; each is the page's \`atlas-self-check-update\` performance measure (read answers, save, evaluate, render).`,
		[
			['What', 'n', 'median', 'p95', 'max'],
			row('`evaluateAll()`, pure logic in Node', pure),
			row('One update in Chromium', summarise(durations)),
		]
	);
});
