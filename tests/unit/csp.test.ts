/** Completing a page's Content-Security-Policy with the hashes of its inline scripts and styles. */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { completePolicy, inlineHashes } from '~/lib/csp';

const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const page = (policy: string, body: string) =>
	`<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('inlineHashes', () => {
	test.each([
		{ name: 'a classic inline script', body: '<script>a()</script>', scripts: [sha('a()')] },
		{ name: 'an inline module', body: '<script type="module">b()</script>', scripts: [sha('b()')] },
		{ name: 'a script with src', body: '<script src="/x.js"></script>', scripts: [] },
		{ name: 'a JSON data block', body: '<script type="application/json">{}</script>', scripts: [] },
		{
			name: 'the same script twice',
			body: '<script>a()</script><script>a()</script>',
			scripts: [sha('a()')],
		},
	])('$name', ({ body, scripts }) => {
		expect(inlineHashes(body).scripts).toEqual(scripts);
	});

	test('style elements are hashed too', () => {
		expect(inlineHashes('<style>p{}</style>').styles).toEqual([sha('p{}')]);
	});
});

describe('completePolicy', () => {
	test('adds what is missing to script-src and style-src, once', () => {
		const html = page(
			`default-src 'self'; script-src 'self' ${sha('a()')}; style-src 'self'`,
			'<script>a()</script><script>b()</script><style>p{}</style>'
		);
		const policy = /content="([^"]*)"/.exec(completePolicy(html))![1]!;
		expect(policy).toBe(
			`default-src 'self'; script-src 'self' ${sha('a()')} ${sha('b()')}; style-src 'self' ${sha('p{}')}`
		);
		expect(completePolicy(completePolicy(html))).toBe(completePolicy(html));
	});

	test('leaves a page without a policy as it is', () => {
		const html = '<html><script>a()</script></html>';
		expect(completePolicy(html)).toBe(html);
	});
});
