/**
 * `/resources/` and `/scorecards/` in real Chromium on the built sample site:
 * filters kept in the URL, sorting, the links behind each figure, and no
 * accessibility violations. Expected rows are counted here from the plans.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Portfolio } from '../../src/lib/engine/types.ts';
import { describeViolations, runAxe } from '../helpers/axe.ts';
import { hasChromium } from '../helpers/browser.ts';
import { samplePortfolio } from '../helpers/page-guard.ts';
import { siteSession } from '../helpers/site-session.ts';

describe.skipIf(!hasChromium())('the resources and the scorecards pages', () => {
	let portfolio: Portfolio;
	const site = siteSession(() => inject('sampleSiteDir'));
	const open = async (path: string): Promise<Page> => (await site.open(path)).page;
	const rowsOf = (page: Page, name: string) => page.getByRole('table', { name, exact: true }).locator('tbody > tr').filter({ visible: true });

	beforeAll(async () => {
		portfolio = await samplePortfolio();
	});

	const requests = () => portfolio.accounts.flatMap((a) => (a.frontmatter.resources ?? []).map((r, i) => ({ account: a, resource: r, view: a.resources[i]! })));

	it('/resources/ lists every request, filters by function and status, and keeps the filters in the URL', async () => {
		const page = await open('/resources/');
		await expect(rowsOf(page, 'Every request').count()).resolves.toBe(requests().length);
		await page.getByRole('combobox', { name: 'Function' }).selectOption('finance');
		const finance = requests().filter((r) => r.view.from === 'finance');
		expect(finance.length).toBeGreaterThan(1);
		await expect.poll(() => rowsOf(page, 'Every request').count()).toBe(finance.length);
		expect(new URL(page.url()).search).toBe('?function=finance');
		await page.getByRole('combobox', { name: 'Status' }).selectOption('declined');
		await expect.poll(() => rowsOf(page, 'Every request').count()).toBe(finance.filter((r) => r.view.status === 'declined').length);
		const late = await open('/resources/?status=requested');
		await expect.poll(() => rowsOf(late, 'Every request').count()).toBe(requests().filter((r) => r.view.status === 'requested').length);
		await expect(rowsOf(late, 'Every request').getByText('Late', { exact: true }).count()).resolves.toBe(requests().filter((r) => r.view.late).length);
	});

	it('/scorecards/ sorts the account managers by score, both ways', async () => {
		const page = await open('/scorecards/');
		const header = page.getByRole('table', { name: 'Account managers', exact: true }).getByRole('columnheader', { name: 'Score' });
		await header.getByRole('button').click();
		await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
		await header.getByRole('button').click();
		await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
		const scores = portfolio.scorecards.people.map((p) => p.score ?? -1).sort((a, b) => b - a);
		const shown = await rowsOf(page, 'Account managers').locator('td:last-child').allTextContents();
		expect(shown.map((text) => (text.trim() === '—' ? -1 : Number(text)))).toEqual(scores);
	});

	it('/scorecards/ links each figure to the person\u2019s explanation, which lists the plans behind it', async () => {
		const page = await open('/scorecards/');
		const first = portfolio.scorecards.people[0]!;
		await rowsOf(page, 'Account managers').first().getByRole('link', { name: /%|—/ }).first().click();
		await page.waitForURL(`**/owners/${first.person}/#kpi-revenue-vs-target`);
		const explanation = page.locator('#kpi-revenue-vs-target');
		await expect(explanation.getByRole('link').count()).resolves.toBe(first.kpis['revenue-vs-target'].slugs.length);
	});

	it.each(['/resources/?tier=major', '/scorecards/'])('%s has no accessibility violations', async (path) => {
		const page = await open(path);
		await page.waitForSelector('form[data-account-filters]:not([hidden])');
		const violations = await runAxe(page);
		expect(violations, describeViolations(violations).join('\n')).toEqual([]);
	});
});
