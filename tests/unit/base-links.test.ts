/** The base path setting, and root-relative links put under it (src/lib/base-links.ts). */
import { describe, expect, test } from 'vitest';
import { basePath, withBase } from '~/lib/base-links';

describe('basePath', () => {
	test.each([
		[undefined, '/'],
		['', '/'],
		['/', '/'],
		['atlas', '/atlas/'],
		['/atlas', '/atlas/'],
		['atlas/', '/atlas/'],
		['//atlas//', '/atlas/'],
		['/docs/atlas/', '/docs/atlas/'],
	])('%j gives %j', (setting, base) => {
		expect(basePath(setting)).toBe(base);
	});
});

describe('withBase', () => {
	test.each([
		[
			'a root-relative link',
			'<a href="/practices/x/">x</a>',
			'<a href="/atlas/practices/x/">x</a>',
		],
		['the home page', '<a class="c" href="/">Home</a>', '<a class="c" href="/atlas/">Home</a>'],
		[
			'a link with a query and a fragment',
			'<a href="/practices/?dimension=data#list">',
			'<a href="/atlas/practices/?dimension=data#list">',
		],
		[
			'a link after an attribute value with ">" in it',
			'<a title="a > b" href="/glossary/#x">',
			'<a title="a > b" href="/atlas/glossary/#x">',
		],
		['a link already under the base', '<a href="/atlas/compare/">', '<a href="/atlas/compare/">'],
		['the base itself', '<a href="/atlas">', '<a href="/atlas">'],
		[
			'a page whose name starts like the base',
			'<a href="/atlases/">',
			'<a href="/atlas/atlases/">',
		],
		['a relative link', '<a href="../x/">', '<a href="../x/">'],
		['a fragment', '<a href="#top">', '<a href="#top">'],
		['another origin', '<a href="https://example.org/x">', '<a href="https://example.org/x">'],
		['a protocol-relative URL', '<a href="//example.org/x">', '<a href="//example.org/x">'],
		['a data attribute', '<a data-href="/x/" href="/y/">', '<a data-href="/x/" href="/atlas/y/">'],
		[
			'not an anchor',
			'<link href="/x.css"><area href="/x/">',
			'<link href="/x.css"><area href="/x/">',
		],
	])('%s', (_name, html, expected) => {
		expect(withBase(html, '/atlas/')).toBe(expected);
	});

	test('a base without its trailing slash works the same', () => {
		expect(withBase('<a href="/x/">', '/atlas')).toBe('<a href="/atlas/x/">');
	});

	test('at the root base the page is unchanged', () => {
		const html = '<a href="/x/">x</a>';
		expect(withBase(html, '/')).toBe(html);
	});

	test('every anchor of a page, not only the first', () => {
		expect(withBase('<p><a href="/a/">a</a> and <a href="/b/">b</a></p>', '/atlas/')).toBe(
			'<p><a href="/atlas/a/">a</a> and <a href="/atlas/b/">b</a></p>'
		);
	});
});
