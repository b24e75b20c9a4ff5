/**
 * Share links: a self-check in the URL fragment (`#check=<base64url JSON>`), which browsers never
 * send to a server. Decoded by the same never-throwing decoder as every other input. A module of
 * its own so that pages which never make or open a share link (the calculator) do not load it.
 */
import {
	MAX_INPUT_BYTES,
	SHARE_PARAM,
	decodeAssessment,
	type Aliases,
	type Assessment,
	type DecodeResult,
	type Question,
	type TargetOptions,
} from './assessment';

/** Encode text as base64url (UTF-8), for the URL fragment. */
function toBase64Url(text: string): string {
	let binary = '';
	for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/**
 * Decode base64url to text; undefined when it is not base64 or not UTF-8. The standard
 * alphabet (`+`, `/`) and `=` padding are read too, as some tools write them.
 */
function fromBase64Url(encoded: string): string | undefined {
	if (!/^[A-Za-z0-9_+/-]*={0,2}$/.test(encoded)) return undefined;
	try {
		const binary = atob(encoded.replace(/=+$/, '').replaceAll('-', '+').replaceAll('_', '/'));
		return new TextDecoder('utf-8', { fatal: true }).decode(
			Uint8Array.from(binary, (c) => c.charCodeAt(0))
		);
	} catch {
		return undefined;
	}
}

/** The URL fragment (without `#`) that shares an assessment: `check=<base64url JSON>`. */
export function encodeShareFragment(assessment: Assessment): string {
	return `${SHARE_PARAM}=${toBase64Url(JSON.stringify(assessment))}`;
}

/**
 * Read a shared assessment from a URL fragment (with or without `#`). Returns undefined when the
 * fragment carries no shared self-check; otherwise a decode result that never throws.
 */
export function decodeShareFragment(
	fragment: string,
	questions: readonly Question[],
	questionSet: string,
	targetOptions: TargetOptions = {},
	aliases: Aliases = {}
): DecodeResult | undefined {
	const hash = fragment.startsWith('#') ? fragment.slice(1) : fragment;
	if (!hash.startsWith(`${SHARE_PARAM}=`)) return undefined;
	const encoded = hash.slice(SHARE_PARAM.length + 1);
	if (encoded.length > (MAX_INPUT_BYTES * 4) / 3 + 4) {
		return {
			ok: false,
			error: `The shared link is too large (over ${MAX_INPUT_BYTES / 1000} KB) to be a self-check.`,
		};
	}
	const json = fromBase64Url(encoded);
	if (json === undefined)
		return {
			ok: false,
			error:
				'The shared link is damaged: the part after “#check=” is not readable, perhaps cut short.',
		};
	return decodeAssessment(json, questions, questionSet, targetOptions, aliases);
}
