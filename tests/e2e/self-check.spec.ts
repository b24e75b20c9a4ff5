/**
 * The self-check in a real browser: no verdict before an answer, results that follow the
 * answers under every framework, three realistic teams, the deep check, the calculator sharing
 * its answers, the summary, the keyboard, reloads and bad stored state.
 */
import type { Page } from '@playwright/test';
import { expect, openSelfCheck, test } from './fixtures';

/** A framework's (or theme's) result element. */
const result = (page: Page, id: string) => page.locator(`[data-result-for="${id}"]`);
const question = (page: Page, id: string) => page.locator(`fieldset[data-practice="${id}"]`);

/** Choose an answer by its value inside one question. */
async function answer(page: Page, id: string, value: string) {
	await question(page, id).locator(`input[value="${value}"]`).check();
}

/** The ids of the quick check's practice questions (those with a "No" or "Not yet" answer). */
const quickPractices = (page: Page) =>
	page
		.locator('#self-check-quick ~ section fieldset[data-practice]')
		.evaluateAll((sets) =>
			sets
				.filter((s) => s.querySelector('input[value="no"], input[value="not-yet"]'))
				.map((s) => (s as HTMLElement).dataset.practice!)
		);

/** Answer the whole quick check as a team: listed practices in place, every other one not. */
async function answerAs(page: Page, team: { inPlace: string[] | 'all'; except?: string[] }) {
	for (const id of await quickPractices(page)) {
		const has = team.inPlace === 'all' ? !team.except?.includes(id) : team.inPlace.includes(id);
		const automated = await question(page, id).locator('input[value="automated"]').count();
		await answer(page, id, has ? (automated ? 'automated' : 'yes') : automated ? 'not-yet' : 'no');
	}
}

