/**
 * Measurement, not a test: how long recomputing every self-check result takes, in Node over the
 * pure module with the real question set, and in Chromium with the page's performance marks.
 * Prints figures for docs/benchmarks/. Run with `npm run bench`.
 */
import { expect, test } from 'vitest';
import { useBrowser } from '../support/browser';
import { describeTiming, summarise, time } from '../support/measure';
import { evaluate, type SelfCheckModel } from '~/lib/self-check';
import type { Answers } from '~/lib/answers';

const { url, newPage } = useBrowser();

test('self-check recompute, pure logic and in the browser', async () => {
	const page = await newPage();
	await page.goto(url('/self-check/'));
	// The exact model the page uses, read from its data block.
	const model = (await page.evaluate(
		() => JSON.parse(document.querySelector('script[data-self-check-data]')!.textContent!).model
	)) as SelfCheckModel;
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
	const targets = Object.fromEntries(model.ladders.map((l) => [l.id, l.levels.at(-1)!.n]));
	console.log(
		describeTiming(
			`evaluate(), pure logic (${model.practices.length} practices, targets set)`,
			time(() => evaluate(model, answers, targets))
		)
	);

	const fieldsets = page.locator('fieldset[data-practice]');
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
	console.log(
		describeTiming(
			'self-check update in Chromium (performance marks: evaluate, render, save)',
			summarise(durations)
		)
	);
	expect(durations.length).toBeGreaterThan(count);
});
