import { describe, expect, test } from 'vitest';
import { DIMENSION_ATTR, practiceSidebar, type PracticeEntry } from '../../src/lib/sidebar';

const link = (label: string, href: string, attrs: Record<string, string> = {}) => ({
	type: 'link' as const,
	label,
	href,
	isCurrent: false,
	badge: undefined,
	attrs,
});
const config = () => [
	link('Overview', '/'),
	{
		type: 'group' as const,
		label: 'Practices',
		collapsed: true,
		badge: undefined,
		entries: [
			link('All practices', '/practices/'),
			link('Monitoring', '/practices/?dimension=monitoring', { [DIMENSION_ATTR]: 'monitoring' }),
			link('Data', '/practices/?dimension=data', { [DIMENSION_ATTR]: 'data' }),
		],
	},
];
const practices: PracticeEntry[] = [
	{ id: 'skew', title: 'Skew monitoring', dimension: 'monitoring' },
	{ id: 'drift', title: 'Drift monitoring', dimension: 'monitoring' },
	{ id: 'validation', title: 'Data validation', dimension: 'data' },
	{ id: 'alerts', title: 'Alerting on freshness', dimension: 'monitoring' },
];
const href = (id: string) => `/practices/${id}/`;
const at = (id: string) =>
	practiceSidebar(
		config(),
		practices,
		practices.find((p) => p.id === id)!,
		href
	);
const labels = (entries: ReturnType<typeof at>['sidebar']): unknown =>
	entries.map((e) => (e.type === 'group' ? { [e.label]: labels(e.entries) } : e.label));

describe('practiceSidebar', () => {
	test("expands only the page's dimension, its practices sorted by title", () => {
		expect(labels(at('drift').sidebar)).toEqual([
			'Overview',
			{
				Practices: [
					'All practices',
					{
						Monitoring: [
							'All in the catalog',
							'Alerting on freshness',
							'Drift monitoring',
							'Skew monitoring',
						],
					},
					'Data',
				],
			},
		]);
	});

	test.each([
		['alerts', undefined, 'Drift monitoring'],
		['drift', 'Alerting on freshness', 'Skew monitoring'],
		['skew', 'Drift monitoring', undefined],
		['validation', undefined, undefined],
	])('%s: previous and next stay within the dimension', (id, prev, next) => {
		const nav = at(id);
		expect([nav.prev?.label, nav.next?.label]).toEqual([prev, next]);
	});

	test('marks the current practice and leaves the shared config unchanged', () => {
		const shared = config();
		const before = JSON.stringify(shared);
		const nav = practiceSidebar(shared, practices, practices[2]!, href);
		expect(JSON.stringify(shared)).toBe(before);
		const data = (nav.sidebar[1] as { entries: Array<{ label: string; entries?: unknown[] }> })
			.entries[2] as { entries: Array<{ label: string; isCurrent: boolean; href: string }> };
		expect(data.entries.filter((e) => e.isCurrent)).toEqual([
			expect.objectContaining({ label: 'Data validation', href: '/practices/validation/' }),
		]);
	});
});