test.describe('self-check', () => {
	test('an empty form gives no verdict and no next step', async ({ page }) => {
		await openSelfCheck(page);
		// The toolbar is hidden in the HTML; only the running element reveals it.
		await expect(page.locator('atlas-self-check [data-toolbar]')).toBeVisible();
		await expect(page.locator('input[type=radio]:checked')).toHaveCount(0);
		for (const id of ['microsoft-mlops', 'google-mlops', 'aws-mlops', 'ml-test-score']) {
			await expect(result(page, id)).toHaveAttribute('data-level', '');
			await expect(result(page, id)).toHaveAttribute('data-answered', '0');
			await expect(result(page, id).locator('[data-headline]')).toHaveText(
				'Not enough answers yet'
			);
		}
		await expect(page.locator('[data-summary]')).toBeHidden();
		await expect(page.locator('[data-next-steps] li')).toHaveCount(0);
	});

	test('every framework has a result or a stated reason', async ({ page }) => {
		await openSelfCheck(page);
		await answer(page, 'microsoft-genaiops', 'na');
		await expect(result(page, 'microsoft-genaiops')).toHaveAttribute(
			'data-status',
			'not-applicable'
		);
		await expect(result(page, 'microsoft-genaiops').locator('[data-headline]')).toHaveText(
			'Not applicable: no generative AI in production'
		);
		await expect(result(page, 'mlops-stack-canvas')).toHaveAttribute('data-status', 'no-verdict');
		await expect(result(page, 'mlops-stack-canvas').locator('[data-note] a')).toHaveAttribute(
			'href',
			'/frameworks/mlops-stack-canvas/'
		);
		const ids = await page
			.locator('[data-result-for]')
			.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.resultFor));
		expect(ids).toEqual(
			expect.arrayContaining([
				'microsoft-mlops',
				'google-mlops',
				'aws-mlops',
				'ml-test-score',
				'marvelous-mlops',
				'microsoft-genaiops',
				'mlops-stack-canvas',
				'google-ai-adoption:learn',
			])
		);
	});

	test('computes levels as answers change, and "why" agrees with the answers', async ({ page }) => {
		await openSelfCheck(page);
		await answer(page, 'application-ci', 'automated');
		await answer(page, 'code-version-control', 'yes');
		await expect(page.locator('[data-progress-text]')).toHaveText(/^2 of \d+ answered$/);
		// The data pipeline is a quick-check question still unanswered: level 1 is not reached.
		await expect(result(page, 'microsoft-mlops')).toHaveAttribute('data-level', '0');
		await expect(result(page, 'microsoft-mlops').locator('[data-in-place] li')).toHaveText([
			/^Application CI \(automated, Level 1\)$/,
			/^Code version control \(yes, Level 1\)$/,
		]);
		await answer(page, 'data-pipeline', 'automated');
		await expect(result(page, 'microsoft-mlops')).toHaveAttribute('data-level', '1');
		await expect(result(page, 'microsoft-mlops').locator('[data-headline]')).toHaveText(
			'Level 1 · DevOps but no MLOps'
		);
		await expect(result(page, 'microsoft-mlops').locator('[data-coverage]')).toHaveText(
			/^based on 3 of \d+ questions Microsoft MLOps's result depends on$/
		);
		// "Manually" is not enough where the level is defined by automation.
		await answer(page, 'data-pipeline', 'manual');
		await expect(result(page, 'microsoft-mlops')).toHaveAttribute('data-level', '0');
		await expect(
			result(page, 'microsoft-mlops').locator('[data-blockers] li[data-question="data-pipeline"]')
		).toHaveText('Data pipeline (manually, needs it automated, Level 1)');
	});

	test('three teams get the results their level texts describe', async ({ page }) => {
		await openSelfCheck(page);
		// Microsoft level 2: training automated and tracked, releases by hand.
		await answerAs(page, {
			inPlace: [
				'application-ci',
				'code-version-control',
				'data-pipeline',
				'experiment-tracking',
				'joint-productionisation',
				'managed-training-compute',
				'model-registry',
				'training-pipeline',
				'shared-experimentation-environment',
			],
		});
		await expect(result(page, 'microsoft-mlops')).toHaveAttribute('data-level', '2');
		await expect(result(page, 'google-mlops')).toHaveAttribute('data-level', '0');
		await expect(result(page, 'aws-mlops')).toHaveAttribute('data-level', '2');
		// A platform team: everything automated, but no feature store, fairness or risk review.
		await answerAs(page, {
			inPlace: 'all',
			except: ['feature-store', 'fairness-testing', 'model-risk-assessment'],
		});
		await expect(result(page, 'microsoft-mlops')).toHaveAttribute('data-level', '4');
		await expect(result(page, 'google-mlops')).toHaveAttribute('data-level', '1');
		await expect(result(page, 'ml-test-score')).toHaveAttribute('data-level', '0');
		await expect(
			result(page, 'google-mlops').locator('[data-blockers] li[data-question="feature-store"]')
		).toHaveText(/\(no, Level 2\)$/);
		// A bank: the same, with a feature store, fairness testing and model risk review.
		await answerAs(page, { inPlace: 'all' });
		await expect(result(page, 'google-mlops')).toHaveAttribute('data-level', '2');
		await expect(result(page, 'ml-test-score')).toHaveAttribute('data-level', '1');
		await expect(result(page, 'ml-test-score').locator('[data-headline]')).toHaveText(
			'Score 1 · band above 0, up to 1'
		);
		// Nothing blocks Google's top, but the deep check still has questions: it says so.
		await expect(result(page, 'ml-test-score').locator('[data-remaining]')).toHaveText(
			/questions? of the deep check (is|are) still unanswered/
		);
	});

	test('the deep check counts once, everywhere, and the calculator shares it', async ({ page }) => {
		await openSelfCheck(page);
		const asked = Number(await result(page, 'microsoft-mlops').getAttribute('data-asked'));
		await page.locator('details[data-deep="practices"] > summary').click();
		await answer(page, 'reproducible-training', 'yes');
		await expect(result(page, 'microsoft-mlops')).toHaveAttribute('data-answered', '1');
		await expect(page.locator('[data-deep-progress]')).toHaveText(' and 1 in the deep check');
		// A test answered in the calculator is the same answer in the self-check's deep check.
		await page.goto('/self-check/ml-test-score/');
		await expect(page.locator('atlas-rubric-calculator')).toHaveAttribute('data-ready', '');
		await page
			.locator('fieldset[data-test="ml-test-score:monitor-1"] input[value="automated"]')
			.check();
		await openSelfCheck(page);
		await expect(
			question(page, 'ml-test-score:monitor-1').locator('input[value="automated"]')
		).toBeChecked();
		await expect(
			question(page, 'reproducible-training').locator('input[value="yes"]')
		).toBeChecked();
		// Monitor 1, answered in the calculator, and Infra 1 through reproducible training.
		await expect(result(page, 'ml-test-score')).toHaveAttribute('data-answered', '2');
		expect(asked).toBeGreaterThan(14);
	});

	test('a summary of every result sits at the top once anything is answered', async ({ page }) => {
		await openSelfCheck(page);
		await answer(page, 'code-version-control', 'yes');
		const summary = page.locator('[data-summary]');
		await expect(summary).toBeVisible();
		await expect(summary.locator('[data-summary-for="microsoft-mlops"]')).toHaveText(
			'Microsoft MLOps: Level 0 · No MLOps'
		);
		await expect(summary.locator('[data-summary-for="mlops-stack-canvas"]')).toHaveText(
			/No result/
		);
		// The summary comes before the questions.
		const [summaryTop, questionsTop] = await Promise.all([
			summary.evaluate((el) => el.getBoundingClientRect().top),
			page.locator('#self-check-quick').evaluate((el) => el.getBoundingClientRect().top),
		]);
		expect(summaryTop).toBeLessThan(questionsTop);
	});

	test('the next steps start with three, dependencies first, monitoring for a model in production', async ({
		page,
	}) => {
		await openSelfCheck(page);
		// A model is released automatically, but nothing watches it in production.
		await answerAs(page, {
			inPlace: [
				'application-ci',
				'code-version-control',
				'data-pipeline',
				'model-registry',
				'experiment-tracking',
				'automated-model-release',
			],
		});
		const top = page.locator('[data-next-steps] > li > a');
		await expect(top).toHaveCount(3);
		await expect(top).toContainText(['Production monitoring']);
		await expect(page.locator('[data-more-steps]')).toBeVisible();
	});

	test('can be completed with the keyboard alone', async ({ page }) => {
		await openSelfCheck(page);
		const first = page.locator('fieldset[data-practice] input[type=radio]').first();
		for (let i = 0; i < 80 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
			await page.keyboard.press('Tab');
		}
		await expect(first).toBeFocused();
		const questions = await page
			.locator('#self-check-quick ~ section fieldset[data-practice]')
			.evaluateAll((sets) => sets.map((s) => (s as HTMLElement).dataset.practice!));
		const focusedName = () =>
			page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name);
		for (const id of questions) {
			for (let i = 0; i < 3 && (await focusedName()) !== id; i++) {
				await page.keyboard.press('Tab');
			}
			expect(await focusedName()).toBe(id);
			// Arrow keys move and select within a radio group: pick the second option everywhere.
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('Tab'); // to the question's "About …" link
		}
		await expect(page.locator('[data-progress-text]')).toHaveText(
			`${questions.length} of ${questions.length} answered`
		);
		// Second options are "Manually", "Yes" and, for themes, "Strategic". Done by hand, AWS's
		// phase 1 is reached; phase 2 needs its training pipelines automated.
		await expect(result(page, 'google-ai-adoption:learn')).toHaveAttribute('data-level', '2');
		await expect(result(page, 'aws-mlops')).toHaveAttribute('data-level', '1');
		// Buttons work from the keyboard too: "Start over" asks first.
		page.once('dialog', (dialog) => void dialog.accept());
		await page.locator('[data-reset]').focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('[data-progress-text]')).toHaveText(
			`0 of ${questions.length} answered`
		);
		await expect(result(page, 'aws-mlops')).toHaveAttribute('data-level', '');
	});

	test('keeps answers across a reload', async ({ page }) => {
		await openSelfCheck(page);
		await answer(page, 'application-ci', 'automated');
		await answer(page, 'code-version-control', 'yes');
		await answer(page, 'data-pipeline', 'automated');
		await expect(result(page, 'microsoft-mlops')).toHaveAttribute('data-level', '1');
		await page.reload();
		await expect(page.locator('atlas-self-check')).toHaveAttribute('data-ready', '');
		await expect(result(page, 'microsoft-mlops')).toHaveAttribute('data-level', '1');
		await expect(page.locator('input[type=radio]:checked')).toHaveCount(3);
	});

	for (const { name, stored } of [
		{ name: 'not JSON', stored: '{"format": "mlops-atlas-assess' },
		{
			name: 'a hostile value',
			stored: JSON.stringify({
				format: 'mlops-atlas-assessment',
				formatVersion: 1,
				questionSet: '<img src=x onerror=alert(1)>',
				answers: { '<script>alert(1)</script>': 'yes', __proto__: 'x', 'application-ci': 42 },
			}),
		},
		{
			name: 'an unknown version',
			stored: JSON.stringify({ format: 'mlops-atlas-assessment', formatVersion: 99, answers: {} }),
		},
	]) {
		test(`ignores stored state that is ${name} and starts clean`, async ({ page }) => {
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			page.on('dialog', (dialog) => {
				errors.push(`unexpected dialog: ${dialog.message()}`);
				void dialog.dismiss();
			});
			await page.addInitScript(
				(value) => localStorage.setItem('mlops-atlas-assessment:v1', value),
				stored
			);
			await openSelfCheck(page);
			await expect(result(page, 'microsoft-mlops')).toHaveAttribute('data-level', '');
			await expect(page.locator('input[type=radio]:checked')).toHaveCount(0);
			await expect(page.locator('img[src=x], atlas-self-check script:not([type])')).toHaveCount(0);
			// The page still works after the bad state.
			await answer(page, 'code-version-control', 'yes');
			await expect(page.locator('[data-progress-text]')).toHaveText(/^1 of \d+ answered$/);
			expect(errors).toEqual([]);
		});
	}
});
