/**
 * The portal in real Chromium on the built sample site: every page type
 * renders what the engine computed, the charts draw, the accounts filters
 * change the table and the URL, printing drops the chrome, and no request
 * leaves 127.0.0.1.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Portfolio } from '../../src/lib/engine/types.ts';
import { skipBrowserTests } from '../helpers/browser.ts';
import { drawAllCharts, type GuardedPage, paintedShare, samplePortfolio, settledCanvas } from '../helpers/page-guard.ts';
import { siteSession } from '../helpers/site-session.ts';

/** One page of each type, with the name its main heading has. */
const PAGE_TYPES = [
	{ type: 'dashboard', path: '/', h1: 'Portfolio dashboard' },
	{ type: 'accounts', path: '/accounts/', h1: 'All accounts' },
	{ type: 'plan', path: '/accounts/huajian-construction-group/', h1: '华建建设集团有限公司' },
	{ type: 'owner', path: '/owners/li-wei/', h1: 'Portfolio of 李伟' },
	{ type: 'tiers', path: '/tiers/', h1: 'Tiers' },
	{ type: 'tier', path: '/tiers/major/', h1: 'Major accounts' },
	{ type: 'group', path: '/groups/huajian-construction-group/', h1: '华建建设集团有限公司 group' },
	{ type: 'reviews', path: '/reviews/', h1: 'Review calendar' },
	{ type: 'report', path: '/reports/progress/', h1: 'Progress report on major accounts' },
	{ type: 'whitespace', path: '/whitespace/', h1: 'Whitespace: product lines × accounts' },
	{ type: 'cycle', path: '/cycle/', h1: 'Planning cycle 2027' },
	{ type: 'applications', path: '/applications/', h1: 'Applications for new key accounts' },
] as const;

const bodyRows = (page: Page, table: string) => page.getByRole('table', { name: table, exact: true }).locator('tbody > tr');

