/** Finds and launches the Chromium the browser tests use (Debian's package; Playwright cannot download one here). */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/** The path of a Chromium binary: `CHROME_PATH` if set, else the first Chromium on PATH. */
export function findChromium(): string {
	const fromEnv = process.env.CHROME_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROME_PATH is set to "${fromEnv}", but no file is there.`);
	}
	for (const name of NAMES) {
		try {
			return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
		} catch {
			/* not on PATH; try the next name */
		}
	}
	throw new Error(
		'No Chromium found for the browser tests. Install Debian\'s package with "apt-get install -y chromium" ' +
			'(as root; .ci/run does this), or set CHROME_PATH to a Chromium or Chrome binary.'
	);
}

/** Flags that keep Chromium quiet on a closed network and let it run as root in a container. */
export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
];

/** Launch headless Chromium through Playwright. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
}
