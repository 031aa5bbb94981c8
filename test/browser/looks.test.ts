/**
 * How the portal looks in Chromium at a desktop (1280 px) and a phone (390 px)
 * width, and how a plan prints: measured from element boxes (and, for the
 * quadrant chart, from what is drawn on its canvas), never from screenshots.
 * The browser draws with the tests' pinned fonts (test/helpers/browser.ts), so
 * the measures are the same on every machine.
 */
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, skipBrowserTests } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-site.ts';
import { copySampleContent } from '../helpers/content-fixture.ts';
import { drawAllCharts } from '../helpers/page-guard.ts';
import { pdfPages } from '../helpers/pdf.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';
import { siteSession } from '../helpers/site-session.ts';

const WIDTHS = [1280, 390] as const;
const viewport = (width: number) => ({ viewport: { width, height: 900 } });

/** Right edge of the text drawn inside an element (its text nodes' line boxes), in CSS pixels. */
const textRight = (page: Page, selector: string) =>
	page.$$eval(selector, (elements) =>
		elements.map((element) => {
			const style = getComputedStyle(element);
			const box = element.getBoundingClientRect();
			let right = box.left;
			const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				if (!node.textContent?.trim()) continue;
				const range = document.createRange();
				range.selectNodeContents(node);
				for (const rect of range.getClientRects()) right = Math.max(right, rect.right);
			}
			return {
				label: element.querySelector('dt')?.textContent?.trim() ?? '',
				/** Room between the text and the inner edge of the padding. */
				room: box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight) - right,
			};
		}),
	);

