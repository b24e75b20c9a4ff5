/**
 * The Stack Canvas worksheet in a real browser: text is kept across reloads, exported as JSON
 * and Markdown and imported back, bad files and full or unreadable storage never cost the reader
 * their text, two tabs join their changes and ask only where both changed the same block, and
 * the printout is one landscape page (with JavaScript and without).
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, fullStorage, seedStorage, test } from './fixtures';

const KEY = 'mlops-atlas-canvas:v1:mlops-stack-canvas';

/** Realistic answers, about a short paragraph per block, for one ML application. */
const ANSWERS: Record<string, string> = {
	'Value Proposition':
		'Flag fraudulent card payments within 200 ms so that the payments team can block them before settlement. Users: fraud analysts and the checkout service. Owner in production: the risk platform team.',
	'Data Sources and Data Versioning':
		'Card transactions from the payments warehouse (owned) and chargebacks from the card network (paid). Versioned as a snapshot per training run in S3; analysts label disputed cases by hand.',
	'Data Analysis and Experiment Management':
		'Python and SQL in notebooks; experiments tracked in MLflow with dataset hashes and hyperparameters. Metrics: recall at a 1% false-positive rate and money saved per month.',
	'Feature Store and Workflows':
		'No feature store yet: features are computed by one shared library in both training and serving, so that they cannot drift apart. Revisit when a second model needs the same features.',
	'Foundations (Reflecting DevOps)':
		'Code in Git with trunk-based development and CI on every merge. Notebooks are versioned but not deployed. We track deployment frequency and lead time, not yet time to restore.',
	'Continuous Integration, Training, and Deployment: ML Pipeline Orchestration':
		'Weekly retraining on a schedule, plus a run when the drift alert fires. Pipeline: prepare, train, evaluate, then fairness and robustness checks, all in CI before a model can be registered.',
	'Model Registry and Model Versioning':
		'MLflow model registry; semantic versions; a model moves from staging to production only after sign-off by the risk team, which the registry records.',
	'Model Deployment':
		'The model ships as a container image; canary release to 5% of traffic, full rollout if recall holds for a day; rollback is one click in the deployment tool.',
	'Prediction Serving':
		'Online, behind the payments API, at about 300 predictions per second at peak. Inputs are checked against the schema first; if the score looks wrong, a rules engine decides instead.',
	'ML Model, Data, and System Monitoring':
		'Dashboards for latency, recall on labelled cases and input drift. Alerts on thresholds go to the on-call engineer; drift above the limit starts a retraining run.',
	'Metadata Store':
		'Run ID, trigger, data snapshot, split, hyperparameters, metrics and a model card per run, kept in MLflow; model cards reviewed every quarter with the risk team.',
};

const canvas = (page: Page) => page.locator('atlas-stack-canvas');
/** A block's field, found the way a reader finds it: by its label, the block's name. */
const block = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const title = (page: Page) =>
	page.getByRole('textbox', { name: 'ML application this canvas is for' });
const status = (page: Page) => page.getByRole('status');

async function openCanvas(page: Page) {
	await page.goto('/stack-canvas/');
	await expect(canvas(page)).toHaveAttribute('data-ready', '');
}

/** Wait until what the page shows is saved. */
const saved = (page: Page) => expect(canvas(page)).toHaveAttribute('data-state', 'saved');

/** The canvas as this browser stores it, parsed. */
const stored = (page: Page) =>
	page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);

/** Click an export link and return the file it downloads. */
async function exported(page: Page, name: string): Promise<{ download: Download; text: string }> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name }).click(),
	]);
	return { download, text: await readFile((await download.path())!, 'utf8') };
}

