/**
 * A plan on paper: Chromium's A4 PDF of the sample site's plans. The largest
 * plans, and every plan with the living-plan and product-line blocks
 * (objectives, review history, org chart and coverage, product lines), print
 * on at most three pages; no page but the last is less than half full. Cards
 * flow and may break inside; tables repeat their header row on each page they
 * run onto.
 *
 * "Half full" is measured on the PDF itself, not estimated from the DOM
 * (Chromium lays print out continuously; only the PDF knows where the pages
 * break): test/helpers/pdf.ts reads each page's content stream, follows the
 * transformation matrices, and finds the lowest mark painted on the sheet
 * (text, a filled or stroked path such as a card's border or a table rule, an
 * image). A page whose lowest mark is above the middle of the sheet is less
 * than half full. The first test below checks the measure on pages made to be
 * a third and most of a sheet, so a broken measure fails too.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Portfolio } from '../../src/lib/engine/types.ts';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { drawAllCharts, samplePortfolio } from '../helpers/page-guard.ts';
import { pdfPageCount, pdfPages } from '../helpers/pdf.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';

describe.skipIf(!hasChromium())('printing a plan', () => {
	let server: StaticServer;
	let browser: Browser;
	let portfolio: Portfolio;
	/** The plans with the largest pages among those without living-plan blocks. */
	let largest: string[];
	/** Every plan with at least one living-plan or product-line block. */
	let living: string[];
	/** Each of those plans' A4 PDF, printed once. */
	const pdfs = new Map<string, Buffer>();

	beforeAll(async () => {
		portfolio = await samplePortfolio();
		const sizes = await Promise.all(
			portfolio.accounts.map(async (a) => [a.slug, (await stat(join(inject('sampleSiteDir'), 'accounts', a.slug, 'index.html'))).size] as const),
		);
		const hasLivingBlocks = (slug: string) => {
			const fm = portfolio.bySlug.get(slug)!.frontmatter as { objectives?: unknown[]; review?: { history?: unknown[] }; contacts?: { reportsTo?: string }[]; products?: unknown[] };
			return (fm.objectives?.length ?? 0) > 0 || (fm.review?.history?.length ?? 0) > 0 || (fm.contacts ?? []).some((c) => c.reportsTo !== undefined) || (fm.products?.length ?? 0) > 0;
		};
		living = sizes.filter(([slug]) => hasLivingBlocks(slug)).map(([slug]) => slug);
		largest = sizes
			.filter(([slug]) => !hasLivingBlocks(slug))
			.sort((a, b) => b[1] - a[1])
			.slice(0, 3)
			.map(([slug]) => slug);
		server = await serveStatic(inject('sampleSiteDir'));
		browser = await launchBrowser();
		for (const slug of [...living, ...largest]) await printed(slug, async (page) => void pdfs.set(slug, await page.pdf({ format: 'A4' })));
	});

	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	async function printed(slug: string, use: (page: Page) => Promise<void>) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		try {
			const page = await context.newPage();
			await page.goto(`${server.url}/accounts/${slug}/`, { waitUntil: 'networkidle' });
			await drawAllCharts(page).catch(() => 0);
			await page.emulateMedia({ media: 'print' });
			await use(page);
		} finally {
			await context.close();
		}
	}

	/** Each plan's page count. */
	const pageCounts = (slugs: string[]) => Object.fromEntries(slugs.map((slug) => [slug, pdfPageCount(pdfs.get(slug)!)]));

	it('measures how full a printed page is: a third of a sheet is less than half full, most of one is not', async () => {
		const page = await browser.newPage();
		try {
			await page.setContent(
				`<style>@page { size: A4; margin: 0 } body { margin: 0 } div { background: #000 } .third { height: 99mm } .most { height: 280mm; break-before: page } p { break-before: page }</style>
				<div class="third"></div><div class="most"></div><p>last</p>`,
			);
			const pages = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
			expect(pages.map((p) => Math.round(p.inkDepth * 100) / 100)).toEqual([expect.closeTo(1 / 3, 1), expect.closeTo(280 / 297, 1), expect.any(Number)]);
			expect(pages[0]!.inkDepth).toBeLessThan(0.5);
			expect(pages[1]!.inkDepth).toBeGreaterThan(0.5);
			expect(pages[0]!.height).toBeCloseTo(842, -1);
		} finally {
			await page.close();
		}
	});

	it('plans with objectives, a review history, an org chart or product lines print on at most 3 A4 pages', () => {
		// The sample has such plans, with all four blocks among them.
		expect(living.length).toBeGreaterThan(3);
		const withAll = living.filter((slug) => {
			const fm = portfolio.bySlug.get(slug)!.frontmatter;
			return (fm.objectives?.length ?? 0) > 0 && (fm.review?.history?.length ?? 0) > 0 && (fm.contacts ?? []).some((c) => c.reportsTo !== undefined) && (fm.products?.length ?? 0) > 0;
		});
		expect(withAll.length).toBeGreaterThan(0);
		const counts = pageCounts(living);
		expect(Object.values(counts).every((n) => n >= 1)).toBe(true);
		expect(Object.entries(counts).filter(([, n]) => n > 3)).toEqual([]);
	});

	it('the largest plans without living-plan blocks print on at most 3 A4 pages', () => {
		const counts = pageCounts(largest);
		expect(Object.keys(counts).length).toBeGreaterThan(0);
		expect(Object.values(counts).every((n) => n >= 1)).toBe(true);
		expect(Object.entries(counts).filter(([, n]) => n > 3)).toEqual([]);
	});

	it('no page but the last is less than half full', () => {
		const depths = Object.fromEntries([...pdfs].map(([slug, pdf]) => [slug, pdfPages(pdf).map((p) => Math.round(p.inkDepth * 100) / 100)]));
		expect(Object.keys(depths)).toHaveLength(living.length + largest.length);
		// Every page of every PDF was read, and each was drawn on.
		for (const [slug, pages] of Object.entries(depths)) {
			expect(pages, slug).toHaveLength(pdfPageCount(pdfs.get(slug)!));
			expect(pages.every((d) => d > 0), slug).toBe(true);
		}
		const halfEmpty = Object.entries(depths).filter(([, pages]) => pages.slice(0, -1).some((d) => d < 0.5));
		expect(halfEmpty).toEqual([]);
	});

	it('cards may break inside, and tables repeat their header row on the next page', async () => {
		await printed('huajian-construction-group', async (page) => {
			const cards = await page.locator('.card').evaluateAll((cards) => cards.map((c) => getComputedStyle(c).breakInside));
			expect(cards.length).toBeGreaterThan(2);
			expect(new Set(cards)).toEqual(new Set(['auto']));
			const heads = await page.locator('thead').evaluateAll((heads) => heads.map((h) => getComputedStyle(h).display));
			expect(heads.length).toBeGreaterThan(0);
			expect(new Set(heads)).toEqual(new Set(['table-header-group']));
		});
	});
});
