/**
 * Completes a page's Content-Security-Policy: Astro hashes the scripts and styles it bundles,
 * but not the `is:inline` scripts of Starlight's components. This adds the hash of every inline
 * script and style element the page actually contains to its `<meta>` policy. Pure; Node's
 * crypto does the hashing.
 */
import { createHash } from 'node:crypto';

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

/** The hashes of a page's inline scripts (those a browser runs) and style elements. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
	const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
		.filter(([, attrs = '', code]) => {
			if (/\ssrc=/.test(attrs) || !code) return false;
			const type = /\stype="([^"]*)"/.exec(attrs)?.[1];
			return type === undefined || type === 'module' || type === 'text/javascript';
		})
		.map(([, , code]) => hash(code!));
	const styles = [...html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/g)]
		.filter(([, , code]) => code)
		.map(([, , code]) => hash(code!));
	return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

/** The page with every inline script and style element's hash in its `<meta>` policy. */
export function completePolicy(html: string): string {
	const { scripts, styles } = inlineHashes(html);
	return html.replace(
		/(<meta http-equiv="content-security-policy" content=")([^"]*)(")/,
		(_, open: string, policy: string, close: string) => {
			const add = (directive: string, hashes: string[]) => {
				const pattern = new RegExp(`(^|;)\\s*${directive}\\s([^;]*)`);
				const match = pattern.exec(policy);
				if (!match) return;
				const missing = hashes.filter((h) => !match[2]!.includes(h));
				if (missing.length)
					policy = policy.replace(
						pattern,
						`${match[1]} ${directive} ${match[2]!.trim()} ${missing.join(' ')}`
					);
			};
			add('script-src', scripts);
			add('style-src', styles);
			return `${open}${policy}${close}`;
		}
	);
}
