/**
 * Layout on every built page, at a desktop width and a phone width: no table wider than the
 * content column (wide tables were clipped at 1,280 px while phones were fine), no sideways
 * scrolling of the page, no layout shift while the page loads and its elements start, and no
 * link left in the browser's default colours.
 */
import type { Page } from '@playwright/test';
import { htmlFiles, pagePath } from '../support/site';
import { expect, test } from './fixtures';

const pages = htmlFiles().map(pagePath);
const widths = [1280, 390];

/** Tables in the main content that need more room than they have, described for the report. */
const overflowingTables = (page: Page) =>
	page.locator('main table').evaluateAll((tables) =>
		tables
			.filter((table) => (table as HTMLElement).offsetParent !== null)
			.map((table) => {
				const column = table.closest('.sl-markdown-content, main')!;
				const box = table.getBoundingClientRect();
				const room = column.getBoundingClientRect();
				const scroller = table.parentElement!;
				const wider = Math.max(
					box.right - room.right,
					room.left - box.left,
					// Starlight's Markdown tables scroll inside themselves; the atlas's, inside a wrapper.
					table.scrollWidth - table.clientWidth,
					scroller.scrollWidth - scroller.clientWidth
				);
				const name = table.querySelector('caption')?.textContent?.trim() || table.outerHTML;
				return wider > 1 ? `${name.slice(0, 60)}: ${Math.round(wider)} px too wide` : '';
			})
			.filter(Boolean)
	);

/** Start summing layout shifts not caused by input (Layout Instability API) before the page loads. */
const watchLayoutShift = (page: Page) =>
	page.addInitScript(() => {
		const w = window as unknown as { atlasShift: number; atlasShiftObserver: PerformanceObserver };
		w.atlasShift = 0;
		const add = (entries: PerformanceEntryList) => {
			for (const e of entries as unknown as Array<{ value: number; hadRecentInput: boolean }>)
				if (!e.hadRecentInput) w.atlasShift += e.value;
		};
		w.atlasShiftObserver = new PerformanceObserver((list) => add(list.getEntries()));
		w.atlasShiftObserver.observe({ type: 'layout-shift', buffered: true });
	});

/** The layout shift so far, including entries the observer has not delivered yet. */
const layoutShift = (page: Page) =>
	page.evaluate(() => {
		const w = window as unknown as { atlasShift: number; atlasShiftObserver: PerformanceObserver };
		for (const e of w.atlasShiftObserver.takeRecords() as unknown as Array<{
			value: number;
			hadRecentInput: boolean;
		}>)
			if (!e.hadRecentInput) w.atlasShift += e.value;
		return w.atlasShift;
	});

/** Links in the page's main part left in the browser's default blue or visited purple. */
const defaultColouredLinks = (page: Page) =>
	page
		.locator('main a')
		.evaluateAll((links) =>
			links
				.filter((a) => ['rgb(0, 0, 238)', 'rgb(85, 26, 139)'].includes(getComputedStyle(a).color))
				.map((a) => a.textContent!.trim().slice(0, 40))
		);

/** The site's interactive elements; each sets `data-ready` once it has started. */
const ELEMENTS =
	'atlas-practice-catalog, atlas-compare, atlas-rubric-calculator, atlas-self-check, atlas-stack-canvas';

for (const path of pages) {
	test(`${path}: tables fit and nothing shifts, at ${widths.join(' and ')} px`, async ({
		newPage,
	}) => {
		for (const width of widths) {
			const page = await newPage({ viewport: { width, height: 900 } });
			await watchLayoutShift(page);
			await page.goto(path, { waitUntil: 'networkidle' });
			// Interactive elements mark themselves started; their first render must not move anything.
			for (const element of await page.locator(ELEMENTS).all())
				await expect(element).toHaveAttribute('data-ready', '');
			expect.soft(await overflowingTables(page), `tables at ${width} px`).toEqual([]);
			expect
				.soft(
					await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
					`sideways scroll at ${width} px`
				)
				.toBeLessThanOrEqual(0);
			expect.soft(await layoutShift(page), `layout shift at ${width} px`).toBe(0);
			expect
				.soft(await defaultColouredLinks(page), `links in the browser's default colour`)
				.toEqual([]);
		}
	});
}
