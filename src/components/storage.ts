/**
 * localStorage for the interactive elements, without exceptions: storage can be full, blocked or
 * turned off, and a page must keep working without it.
 */

/** The text stored under `key`; null when there is none or storage cannot be read. */
export function readStored(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null; // Storage may be disabled; the page still works, it just does not remember.
	}
}

/** Store `value` under `key` (null removes it); says whether it worked. */
export function writeStored(key: string, value: string | null): boolean {
	try {
		if (value === null) localStorage.removeItem(key);
		else localStorage.setItem(key, value);
		return true;
	} catch {
		return false; // Storage full, blocked or disabled.
	}
}