describe.skipIf(skipBrowserTests())('looks on the sample site', () => {
	const site = siteSession(() => inject('sampleSiteDir'));

	describe.each(WIDTHS)('at %i px', (width) => {
		it('dashboard: every row of figures holds at least two, the objectives by status among them', async () => {
			const { page } = await site.open('/', viewport(width));
			for (const name of ['Accounts per tier', 'Headline figures', 'Planning cycle 2027']) {
				const tops = await page
					.getByRole('region', { name })
					.locator('.figure')
					.evaluateAll((figures) => figures.map((figure) => Math.round(figure.getBoundingClientRect().top)));
				expect(tops.length, name).toBeGreaterThanOrEqual(4);
				const perRow = [...new Set(tops)].map((top) => tops.filter((other) => other === top).length);
				expect(perRow.filter((count) => count < 2), `${name}: figures per row ${perRow.join(', ')}`).toEqual([]);
			}
		});

		it('/cycle/: every row of the status figures holds at least two (late plans are a sentence, not a tile alone)', async () => {
			const { page } = await site.open('/cycle/', viewport(width));
			const tops = await page.locator('section[aria-labelledby="cycle-counts-heading"] .figure').evaluateAll((figures) => figures.map((figure) => Math.round(figure.getBoundingClientRect().top)));
			expect(tops.length).toBe(4);
			const perRow = [...new Set(tops)].map((top) => tops.filter((other) => other === top).length);
			expect(perRow.filter((count) => count < 2)).toEqual([]);
			await expect(page.locator('section[aria-labelledby="cycle-counts-heading"]').textContent()).resolves.toMatch(/Late plans \(past the cycle’s due date\): \d+/);
		});

		it('dashboard: each objective status ("2 Achieved", "3 On track") is on one line', async () => {
			const { page } = await site.open('/', viewport(width));
			const statuses = page.getByRole('region', { name: 'Headline figures' }).getByRole('list', { name: 'Objectives by status' }).getByRole('listitem');
			await expect(statuses.count()).resolves.toBe(4);
			const lines = await statuses.evaluateAll((items) =>
				items.map((item) => {
					const range = document.createRange();
					range.selectNodeContents(item);
					return { text: item.textContent, lines: new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size };
				}),
			);
			expect(lines.filter((item) => item.lines !== 1)).toEqual([]);
		});

		it('dashboard: every headline figure ("28.8% (USD)") ends at least 1 rem inside its tile, room for a wider system font', async () => {
			const { page } = await site.open('/', viewport(width));
			// The objective statuses wrap onto lines of their own when they need more room (the test above).
			const figures = await textRight(page, 'section[aria-labelledby="figures-heading"] .figure:not(:has(.objective-counts))');
			expect(figures.map((figure) => figure.label)).toContain('Share of wallet');
			expect(figures.filter((figure) => figure.room < 16)).toEqual([]);
		});

		it('plan page: the Product lines table shows every column inside its card', async () => {
			const { page } = await site.open('/accounts/huajian-construction-group/', viewport(width));
			const card = page.getByRole('region', { name: 'Product lines', exact: true }).filter({ has: page.getByRole('heading', { name: 'Product lines', exact: true }) });
			const table = card.getByRole('table', { name: 'Product lines', exact: true });
			await expect(table.getByRole('columnheader').allTextContents()).resolves.toEqual(['Product line', 'Our revenue', 'Customer spend', 'Share', 'Whitespace']);
			const inner = await card.evaluate((element) => {
				const box = element.getBoundingClientRect();
				const style = getComputedStyle(element);
				return { left: box.left + parseFloat(style.paddingLeft), right: box.right - parseFloat(style.paddingRight) };
			});
			// Every cell, and the text in it, is inside the card: nothing cut off, nothing to scroll to.
			const cells = await table.locator('tbody th, tbody td').evaluateAll((elements) =>
				elements.map((element) => {
					const range = document.createRange();
					range.selectNodeContents(element);
					const text = [...range.getClientRects()];
					const box = element.getBoundingClientRect();
					return { text: element.textContent, left: box.left, right: Math.max(box.right, ...text.map((rect) => rect.right)) };
				}),
			);
			expect(cells.length).toBe(5 * 5);
			expect(cells.filter((cell) => cell.left < inner.left - 0.5 || cell.right > inner.right + 0.5)).toEqual([]);
			const scroll = await table.evaluate((element) => {
				const scroller = element.closest('.table-scroll')!;
				return { scrollWidth: scroller.scrollWidth, clientWidth: scroller.clientWidth };
			});
			expect(scroll.scrollWidth).toBeLessThanOrEqual(scroll.clientWidth);
		});

		it('dashboard: no dot of the value quadrant is drawn over a quadrant name', async () => {
			const { page } = await site.open('/', viewport(width));
			await page.evaluate(() => {
				// Record what the quadrant chart's canvas draws: each filled dot's box and each text's box, in canvas pixels; a full clear starts a new frame.
				const record = { dots: [] as number[][], texts: [] as { text: string; box: number[] }[], colours: [] as string[] };
				(window as unknown as { quadrant: typeof record }).quadrant = record;
				const canvas = document.querySelector<HTMLCanvasElement>('#chart-quadrant canvas')!;
				record.colours = (JSON.parse(canvas.dataset.chart!) as { datasets: { color: string }[] }).datasets.map((d) => d.color.toLowerCase());
				const proto = CanvasRenderingContext2D.prototype;
				let path: number[][] = [];
				const at = (ctx: CanvasRenderingContext2D, x: number, y: number) => {
					const m = ctx.getTransform();
					return [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f];
				};
				const wrap = <K extends 'beginPath' | 'moveTo' | 'lineTo' | 'arc' | 'rect' | 'fill' | 'fillText' | 'clearRect'>(name: K, before: (ctx: CanvasRenderingContext2D, ...args: number[]) => void) => {
					const original = proto[name] as (...args: unknown[]) => unknown;
					(proto as unknown as Record<string, unknown>)[name] = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
						if (this.canvas === canvas) before(this, ...(args as number[]));
						return original.apply(this, args);
					};
				};
				wrap('beginPath', () => void (path = []));
				wrap('moveTo', (ctx, x, y) => void path.push(at(ctx, x!, y!)));
				wrap('lineTo', (ctx, x, y) => void path.push(at(ctx, x!, y!)));
				wrap('rect', (ctx, x, y, w, h) => void path.push(at(ctx, x!, y!), at(ctx, x! + w!, y! + h!)));
				wrap('arc', (ctx, x, y, r) => void path.push(at(ctx, x! - r!, y! - r!), at(ctx, x! + r!, y! + r!)));
				wrap('fill', (ctx) => {
					if (path.length === 0 || !record.colours.includes(String(ctx.fillStyle).toLowerCase())) return;
					const xs = path.map((p) => p[0]!);
					const ys = path.map((p) => p[1]!);
					record.dots.push([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
				});
				wrap('fillText', (ctx, ...args) => {
					const [text, x, y] = args as unknown as [string, number, number];
					const width = ctx.measureText(text).width;
					const left = ctx.textAlign === 'right' ? x - width : ctx.textAlign === 'center' ? x - width / 2 : x;
					const top = ctx.textBaseline === 'bottom' ? y - 13 : ctx.textBaseline === 'middle' ? y - 6.5 : y;
					const [x0, y0] = at(ctx, left, top);
					const [x1, y1] = at(ctx, left + width, top + 13);
					record.texts.push({ text, box: [x0!, y0!, x1!, y1!] });
				});
				wrap('clearRect', (ctx, x, y, w, h) => {
					if (x === 0 && y === 0 && w! >= ctx.canvas.width / 2 && h! >= ctx.canvas.height / 2) {
						record.dots = [];
						record.texts = [];
					}
				});
			});
			await drawAllCharts(page);
			// Let the entry animation finish, so the last frame is the one that stays.
			await page.waitForTimeout(1500);
			const { dots, texts } = await page.evaluate(() => (window as unknown as { quadrant: { dots: number[][]; texts: { text: string; box: number[] }[] } }).quadrant);
			const names = ['High current,', 'high potential', 'Low current,', 'low potential', 'High current,', 'low potential', 'Low current,', 'high potential'];
			const labels = texts.filter((text) => names.includes(text.text));
			expect(labels).toHaveLength(8);
			expect(dots.length).toBeGreaterThan(10);
			const overlaps = labels.flatMap((label) =>
				dots
					.filter((dot) => dot[0]! < label.box[2]! && dot[2]! > label.box[0]! && dot[1]! < label.box[3]! && dot[3]! > label.box[1]!)
					.map((dot) => ({ label: label.text, dot: dot.map(Math.round) })),
			);
			expect(overlaps).toEqual([]);
		});
	});

	it.each(WIDTHS)('/whitespace/ at %i px: account names take at most three lines, and on a desktop every product-line column is on screen', async (width) => {
		const { page } = await site.open('/whitespace/', viewport(width));
		const table = page.getByRole('table', { name: 'Whitespace: product lines × accounts', exact: true });
		const names = await table.getByRole('rowheader').evaluateAll((elements) =>
			elements
				.filter((element) => element.closest('tbody'))
				.map((element) => {
					const link = element.querySelector('a') ?? element;
					const range = document.createRange();
					range.selectNodeContents(link);
					return { name: link.textContent, lines: new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size };
				}),
		);
		expect(names.length).toBeGreaterThan(3);
		expect(names.filter((name) => name.lines > 3)).toEqual([]);
		// A phone scrolls the map sideways (its region is focusable); a desktop shows it whole.
		if (width < 1280) return;
		const headers = await table.getByRole('columnheader').evaluateAll((elements) => elements.map((element) => ({ text: element.textContent?.trim(), right: element.getBoundingClientRect().right })));
		expect(headers.map((header) => header.text)).toEqual(expect.arrayContaining(['Modular site housing', 'Rental fleet']));
		expect(headers.filter((header) => header.right > width)).toEqual([]);
		const scroll = await table.evaluate((element) => {
			const scroller = element.closest('.table-scroll')!;
			return { scrollWidth: scroller.scrollWidth, clientWidth: scroller.clientWidth };
		});
		expect(scroll.scrollWidth).toBeLessThanOrEqual(scroll.clientWidth);
	});
});

describe.skipIf(skipBrowserTests())('printing a plan with a <ForecastChart /> in its body', () => {
	const PLAN = 'accounts/east-china/huajian-construction-group.mdx';
	let server: StaticServer;
	let browser: Awaited<ReturnType<typeof launchBrowser>>;

	beforeAll(async () => {
		const content = await copySampleContent();
		await appendFile(join(content, PLAN), '\n## Revenue\n\n<ForecastChart />\n\nThe forecast above is the one the financials card shows.\n');
		const build = await buildSite({ contentDir: content });
		expect(build.code, build.stdout + build.stderr).toBe(0);
		server = await serveStatic(build.outDir);
		browser = await launchBrowser();
	});

	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	/** The plan's A4 PDF, optionally after taking the body's chart out of the page. */
	async function print(withoutBodyChart: boolean) {
		const context = await browser.newContext(viewport(1280));
		try {
			const page = await context.newPage();
			await page.goto(`${server.url}/accounts/huajian-construction-group/`, { waitUntil: 'networkidle' });
			const bodyCharts = page.locator('.plan-body').getByRole('figure', { name: 'Revenue: actuals and forecast, CNY' });
			await expect(bodyCharts.count()).resolves.toBe(1);
			await drawAllCharts(page).catch(() => 0);
			if (withoutBodyChart) await bodyCharts.evaluate((figure) => figure.remove());
			await page.emulateMedia({ media: 'print' });
			return pdfPages(await page.pdf({ format: 'A4' }));
		} finally {
			await context.close();
		}
	}

	it('prints the forecast table once: the body chart adds nothing to the paper', async () => {
		const withChart = await print(false);
		const without = await print(true);
		const depths = (pages: { inkDepth: number }[]) => pages.map((page) => Math.round(page.inkDepth * 1000) / 1000);
		expect(depths(withChart)).toEqual(depths(without));
	});
});
