/**
 * The accounts page and the whitespace map of a portfolio larger than one page of a table (450
 * generated plans, 200 rows a page): without JavaScript, pages of plain rows
 * with page links and the CSV; with it, filters and sort over all accounts,
 * one page of rows rendered, a live count, and shared addresses that work.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeGeneratedContent } from '../../bench/generate.ts';
import { readContentDir } from '../../src/node/read-content-dir.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { computePortfolio } from '../../src/lib/engine/index.ts';
import type { Portfolio } from '../../src/lib/engine/types.ts';
import { defaultOrder } from '../../src/view/accounts.ts';
import { whitespaceOrder } from '../../src/view/whitespace.ts';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { buildSite, TEST_AS_OF } from '../helpers/build-site.ts';
import { type GuardedPage, guardedPage } from '../helpers/page-guard.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';
import { writeContentDir } from '../helpers/content-fixture.ts';

const PLANS = 450;
const PAGE = 200;

const bodyRows = (page: Page) => page.getByRole('table', { name: 'All accounts', exact: true }).locator('tbody > tr');
const rowNames = (page: Page) => bodyRows(page).locator('th a').allTextContents();

describe.skipIf(!hasChromium())(`accounts page at ${PLANS} plans`, () => {
	let server: StaticServer;
	let browser: Browser;
	let portfolio: Portfolio;
	let siteDir: string;
	const opened: GuardedPage[] = [];

	async function open(path: string, options = {}): Promise<GuardedPage> {
		const guarded = await guardedPage(browser, options);
		opened.push(guarded);
		const response = await guarded.page.goto(server.url + path);
		expect(response?.status(), path).toBe(200);
		return guarded;
	}

	beforeAll(async () => {
		const contentDir = await writeContentDir({});
		await writeGeneratedContent(contentDir, { count: PLANS });
		const outcome = await buildSite({ contentDir });
		expect(outcome.code, outcome.stdout + outcome.stderr).toBe(0);
		siteDir = outcome.outDir;
		const { plans, people, policy, visits } = validateContent(await readContentDir(contentDir));
		portfolio = computePortfolio({ plans, people, policy, visits, asOf: TEST_AS_OF });
		server = await serveStatic(siteDir);
		browser = await launchBrowser();
	});

	afterAll(async () => {
		for (const guarded of opened) await guarded.close().catch(() => {});
		await browser?.close();
		await server?.close();
	});

	it('without JavaScript: 200 rows a page in the default order, links to every page and the CSV', async () => {
		const ordered = defaultOrder(portfolio.accounts).map((a) => a.name);
		const { page } = await open('/accounts/', { javaScriptEnabled: false });
		await expect(rowNames(page)).resolves.toEqual(ordered.slice(0, PAGE));
		const pages = page.getByRole('navigation', { name: 'Pages of the accounts table' });
		await expect(pages.getByRole('link').allTextContents()).resolves.toEqual(['1', '2', '3']);
		await expect(pages.getByRole('link', { name: '1' }).getAttribute('aria-current')).resolves.toBe('page');
		await expect(page.getByRole('link', { name: 'All accounts as CSV (for spreadsheets)' }).getAttribute('href')).resolves.toBe('/data/accounts.csv');

		await pages.getByRole('link', { name: '3' }).click();
		await page.waitForURL(/\/accounts\/page\/3\/$/);
		await expect(rowNames(page)).resolves.toEqual(ordered.slice(2 * PAGE));
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('All accounts');
	});

	it('keeps the HTML to one page of rows', async () => {
		const html = await readFile(join(siteDir, 'accounts/index.html'), 'utf8');
		expect(html.match(/<tr/g)!.length).toBe(PAGE + 1);
	});

	it('with JavaScript: a filter runs over every account, renders one page of them and counts them all', async () => {
		const { page, problems } = await open('/accounts/');
		// The largest category: more accounts than one page holds.
		const category = portfolio.rollups.category.reduce((a, b) => (b.count > a.count ? b : a)).key;
		const named = defaultOrder(portfolio.accounts).filter((a) => a.category === category);
		expect(named.length).toBeGreaterThan(PAGE);
		await page.getByLabel('Category').selectOption(category);
		await expect.poll(() => page.getByRole('status').textContent()).toContain(`${named.length} of ${PLANS} accounts shown`);
		await expect.poll(() => rowNames(page)).toEqual(named.slice(0, PAGE).map((a) => a.name));
		const pages = page.getByRole('navigation', { name: 'Pages of the accounts table' });
		await expect(pages.getByText(`Page 1 of ${Math.ceil(named.length / PAGE)}`).isVisible()).resolves.toBe(true);

		await pages.getByRole('link', { name: 'Next page' }).click();
		await expect.poll(() => rowNames(page)).toEqual(named.slice(PAGE, 2 * PAGE).map((a) => a.name));
		expect(new URL(page.url()).search).toBe(`?category=${category}&page=2`);
		expect(problems).toEqual([]);
	});

	it('with JavaScript: sorting covers every account, not only the rows on the page', async () => {
		const { page } = await open('/accounts/');
		const table = page.getByRole('table', { name: 'All accounts' });
		await table.getByRole('button', { name: 'Current value' }).click();
		await table.getByRole('button', { name: 'Current value' }).click();
		await expect(table.getByRole('columnheader', { name: 'Current value' }).getAttribute('aria-sort')).resolves.toBe('descending');
		const top = Math.max(...portfolio.accounts.map((a) => a.frontmatter.value.current));
		await expect.poll(() => table.locator('tbody tr td:nth-child(8)').first().getAttribute('data-sort')).toBe(String(top));
		await expect.poll(() => bodyRows(page).count()).toBe(PAGE);
	});

	it('a shared address opens the same view, page included', async () => {
		const byHealth = [...portfolio.accounts].sort((a, b) => a.health.score - b.health.score || defaultOrder(portfolio.accounts).indexOf(a) - defaultOrder(portfolio.accounts).indexOf(b));
		const { page } = await open('/accounts/?sort=health&dir=asc&page=2');
		await expect.poll(() => rowNames(page)).toEqual(byHealth.slice(PAGE, 2 * PAGE).map((a) => a.name));
		await expect(page.getByRole('columnheader', { name: 'Health' }).getAttribute('aria-sort')).resolves.toBe('ascending');
	});

	describe('the whitespace map pages the same way', () => {
		const mapTable = (page: Page) => page.getByRole('table', { name: 'Whitespace: product lines × accounts' });
		const mapNames = (page: Page) => mapTable(page).locator('tbody > tr th a').allTextContents();
		const mapped = () => whitespaceOrder(portfolio.accounts);

		it('without JavaScript: 200 rows a page, the most wallet at stake first, with links to every page', async () => {
			const ordered = mapped().map((a) => a.name);
			expect(ordered.length).toBeGreaterThan(PAGE);
			const { page } = await open('/whitespace/', { javaScriptEnabled: false });
			await expect(mapNames(page)).resolves.toEqual(ordered.slice(0, PAGE));
			const pages = page.getByRole('navigation', { name: 'Pages of the whitespace map' });
			const count = Math.ceil(ordered.length / PAGE);
			await expect(pages.getByRole('link').allTextContents()).resolves.toEqual(Array.from({ length: count }, (_, i) => String(i + 1)));
			await pages.getByRole('link', { name: '2' }).click();
			await page.waitForURL(/\/whitespace\/page\/2\/$/);
			await expect(mapNames(page)).resolves.toEqual(ordered.slice(PAGE, 2 * PAGE));
			const html = await readFile(join(siteDir, 'whitespace/index.html'), 'utf8');
			// One page of rows, a header row and the totals row.
			expect(html.match(/<tr/g)!.length).toBe(PAGE + 2);
		});

		it('with JavaScript: a filter and a sort run over every row of the map, one page drawn', async () => {
			const { page, problems } = await open('/whitespace/');
			const tier = portfolio.rollups.tier.filter((r) => mapped().some((a) => a.tier === r.key)).reduce((a, b) => (b.count > a.count ? b : a)).key;
			const inTier = mapped().filter((a) => a.tier === tier);
			await page.getByLabel('Tier').selectOption(tier);
			await expect.poll(() => page.getByRole('status').textContent()).toContain(`${inTier.length} of ${mapped().length}`);
			await expect.poll(() => mapNames(page)).toEqual(inTier.slice(0, PAGE).map((a) => a.name));

			await page.getByLabel('Tier').selectOption('*');
			const table = mapTable(page);
			await table.getByRole('button', { name: 'Wallet at stake' }).click();
			await expect(table.getByRole('columnheader', { name: 'Wallet at stake' }).getAttribute('aria-sort')).resolves.toBe('ascending');
			// Ascending: the row with the least at stake over the whole map, not only the first page.
			const least = Math.min(...mapped().map((a) => a.whitespaceWallet));
			await expect.poll(() => table.locator('tbody tr td:nth-child(5)').first().getAttribute('data-sort')).toBe(String(least));
			await expect.poll(() => mapTable(page).locator('tbody > tr').count()).toBe(PAGE);
			expect(new URL(page.url()).search).toBe('?sort=whitespace&dir=asc');
			expect(problems).toEqual([]);
		});
	});
});
