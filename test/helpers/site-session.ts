/**
 * A built site served on 127.0.0.1 and a Chromium to read it, for one
 * `describe` block of browser tests: registers the block's beforeAll and
 * afterAll, and opens guarded pages (status 200 checked) that are all closed
 * at the end.
 */
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser } from './browser.ts';
import { type GuardedPage, guardedPage } from './page-guard.ts';
import { serveStatic, type StaticServer } from './serve.ts';

export interface SiteSession {
	/** The server's address, `http://127.0.0.1:<port>`. */
	readonly url: string;
	/** A guarded page at `path`, which must answer 200. */
	open(path: string, options?: BrowserContextOptions): Promise<GuardedPage>;
}

export function siteSession(siteDir: () => string | Promise<string>): SiteSession {
	let server: StaticServer | undefined;
	let browser: Browser | undefined;
	const opened: GuardedPage[] = [];

	beforeAll(async () => {
		server = await serveStatic(await siteDir());
		browser = await launchBrowser();
	});

	afterAll(async () => {
		for (const guarded of opened) await guarded.close().catch(() => {});
		await browser?.close();
		await server?.close();
	});

	return {
		get url() {
			if (!server) throw new Error('the site is served from beforeAll on');
			return server.url;
		},
		async open(path, options = {}) {
			if (!browser) throw new Error('the browser starts in beforeAll');
			const guarded = await guardedPage(browser, options);
			opened.push(guarded);
			const response = await guarded.page.goto(this.url + path);
			expect(response?.status(), path).toBe(200);
			return guarded;
		},
	};
}