/** Make this tab's storage refuse every write as full (other tabs are not affected). */
const fillStorage = (page: Page) =>
	page.evaluate(() => {
		const w = window as unknown as { realSetItem?: Storage['setItem'] };
		w.realSetItem = Storage.prototype.setItem;
		Storage.prototype.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
const freeStorage = (page: Page) =>
	page.evaluate(() => {
		const w = window as unknown as { realSetItem: Storage['setItem'] };
		Storage.prototype.setItem = w.realSetItem;
	});

test('text typed in two blocks is saved as you type and kept across a reload', async ({ page }) => {
	await openCanvas(page);
	await title(page).fill('Card fraud scoring');
	await block(page, 'Value Proposition').fill(ANSWERS['Value Proposition']!);
	await block(page, 'Model Deployment').fill(ANSWERS['Model Deployment']!);
	await saved(page);
	await expect(page.locator('[data-save-state]')).toContainText('Saved in this browser');
	await page.reload();
	await expect(canvas(page)).toHaveAttribute('data-ready', '');
	await expect(title(page)).toHaveValue('Card fraud scoring');
	await expect(block(page, 'Value Proposition')).toHaveValue(ANSWERS['Value Proposition']!);
	await expect(block(page, 'Model Deployment')).toHaveValue(ANSWERS['Model Deployment']!);
	await expect(block(page, 'Metadata Store')).toHaveValue('');
	await expect(page.locator('[data-save-state]')).toContainText('Restored from this browser');
});

test('each field is named by its block, described by its questions, and reached by keyboard', async ({
	page,
}) => {
	await openCanvas(page);
	await expect(block(page, 'Value Proposition')).toHaveAccessibleDescription(
		/^What do we want to achieve for the people who will use the application\?/
	);
	await title(page).focus();
	await page.keyboard.press('Tab');
	await expect(block(page, 'Value Proposition')).toBeFocused();
	const outline = await block(page, 'Value Proposition').evaluate(
		(field) => getComputedStyle(field).outlineStyle
	);
	expect(outline).not.toBe('none');
	await page.keyboard.type('Typed with the keyboard.');
	await saved(page);
	expect((await stored(page)).blocks['block-1']).toBe('Typed with the keyboard.');
});

test('exports the text as JSON and as Markdown', async ({ page }) => {
	await openCanvas(page);
	await title(page).fill('Card fraud scoring');
	await block(page, 'Value Proposition').fill(ANSWERS['Value Proposition']!);
	await block(page, 'Prediction Serving').fill('Online.\n# Not a heading');
	const json = await exported(page, 'Export JSON');
	expect(json.download.suggestedFilename()).toMatch(
		/^mlops-stack-canvas-card-fraud-scoring-\d{4}-\d{2}-\d{2}\.json$/
	);
	expect(JSON.parse(json.text)).toMatchObject({
		format: 'mlops-atlas-canvas',
		version: 1,
		framework: 'mlops-stack-canvas',
		title: 'Card fraud scoring',
		blocks: { 'block-1': ANSWERS['Value Proposition'], 'block-9': 'Online.\n# Not a heading' },
	});
	const markdown = await exported(page, 'Export Markdown');
	expect(markdown.download.suggestedFilename()).toMatch(/\.md$/);
	expect(markdown.text).toMatch(/^# MLOps Stack Canvas: Card fraud scoring\n/);
	expect(markdown.text).toContain(`### 1. Value Proposition\n\n${ANSWERS['Value Proposition']}\n`);
	expect(markdown.text).toContain('### 9. Prediction Serving\n\nOnline.\n\\# Not a heading\n');
	expect(markdown.text).toContain('### 11. Metadata Store\n\n_Not filled in yet._');
	expect(markdown.text).toContain('- Who will own the models once they run in production?');
	expect(markdown.text).toContain('licence: Canvas CC BY-SA 4.0');
});

test('an exported file imports into a cleared canvas', async ({ page }) => {
	await openCanvas(page);
	await title(page).fill('Card fraud scoring');
	await block(page, 'Value Proposition').fill(ANSWERS['Value Proposition']!);
	await block(page, 'Metadata Store').fill(ANSWERS['Metadata Store']!);
	const { download } = await exported(page, 'Export JSON');
	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByRole('button', { name: 'Clear' }).click();
	await expect(block(page, 'Value Proposition')).toHaveValue('');
	await expect(title(page)).toHaveValue('');
	await saved(page);
	expect((await stored(page)).blocks).toEqual({});
	await page.locator('[data-import]').setInputFiles({
		name: download.suggestedFilename(),
		mimeType: 'application/json',
		buffer: await readFile((await download.path())!),
	});
	await expect(status(page)).toContainText(
		`Imported “${download.suggestedFilename()}”: 2 blocks filled in.`
	);
	await expect(title(page)).toHaveValue('Card fraud scoring');
	await expect(block(page, 'Value Proposition')).toHaveValue(ANSWERS['Value Proposition']!);
	await expect(block(page, 'Metadata Store')).toHaveValue(ANSWERS['Metadata Store']!);
	await saved(page);
	expect((await stored(page)).blocks['block-11']).toBe(ANSWERS['Metadata Store']);
});

test.describe('a bad file names itself and changes nothing', () => {
	const file = (name: string, content: unknown) => ({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)),
	});
	const canvasFile = { format: 'mlops-atlas-canvas', version: 1, framework: 'mlops-stack-canvas' };
	for (const { name, content, message } of [
		{ name: 'notes.json', content: 'my notes, not JSON', message: 'is not valid JSON' },
		{
			name: 'answers.json',
			content: { format: 'mlops-atlas-assessment', formatVersion: 1, answers: {} },
			message: 'was saved by another tool of the MLOps Maturity Atlas',
		},
		{
			name: 'canvas-v2.json',
			content: { ...canvasFile, version: 2, blocks: {} },
			message: 'has format version 2, and this version of the site reads version 1 only',
		},
		{
			name: 'other.json',
			content: { ...canvasFile, framework: 'business-model-canvas', blocks: {} },
			message: 'holds a canvas of another framework',
		},
		{
			name: 'empty.json',
			content: { ...canvasFile, blocks: { 'block-99': 'x' } },
			message: 'holds no text for this canvas',
		},
	]) {
		test(`${name}: ${message}`, async ({ page }) => {
			await openCanvas(page);
			await block(page, 'Value Proposition').fill('Mine.');
			await saved(page);
			await page.locator('[data-import]').setInputFiles(file(name, content));
			await expect(status(page)).toContainText(`“${name}” ${message}`);
			await expect(status(page)).toContainText('Your canvas is unchanged.');
			await expect(block(page, 'Value Proposition')).toHaveValue('Mine.');
			expect((await stored(page)).blocks).toEqual({ 'block-1': 'Mine.' });
		});
	}
});

test('when storage is full the page says so and keeps the text, which still exports', async ({
	page,
}) => {
	await fullStorage(page);
	await openCanvas(page);
	await block(page, 'Value Proposition').fill(ANSWERS['Value Proposition']!);
	await expect(canvas(page)).toHaveAttribute('data-state', 'failed');
	await expect(status(page)).toContainText("This browser's storage is full");
	await expect(status(page)).toContainText('They stay on this page');
	await expect(page.locator('[data-save-state]')).toHaveText('Not saved: storage is full.');
	await expect(block(page, 'Value Proposition')).toHaveValue(ANSWERS['Value Proposition']!);
	const json = await exported(page, 'Export JSON');
	expect(JSON.parse(json.text).blocks['block-1']).toBe(ANSWERS['Value Proposition']);
});

test('an unreadable saved canvas is left alone until the reader types, then kept aside', async ({
	page,
}) => {
	const unreadable = JSON.stringify({
		format: 'mlops-atlas-canvas',
		version: 9,
		framework: 'mlops-stack-canvas',
		blocks: { 'block-1': 'from a newer site' },
	});
	await seedStorage(page, KEY, unreadable);
	await openCanvas(page);
	await expect(status(page)).toContainText('The canvas saved in this browser has format version 9');
	await expect(status(page)).toContainText('It is left as it was until you type here');
	expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(unreadable);
	await block(page, 'Model Deployment').fill('Canary releases.');
	await saved(page);
	await expect(status(page)).toContainText('kept aside in this browser');
	expect((await stored(page)).blocks).toEqual({ 'block-8': 'Canary releases.' });
	expect(await page.evaluate((key) => localStorage.getItem(`${key}:unreadable`), KEY)).toBe(
		unreadable
	);
	// It can be downloaded, after which the browser no longer keeps it.
	const kept = await exported(page, 'Download the unreadable canvas');
	expect(kept.text).toBe(unreadable);
	await expect(page.getByRole('link', { name: 'Download the unreadable canvas' })).toBeHidden();
	expect(await page.evaluate((key) => localStorage.getItem(`${key}:unreadable`), KEY)).toBeNull();
});

test('two tabs: a saved tab follows the other, unsaved changes join, and only a clash asks', async ({
	newPage,
}) => {
	const a = await newPage();
	await openCanvas(a);
	await block(a, 'Value Proposition').fill('A1');
	await saved(a);
	const b = await a.context().newPage();
	await openCanvas(b);
	await expect(block(b, 'Value Proposition')).toHaveValue('A1');

	// A has everything saved: it shows what B saves.
	await block(b, 'Model Deployment').fill('B1');
	await saved(b);
	await expect(block(a, 'Model Deployment')).toHaveValue('B1');
	await expect(status(a)).toContainText('changed in another tab');

	// A cannot save; B saves a change to another block: A keeps its own and takes B's.
	await fillStorage(a);
	await block(a, 'Value Proposition').fill('A2');
	await expect(canvas(a)).toHaveAttribute('data-state', 'failed');
	await block(b, 'Prediction Serving').fill('B2');
	await saved(b);
	await expect(block(a, 'Prediction Serving')).toHaveValue('B2');
	await expect(block(a, 'Value Proposition')).toHaveValue('A2');
	await expect(status(a)).toContainText('this tab now shows both');
	expect((await stored(b)).blocks['block-1']).toBe('A1');
	// Once A can save again, both changes are saved together, and B shows A's.
	await freeStorage(a);
	await block(a, 'Metadata Store').fill('A3');
	await saved(a);
	await expect(block(b, 'Value Proposition')).toHaveValue('A2');
	expect((await stored(b)).blocks).toMatchObject({
		'block-1': 'A2',
		'block-9': 'B2',
		'block-11': 'A3',
	});

	// Both change the same block: A keeps its text, stops saving and asks.
	await fillStorage(a);
	await block(a, 'Model Deployment').fill('A4');
	await expect(canvas(a)).toHaveAttribute('data-state', 'failed');
	await block(b, 'Model Deployment').fill('B4');
	await block(b, 'Feature Store and Workflows').fill('B5');
	await saved(b);
	await expect(canvas(a)).toHaveAttribute('data-state', 'conflict');
	await expect(status(a)).toContainText('“Model Deployment” changed both here and in another tab');
	await expect(block(a, 'Model Deployment')).toHaveValue('A4');
	await expect(block(a, 'Feature Store and Workflows')).toHaveValue('B5');
	await freeStorage(a);
	// Typing on does not save over B's text while the choice is open.
	await block(a, 'Metadata Store').fill('A5');
	expect((await stored(b)).blocks['block-8']).toBe('B4');
	await a.getByRole('button', { name: 'Keep this tab’s text' }).click();
	await saved(a);
	expect((await stored(b)).blocks).toMatchObject({
		'block-8': 'A4',
		'block-4': 'B5',
		'block-11': 'A5',
	});
	await expect(block(b, 'Model Deployment')).toHaveValue('A4');
	await expect(block(b, 'Metadata Store')).toHaveValue('A5');
});

test('two tabs: the other tab’s text can win a clash, after a confirmation', async ({
	newPage,
}) => {
	const a = await newPage();
	await openCanvas(a);
	const b = await a.context().newPage();
	await openCanvas(b);
	await fillStorage(a);
	await block(a, 'Model Deployment').fill('A');
	await expect(canvas(a)).toHaveAttribute('data-state', 'failed');
	await block(b, 'Model Deployment').fill('B');
	await saved(b);
	await expect(canvas(a)).toHaveAttribute('data-state', 'conflict');
	await freeStorage(a);
	a.once('dialog', (dialog) => void dialog.accept());
	await a.getByRole('button', { name: 'Load the other tab’s version' }).click();
	await expect(block(a, 'Model Deployment')).toHaveValue('B');
	await saved(a);
	expect((await stored(a)).blocks['block-8']).toBe('B');
});

test.describe('printed, the canvas is one landscape page', () => {
	/** The pages of a PDF: its page objects (not the page tree's `/Pages`). */
	const pageCount = (pdf: Buffer) =>
		(pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

	test('with every block filled in', async ({ page }) => {
		await openCanvas(page);
		await title(page).fill('Card fraud scoring');
		for (const [name, text] of Object.entries(ANSWERS)) await block(page, name).fill(text);
		await saved(page);
		await page.emulateMedia({ media: 'print' });
		// Only the canvas: no site header, toolbar or page prose.
		await expect(page.locator('header.header')).toBeHidden();
		await expect(page.locator('.atlas-toolbar')).toBeHidden();
		await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
		// The printout shows all of each block's text, not the field's box.
		await expect(block(page, 'Metadata Store')).toBeHidden();
		await expect(page.locator('[data-print-text="block-11"]')).toHaveText(
			ANSWERS['Metadata Store']!
		);
		const pdf = await page.pdf({ landscape: true, format: 'A4' });
		expect(pageCount(pdf)).toBe(1);
		// Landscape A4: 297 × 210 mm, about 842 × 595 points.
		const box = /\/MediaBox\s*\[([^\]]*)\]/.exec(pdf.toString('latin1'))![1]!.trim().split(/\s+/);
		const [width, height] = [Number(box[2]), Number(box[3])];
		expect(width).toBeGreaterThan(height);
		expect(Math.round(width / 10)).toBe(84);
		// And on US Letter paper.
		expect(pageCount(await page.pdf({ landscape: true, format: 'Letter' }))).toBe(1);
	});

	test('without JavaScript, blank, with every block and question', async ({ newPage }) => {
		const page = await newPage({ javaScriptEnabled: false });
		await page.goto('/stack-canvas/');
		await expect(page.locator('textarea')).toHaveCount(Object.keys(ANSWERS).length);
		const pdf = await page.pdf({ landscape: true, format: 'A4' });
		expect(pageCount(pdf)).toBe(1);
	});
});
