import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { readContentDir } from '../../src/node/read-content-dir.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { computePortfolio } from '../../src/lib/engine/index.ts';
import type { Portfolio } from '../../src/lib/engine/types.ts';
import { SAMPLE_CONTENT, TEST_AS_OF } from './build-site.ts';

/** The engine's view of the sample content, as the sample site was built: the oracle of page tests. */
export async function samplePortfolio(): Promise<Portfolio> {
	const { plans, people, policy, visits } = validateContent(await readContentDir(SAMPLE_CONTENT));
	return computePortfolio({ plans, people, policy, visits, asOf: TEST_AS_OF });
}

export interface GuardedPage {
	page: Page;
	/** Every URL the page requested. */
	requests: string[];
	/** Console errors, CSP violations, uncaught errors and dialogs. */
	problems: string[];
	close(): Promise<void>;
}

/** A fresh page that records every request and every problem (console error, CSP refusal, page error, dialog). */
export async function guardedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<GuardedPage> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
	const page = await context.newPage();
	const requests: string[] = [];
	const problems: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	page.on('console', (message) => {
		if (message.type() === 'error' || /Content.Security.Policy|Refused to/i.test(message.text())) problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('dialog', (dialog) => {
		problems.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	return { page, requests, problems, close: () => context.close() };
}

/** Scrolls through the whole page so lazy charts come near the viewport, then waits for every chart to draw. */
export async function drawAllCharts(page: Page): Promise<number> {
	await page.evaluate(async () => {
		for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
			canvas.scrollIntoView({ block: 'center' });
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	});
	await page.waitForFunction(() => [...document.querySelectorAll('canvas[data-chart]')].every((c) => (c as HTMLCanvasElement).dataset.drawn === 'true'), null, {
		timeout: 15_000,
	});
	return page.locator('canvas[data-chart]').count();
}

/**
 * Waits until a canvas's drawing has settled: its picture is the same in two
 * animation frames in a row (chart.js animates a chart's first draw).
 */
export async function settledCanvas(page: Page, selector: string): Promise<void> {
	await page.$eval(selector, async (element) => {
		const canvas = element as HTMLCanvasElement;
		const picture = () => canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
		const same = (a: Uint8ClampedArray, b: Uint8ClampedArray) => a.length === b.length && a.every((value, i) => value === b[i]);
		const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
		let before = picture();
		for (;;) {
			await nextFrame();
			const now = picture();
			if (same(before, now)) return;
			before = now;
		}
	});
}

/** Share of a canvas's pixels that are painted (not transparent), once drawing has settled. */
export async function paintedShare(page: Page, selector: string): Promise<number> {
	await settledCanvas(page, selector);
	return page.$eval(selector, (element) => {
		const canvas = element as HTMLCanvasElement;
		const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
		let painted = 0;
		for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
		return painted / (canvas.width * canvas.height);
	});
}