describe.skipIf(skipBrowserTests())('portal pages on the sample site', () => {
	let portfolio: Portfolio;

	const site = siteSession(() => inject('sampleSiteDir'));
	const open = (path: string, options = {}): Promise<GuardedPage> => site.open(path, options);

	beforeAll(async () => {
		portfolio = await samplePortfolio();
	});


	describe.each(PAGE_TYPES)('$type page ($path)', ({ path, h1 }) => {
		it('renders in the site layout, noindex, under a CSP, with nothing loaded from another host and no errors', async () => {
			const { page, requests, problems } = await open(path);
			await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(h1);
			expect(await page.getAttribute('html', 'lang')).toBe('en');
			expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
			const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
			expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
			expect(csp).not.toContain('unsafe-inline');
			await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents()).resolves.toEqual(
				expect.arrayContaining(['Dashboard', 'Accounts', 'Reviews', 'Tiers', 'Search']),
			);
			await expect(page.getByRole('search').getByRole('searchbox', { name: 'Search plans' }).count()).resolves.toBe(1);
			expect(await page.getAttribute('form[role="search"]', 'action')).toBe('/search/');
			await expect(page.getByRole('main').count()).resolves.toBe(1);
			await expect(page.getByRole('contentinfo').textContent()).resolves.toContain('Figures as of Nov 22, 2026');
			// Inline scripts would need 'unsafe-inline': every script is a file of this site.
			expect(await page.locator('script:not([src])').count()).toBe(0);
			// Nor are there style attributes in the page as served (Chart.js sizes its canvas through the CSSOM, which CSP allows).
			const served = await (await page.request.get(site.url + path)).text();
			expect(served).not.toMatch(/<[^>]+\sstyle=/);
			await drawAllCharts(page).catch(() => 0);
			expect(requests.filter((url) => !url.startsWith(`${site.url}/`))).toEqual([]);
			expect(problems).toEqual([]);
		});
	});

	it('dashboard: accounts per tier, headline figures, four kinds of chart with their tables, and the attention list', async () => {
		const { page } = await open('/');
		const tiers = page.getByRole('region', { name: 'Accounts per tier' });
		for (const rollup of portfolio.rollups.tier) {
			const label = { major: 'Major accounts', named: 'Named accounts', 'non-named': 'Non-named accounts', 'mass-market': 'Mass-market accounts' }[rollup.key as 'major'];
			await expect(tiers.getByRole('link', { name: label, exact: true }).getAttribute('href')).resolves.toBe(`/tiers/${rollup.key}/`);
			await expect(tiers.locator('.figure', { has: page.getByRole('link', { name: label, exact: true }) }).locator('dd').textContent()).resolves.toBe(String(rollup.count));
		}
		const figures = page.getByRole('region', { name: 'Headline figures' });
		await expect(figures.locator('.figure', { hasText: 'Overdue reviews' }).locator('dd').textContent()).resolves.toBe(String(portfolio.total.overdueReviews));
		await expect(figures.locator('.figure', { hasText: 'Overdue actions' }).locator('dd').textContent()).resolves.toBe(String(portfolio.total.overdueActions));
		// Money stays per currency: the sample has CNY and USD plans and no exchange rates.
		await expect(figures.locator('.figure', { hasText: 'Current value' }).locator('li').allTextContents()).resolves.toEqual(['CN¥39.8M', '$1.2M']);

		const charts = ['Tier pyramid', 'Value quadrant', 'Revenue and 5-year forecast by tier, CNY', 'Revenue and 5-year forecast by tier, USD', 'Reviews due per month'];
		for (const name of charts) {
			const figure = page.getByRole('figure', { name, exact: true });
			await expect(figure.getByRole('img').count(), name).resolves.toBe(1);
			await expect(figure.getByRole('img').getAttribute('aria-label')).resolves.toContain(name);
			// The numbers are in a table behind a disclosure.
			await expect(figure.getByRole('table', { name, exact: true, includeHidden: true }).count(), name).resolves.toBe(1);
			await figure.getByText('Show the numbers').click();
			await expect(figure.getByRole('table', { name, exact: true }).isVisible(), name).resolves.toBe(true);
		}
		// Series are named in an HTML legend beside the chart, readable before it draws.
		await expect(page.getByRole('figure', { name: 'Reviews due per month' }).getByRole('listitem').allInnerTexts()).resolves.toEqual(['Plan reviews', 'Collective reviews', 'Progress report']);
		await expect(page.getByRole('figure', { name: 'Tier pyramid' }).getByRole('list').count()).resolves.toBe(0);
		// Every account in the quadrant table links to its plan.
		const quadrantTable = page.getByRole('figure', { name: 'Value quadrant' }).getByRole('table');
		await expect(quadrantTable.locator('tbody tr').count()).resolves.toBe(portfolio.accounts.length);
		await expect(quadrantTable.getByRole('link', { name: '华建建设集团有限公司' }).getAttribute('href')).resolves.toBe('/accounts/huajian-construction-group/');

		const attention = bodyRows(page, 'Needs attention now');
		await expect(attention.count()).resolves.toBe(Math.min(30, portfolio.attention.length));
		const first = portfolio.bySlug.get(portfolio.attention[0]!.slug)!;
		await expect(attention.first().getByRole('link').first().textContent()).resolves.toBe(first.name);
	});

	it('dashboard: every chart draws on its canvas', async () => {
		const { page } = await open('/');
		const count = await drawAllCharts(page);
		// Pyramid, quadrant, forecast, reviews, and share by product line (the sample policy lists product lines).
		expect(count).toBe(6);
		for (let i = 0; i < count; i++) expect(await paintedShare(page, `:nth-match(canvas[data-chart], ${i + 1})`)).toBeGreaterThan(0.01);
	});

	it('dashboard: charts load only as they come near the viewport', async () => {
		const { page, requests } = await open('/', { viewport: { width: 390, height: 700 } });
		// Everything the first screen asks for has loaded and drawn: nothing more is on its way.
		await page.waitForLoadState('networkidle');
		const drawnAtFirst = await page.locator('canvas[data-drawn="true"]').count();
		expect(drawnAtFirst).toBeLessThan(6);
		await drawAllCharts(page);
		await expect(page.locator('canvas[data-drawn="true"]').count()).resolves.toBe(6);
		expect(requests.filter((url) => /\/_astro\/draw\.[\w-]+\.js$/.test(url))).toHaveLength(1);
	});

	it('dashboard: a dot of the value quadrant opens its plan', async () => {
		const { page } = await open('/');
		const canvas = page.locator('#chart-quadrant canvas');
		await canvas.scrollIntoViewIfNeeded();
		await page.waitForSelector('#chart-quadrant canvas[data-drawn="true"]');
		await settledCanvas(page, '#chart-quadrant canvas');
		// Find a major account's dot (a purple diamond) among the canvas pixels, then click it.
		const box = (await canvas.boundingBox())!;
		const hit = await page.evaluate((width) => {
			const canvas = document.querySelector<HTMLCanvasElement>('#chart-quadrant canvas')!;
			const scale = canvas.width / width;
			const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
			for (let i = 0; i < data.length; i += 4) {
				if (data[i] === 0x6a && data[i + 1] === 0x2c && data[i + 2] === 0x9b) {
					const pixel = i / 4;
					return { x: (pixel % canvas.width) / scale, y: Math.floor(pixel / canvas.width) / scale };
				}
			}
			return undefined;
		}, box.width);
		expect(hit).toBeDefined();
		await Promise.all([page.waitForURL(/\/accounts\/[a-z0-9-]+\/$/), page.mouse.click(box.x + hit!.x, box.y + hit!.y + 3)]);
		const slug = new URL(page.url()).pathname.split('/')[2]!;
		expect(portfolio.bySlug.get(slug)?.tier).toBe('major');
	});

	it('accounts: one row per account, each linking to its plan', async () => {
		const { page } = await open('/accounts/');
		const rows = bodyRows(page, 'All accounts');
		await expect(rows.count()).resolves.toBe(portfolio.accounts.length);
		for (const account of portfolio.accounts) {
			await expect(page.getByRole('table', { name: 'All accounts' }).getByRole('link', { name: account.name, exact: true }).getAttribute('href')).resolves.toBe(
				`/accounts/${account.slug}/`,
			);
		}
	});

	it('accounts: filters narrow the table live and are kept in the URL', async () => {
		const { page } = await open('/accounts/');
		const rows = bodyRows(page, 'All accounts');
		const visible = () => rows.filter({ visible: true }).count();
		await page.getByLabel('Tier').selectOption('major');
		await expect(visible()).resolves.toBe(portfolio.accounts.filter((a) => a.tier === 'major').length);
		expect(new URL(page.url()).search).toBe('?tier=major');
		await expect(page.getByRole('status').textContent()).resolves.toContain(`${portfolio.accounts.filter((a) => a.tier === 'major').length} of ${portfolio.accounts.length}`);

		await page.getByLabel('Review status').selectOption('overdue');
		const both = portfolio.accounts.filter((a) => a.tier === 'major' && a.review.status === 'overdue');
		await expect(visible()).resolves.toBe(both.length);
		expect(new URL(page.url()).searchParams.get('review')).toBe('overdue');
		await expect(rows.filter({ visible: true }).getByRole('link').first().textContent()).resolves.toBe(both[0]!.name);

		await page.getByLabel('Owner').selectOption('xu-ting');
		await expect(visible()).resolves.toBe(0);
		await expect(page.getByText('No account matches these filters.').isVisible()).resolves.toBe(true);

		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect.poll(visible).toBe(portfolio.accounts.length);
		expect(new URL(page.url()).search).toBe('');
	});

	it('accounts: every column sorts, both ways, and the order is kept in the URL', async () => {
		const { page } = await open('/accounts/');
		const table = page.getByRole('table', { name: 'All accounts' });
		await table.getByRole('button', { name: 'Current value' }).click();
		await expect(table.getByRole('columnheader', { name: 'Current value' }).getAttribute('aria-sort')).resolves.toBe('ascending');
		const ascending = await table.locator('tbody tr td:nth-child(8)').evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset.sort)));
		expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
		await table.getByRole('button', { name: 'Current value' }).click();
		await expect(table.getByRole('columnheader', { name: 'Current value' }).getAttribute('aria-sort')).resolves.toBe('descending');
		const descending = await table.locator('tbody tr td:nth-child(8)').evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset.sort)));
		expect(descending).toEqual([...ascending].reverse());
		expect(new URL(page.url()).search).toBe('?sort=current&dir=desc');
		const top = [...portfolio.accounts].sort((a, b) => b.frontmatter.value.current - a.frontmatter.value.current)[0]!;
		await expect(table.locator('tbody tr').first().getByRole('link').first().textContent()).resolves.toBe(top.name);

		// Every column, both ways: the header says so, the URL keeps it, and the rows follow the cells' sort keys.
		const headers = table.locator('thead th');
		const count = await headers.count();
		expect(count).toBeGreaterThan(5);
		for (let i = 0; i < count; i++) {
			const header = headers.nth(i);
			const column = await header.getAttribute('data-column');
			const keys = () => table.locator(`tbody tr > :nth-child(${i + 1})`).evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.sort ?? ''));
			const numeric = (list: string[]) => list.every((key) => key === '' || !Number.isNaN(Number(key)));
			const inOrder = (list: string[]) => {
				const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
				const compare = (a: string, b: string) => (numeric(list) ? Number(a) - Number(b) : collator.compare(a, b));
				return list.every((key, k) => k === 0 || compare(list[k - 1]!, key) <= 0);
			};
			// A column already sorted ascending turns descending on the first click.
			if ((await header.getAttribute('aria-sort')) === 'ascending') await header.getByRole('button').click();
			await header.getByRole('button').click();
			await expect(header.getAttribute('aria-sort'), `${column} ascending`).resolves.toBe('ascending');
			const up = await keys();
			expect(new Set(up).size, `${column} has different values to sort`).toBeGreaterThan(1);
			expect(inOrder(up), `${column} ascending: ${up.join(', ')}`).toBe(true);
			expect(new URL(page.url()).search).toBe(`?sort=${column}&dir=asc`);
			await header.getByRole('button').click();
			await expect(header.getAttribute('aria-sort'), `${column} descending`).resolves.toBe('descending');
			const down = await keys();
			expect(down, `${column} descending`).toEqual([...up].reverse());
			expect(new URL(page.url()).search).toBe(`?sort=${column}&dir=desc`);
		}
	});

	it('accounts: a shared address opens the same view', async () => {
		const { page } = await open('/accounts/?tier=named&sort=current&dir=desc');
		const rows = bodyRows(page, 'All accounts').filter({ visible: true });
		const named = portfolio.accounts.filter((a) => a.tier === 'named').sort((a, b) => b.frontmatter.value.current - a.frontmatter.value.current);
		// The page's HTML holds the first page of all accounts; the script then applies the address's filters.
		await expect.poll(() => rows.count()).toBe(named.length);
		await expect(page.getByLabel('Tier').inputValue()).resolves.toBe('named');
		await expect(rows.first().getByRole('link').first().textContent()).resolves.toBe(named[0]!.name);
	});

	it('accounts: without JavaScript the table is complete and the tier pages are offered instead of filters', async () => {
		const { page, requests } = await open('/accounts/', { javaScriptEnabled: false });
		await expect(bodyRows(page, 'All accounts').count()).resolves.toBe(portfolio.accounts.length);
		await expect(bodyRows(page, 'All accounts').filter({ visible: true }).count()).resolves.toBe(portfolio.accounts.length);
		await expect(page.getByRole('group', { name: 'Filter accounts' }).isVisible()).resolves.toBe(false);
		await expect(page.getByRole('link', { name: 'Major accounts' }).getAttribute('href')).resolves.toBe('/tiers/major/');
		expect(requests.every((url) => url.startsWith(site.url))).toBe(true);
	});

	it('plan: header facts, structured blocks, the four parts and the group links', async () => {
		const { page } = await open('/accounts/huajian-construction-group/');
		const account = portfolio.bySlug.get('huajian-construction-group')!;
		const article = page.locator('article[data-pagefind-body]');
		await expect(page.locator('[data-pagefind-body]').count()).resolves.toBe(1);
		await expect(article.getByRole('link', { name: 'Major' }).getAttribute('href')).resolves.toBe('/tiers/major/');
		await expect(article.getByText('Key', { exact: true }).count()).resolves.toBeGreaterThan(0);
		await expect(page.locator('.facts').first().textContent()).resolves.toContain('李伟');
		await expect(page.locator('.facts').first().textContent()).resolves.toContain('张敏');
		await expect(page.locator('.health .score').textContent()).resolves.toBe(`${account.health.score} / 100`);
		for (const name of ['Value and share of wallet', 'Financials and forecast', 'Buying centre', 'Competitors', 'Group', 'Action plan milestones', '客户信息', '客户业绩', '竞争评估', '行动计划']) {
			await expect(page.getByRole('heading', { level: 2, name }).count(), name).resolves.toBe(1);
		}
		await expect(page.getByRole('heading', { level: 2, name: /^Plan health/ }).count()).resolves.toBe(1);
		// Each health item says how its points were earned.
		await expect(page.locator('.health-items li').count()).resolves.toBe(account.health.items.length);
		// The buying centre is grouped by role, deciders first.
		await expect(page.locator('.buying-centre .role-group h3').first().textContent()).resolves.toBe('Decider');
		await expect(page.locator('.buying-centre').textContent()).resolves.toContain('周国栋');
		// Overdue milestones are marked in text.
		const milestones = bodyRows(page, 'Action plan milestones');
		await expect(milestones.count()).resolves.toBe(account.actions.length);
		const overdue = account.actions.filter((a) => a.overdue);
		expect(overdue.length).toBeGreaterThan(0);
		await expect(milestones.filter({ hasText: 'Overdue' }).count()).resolves.toBe(overdue.length);
		await expect(page.getByRole('region', { name: 'Group' }).getByRole('link').allTextContents()).resolves.toEqual(
			expect.arrayContaining(['华建市政工程有限公司', '华建路桥工程有限公司']),
		);
		// The forecast chart draws.
		await drawAllCharts(page);
		expect(await paintedShare(page, 'canvas[data-chart]')).toBeGreaterThan(0.01);
	});

	it('plan: a lost account says when and why it was lost; a subsidiary links its parent', async () => {
		const lost = portfolio.accounts.find((a) => a.category === 'lost')!;
		const { page } = await open(`/accounts/${lost.slug}/`);
		await expect(page.getByRole('heading', { name: 'Lost account' }).count()).resolves.toBe(1);
		await expect(page.getByRole('region', { name: 'Lost account' }).textContent()).resolves.toContain(lost.frontmatter.lost!.reason);

		const { page: child } = await open('/accounts/huajian-road-bridge/');
		await expect(child.getByRole('region', { name: 'Group' }).getByRole('link', { name: '华建建设集团有限公司' }).first().getAttribute('href')).resolves.toBe(
			'/accounts/huajian-construction-group/',
		);
	});

	it('plan: printing leaves out the navigation, shows the chart data and keeps each part\'s heading with its text', async () => {
		const { page } = await open('/accounts/huajian-construction-group/');
		await drawAllCharts(page);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
		await expect(page.locator('.site-footer').isVisible()).resolves.toBe(false);
		// Every chart's data table (revenue, product lines) prints.
		const tables = page.getByRole('figure').getByRole('table');
		expect(await tables.count()).toBeGreaterThan(1);
		for (const table of await tables.all()) await expect(table.isVisible()).resolves.toBe(true);
		// The parts flow on (a page each left most pages half empty); a heading never ends a page.
		const breaks = await page.locator('.prose > h2').evaluateAll((headings) => headings.map((h) => [getComputedStyle(h).breakBefore, getComputedStyle(h).breakAfter]));
		expect(breaks).toEqual(Array(4).fill(['auto', 'avoid']));
		const pdf = await page.pdf();
		expect(pdf.byteLength).toBeGreaterThan(10_000);
	});

	it('owner: accounts by tier, coverage against policy, reviews and open actions', async () => {
		const { page } = await open('/owners/li-wei/');
		const owned = portfolio.accounts.filter((a) => a.frontmatter.owner === 'li-wei');
		await expect(page.locator('table.accounts-table tbody tr').count()).resolves.toBe(owned.length);
		const coverage = portfolio.coverage.filter((row) => row.owner === 'li-wei');
		await expect(bodyRows(page, 'Coverage against policy').count()).resolves.toBe(coverage.length);
		const reviews = portfolio.schedule.filter((e) => e.kind !== 'progress-report' && e.owner === 'li-wei');
		await expect(bodyRows(page, 'Reviews due').count()).resolves.toBe(reviews.length);
		const actions = portfolio.accounts.flatMap((a) => a.actions).filter((a) => a.open && a.owner === 'li-wei');
		await expect(bodyRows(page, 'Open actions').count()).resolves.toBe(actions.length);
	});

	it('tiers: the four tiers with their policy, and a page per tier with its accounts', async () => {
		const { page } = await open('/tiers/');
		await expect(page.getByRole('heading', { level: 2 }).allTextContents()).resolves.toEqual(['Major accounts', 'Named accounts', 'Non-named accounts', 'Mass-market accounts']);
		for (const rollup of portfolio.rollups.tier) {
			const { page: tierPage } = await open(`/tiers/${rollup.key}/`);
			await expect(tierPage.locator('table.accounts-table tbody tr').count()).resolves.toBe(rollup.count);
		}
	});

	it('groups: one page per parent account with the group rollup and its members', async () => {
		expect(portfolio.rollups.group.length).toBeGreaterThan(0);
		for (const rollup of portfolio.rollups.group) {
			const { page } = await open(`/groups/${rollup.key}/`);
			await expect(bodyRows(page, 'Accounts in the group').count()).resolves.toBe(rollup.slugs.length);
			await expect(page.locator('.figure', { hasText: 'Accounts' }).first().locator('dd').textContent()).resolves.toBe(String(rollup.count));
		}
	});

	it('reviews: overdue, due soon and upcoming in order, collective reviews and the progress report, and a calendar to subscribe to', async () => {
		const { page } = await open('/reviews/');
		const sections = [
			['Overdue', 'overdue'],
			['Due soon', 'due-soon'],
			['Upcoming', 'ok'],
		] as const;
		for (const [name, status] of sections) {
			const entries = portfolio.schedule.filter((e) => e.status === status);
			await expect(bodyRows(page, name).count(), name).resolves.toBe(entries.length);
			const dates = await bodyRows(page, name).locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
			expect(dates).toEqual(entries.map((e) => e.due));
		}
		await expect(page.getByText(/^Collective review:/).count()).resolves.toBe(portfolio.schedule.filter((e) => e.kind === 'collective').length);
		await expect(page.getByRole('link', { name: /^Progress report on major accounts/ }).getAttribute('href')).resolves.toBe('/reports/progress/');
		const subscribe = page.getByRole('link', { name: 'Subscribe to the calendar (iCalendar)' });
		await expect(subscribe.getAttribute('href')).resolves.toBe('/reviews.ics');
		const ics = await page.request.get(`${site.url}/reviews.ics`);
		expect(ics.status()).toBe(200);
		expect(await ics.text()).toContain('BEGIN:VCALENDAR');
	});

	it('progress report: every major account with its movement in the period', async () => {
		const { page } = await open('/reports/progress/');
		const rows = bodyRows(page, 'Summary');
		await expect(rows.count()).resolves.toBe(portfolio.progressReport.accounts.length);
		for (const row of portfolio.progressReport.accounts) {
			await expect(page.getByRole('table', { name: 'Summary' }).getByRole('link', { name: row.name }).count()).resolves.toBe(1);
		}
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(false);
	});
});
