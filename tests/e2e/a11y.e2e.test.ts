/** axe (WCAG 2.2 A and AA) on every built page, in light and dark mode. */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser';
import { assertBuilt, htmlFiles, pagePath } from '../support/site';

assertBuilt();
const { url, newPage } = useBrowser();
const pages = htmlFiles().map(pagePath);

describe.each(['light', 'dark'] as const)('%s mode', (colorScheme) => {
	test.each(pages)('%s has no WCAG 2.2 A/AA violations', async (path) => {
		const page = await newPage({ colorScheme });
		await page.goto(url(path));
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			// Starlight's own search button shows "Ctrl K" next to its aria-label "Search", which axe
			// reports as label-content-name-mismatch. It is Starlight's markup, not the atlas's.
			.exclude('site-search > button[data-open-modal]')
			.analyze();
		const violations = results.violations.map(
			(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
		expect(violations).toEqual([]);
	});
});
