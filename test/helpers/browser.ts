import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium; tests never download a browser of their own. */
export const CHROMIUM_PATH = process.env.KAM_CHROMIUM ?? '/usr/bin/chromium';

export function hasChromium(): boolean {
	return existsSync(CHROMIUM_PATH);
}

/**
 * Whether browser tests skip: only on a machine without Chromium outside CI.
 * Under `CI=true` (set by GitHub Actions) they run, and a missing Chromium fails them.
 */
export function skipBrowserTests(env: { chromium: boolean; ci: string | undefined } = { chromium: hasChromium(), ci: process.env.CI }): boolean {
	const ci = env.ci !== undefined && env.ci !== '' && env.ci !== 'false' && env.ci !== '0';
	return !env.chromium && !ci;
}

/** Headless Chromium with background networking off (this machine has no network); Playwright gives it a fresh profile. */
export async function launchBrowser(): Promise<Browser> {
	if (!hasChromium()) {
		throw new Error(`Chromium not found at \`${CHROMIUM_PATH}\`: the browser tests need it under CI. Install Debian's \`chromium\` or set KAM_CHROMIUM to its path.`);
	}
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}
