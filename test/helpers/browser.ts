import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium; tests never download a browser of their own. */
export const CHROMIUM_PATH = process.env.KAM_CHROMIUM ?? '/usr/bin/chromium';

export function hasChromium(): boolean {
	return existsSync(CHROMIUM_PATH);
}

/** Headless Chromium with background networking off (this machine has no network); Playwright gives it a fresh profile. */
export async function launchBrowser(): Promise<Browser> {
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
