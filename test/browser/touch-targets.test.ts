/**
 * WCAG 2.2 target size (2.5.8): on the dashboard every link and control is at
 * least 24 × 24 px, except links inside a sentence (the criterion's inline
 * exception), on a desktop and a phone screen.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';

describe.skipIf(!hasChromium())('touch targets on the dashboard', () => {
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

	it.each([
		{ name: 'desktop', width: 1280, height: 900 },
		{ name: 'phone', width: 390, height: 844 },
	])('are at least 24 × 24 px on a $name screen', async ({ width, height }) => {
		const context = await browser.newContext({ viewport: { width, height } });
		try {
			const page = await context.newPage();
			await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
			const small = await page.evaluate(() => {
				const found: string[] = [];
				for (const element of document.querySelectorAll<HTMLElement>('a[href], button, select, input, summary')) {
					const box = element.getBoundingClientRect();
					if (box.width === 0 && box.height === 0) continue; // not rendered (closed disclosure, hidden control)
					if (element.closest('.skip-link')) continue; // shown on focus only, then large
					// The inline exception: a link in a line of text, with words around it.
					const parentText = element.parentElement?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
					const ownText = element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
					if (getComputedStyle(element).display === 'inline' && parentText.length > ownText.length + 2) continue;
					if (box.width < 24 || box.height < 24) found.push(`${element.tagName.toLowerCase()} "${ownText.slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
				}
				return found;
			});
			expect(small).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
