/**
 * Layout shift (CLS, as Chromium's PerformanceObserver reports it) below 0.1 on
 * every page type of the sample site, on a desktop and a phone screen: space
 * that scripts fill (filters, sort buttons, search results, charts) is
 * reserved from the first paint. The page is scrolled to its end so lazy
 * charts draw too.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';

const PATHS = [
	'/',
	'/accounts/',
	'/accounts/?tier=major&sort=current&dir=desc',
	'/accounts/huajian-construction-group/',
	'/owners/li-wei/',
	'/tiers/',
	'/tiers/major/',
	'/groups/huajian-construction-group/',
	'/reviews/',
	'/reports/progress/',
	'/whitespace/',
	'/whitespace/?tier=major&sort=account&dir=asc',
	'/search/',
	'/search/?q=tunnel',
];
const SCREENS = [
	{ name: 'desktop', width: 1280, height: 900 },
	{ name: 'phone', width: 390, height: 844 },
];

describe.skipIf(!hasChromium())('layout shift', () => {
	let server: StaticServer;
	let browser: Browser;

	beforeAll(async () => {
		server = await serveStatic(inject('sampleSiteDir'));
		browser = await launchBrowser();
	});

	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	describe.each(SCREENS)('on a $name screen', ({ width, height }) => {
		it.each(PATHS)('%s shifts less than 0.1', async (path) => {
			const context = await browser.newContext({ viewport: { width, height } });
			try {
				const page = await context.newPage();
				await page.addInitScript(() => {
					const shifts: { value: number; sources: string[] }[] = [];
					const record = (entries: PerformanceEntryList) => {
						for (const entry of entries as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
							if (!entry.hadRecentInput) shifts.push({ value: entry.value, sources: (entry.sources ?? []).map((s) => (s.node as Element | undefined)?.className?.toString() ?? s.node?.nodeName ?? '') });
						}
					};
					const observer = new PerformanceObserver((list) => record(list.getEntries()));
					observer.observe({ type: 'layout-shift', buffered: true });
					// Every shift so far, with those the observer has not handed over yet.
					(window as unknown as { takeShifts: () => typeof shifts }).takeShifts = () => {
						record(observer.takeRecords());
						return shifts;
					};
				});
				await page.goto(server.url + path, { waitUntil: 'networkidle' });
				// Pagefind's WebAssembly runs without network traffic, so "network idle" can come
				// before the search page has drawn its results and facets; scrolling to the end
				// before then would bring the footer into view just as they push it down.
				await page.waitForFunction(() => {
					const app = document.querySelector('[data-search-app]');
					return !app || app.hasAttribute('data-facets-ready');
				});
				await page.evaluate(async () => {
					for (let y = 0; y < document.body.scrollHeight; y += 400) {
						window.scrollTo(0, y);
						await new Promise((resolve) => setTimeout(resolve, 50));
					}
				});
				// Every lazy chart the scroll brought into view has drawn, and the next frame is painted.
				await page.waitForFunction(() => [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')].every((canvas) => canvas.dataset.drawn === 'true'));
				await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
				const shifts = await page.evaluate(() => (window as unknown as { takeShifts: () => { value: number; sources: string[] }[] }).takeShifts());
				const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
				expect(total, JSON.stringify(shifts)).toBeLessThan(0.1);
			} finally {
				await context.close();
			}
		});
	});
});
