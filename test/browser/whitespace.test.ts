/**
 * `/whitespace/` in real Chromium on the built sample site: the marked
 * whitespace cells, the order by wallet at stake, the filters kept in the
 * URL, sorting, and no accessibility violations. Expected figures are worked
 * out here from the plans' `products`, not taken from the engine.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Portfolio } from '../../src/lib/engine/types.ts';
import { describeViolations, runAxe } from '../helpers/axe.ts';
import { hasChromium } from '../helpers/browser.ts';
import { samplePortfolio } from '../helpers/page-guard.ts';
import { siteSession } from '../helpers/site-session.ts';

const TITLE = 'Whitespace: product lines × accounts';

describe.skipIf(!hasChromium())('the whitespace map (/whitespace/)', () => {
	let portfolio: Portfolio;

	/** Plans that list product lines, with the spend on lines where they buy and we sell nothing. */
	const listed = () =>
		portfolio.accounts
			.filter((a) => (a.frontmatter.products ?? []).length > 0)
			.map((a) => {
				const whitespace = (a.frontmatter.products ?? []).filter((p) => p.wallet > 0 && p.current === 0);
				return { account: a, whitespaceLines: whitespace.length, atStake: whitespace.reduce((sum, p) => sum + p.wallet, 0) };
			});

	const site = siteSession(() => inject('sampleSiteDir'));
	const open = async (path: string): Promise<Page> => (await site.open(path)).page;

	const table = (page: Page) => page.getByRole('table', { name: TITLE, exact: true });
	const visibleRows = (page: Page) => table(page).locator('tbody > tr').filter({ visible: true });

	beforeAll(async () => {
		portfolio = await samplePortfolio();
	});


	it('lists every plan with product lines, the most wallet at stake first', async () => {
		const page = await open('/whitespace/');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(TITLE);
		const expected = listed().sort((a, b) => b.atStake - a.atStake || (a.account.name < b.account.name ? -1 : 1));
		expect(expected.length).toBeGreaterThan(3);
		await expect(visibleRows(page).getByRole('rowheader').allTextContents()).resolves.toEqual(expected.map((e) => e.account.name));
	});

	it('marks each whitespace cell in words, with the spend at stake', async () => {
		const page = await open('/whitespace/');
		const marked = table(page).locator('tbody').getByRole('cell', { name: /^Whitespace\b/ });
		const total = listed().reduce((sum, e) => sum + e.whitespaceLines, 0);
		expect(total).toBeGreaterThan(0);
		await expect(marked.count()).resolves.toBe(total);
		// The row with the most at stake: its marked cells name the amounts of its whitespace lines.
		const top = listed().sort((a, b) => b.atStake - a.atStake)[0]!;
		const row = table(page).getByRole('row', { name: new RegExp(`^${top.account.name}`) });
		const texts = await row.getByRole('cell', { name: /^Whitespace\b/ }).allTextContents();
		const amounts = texts.map((text) => Number(text.replace(/[^\d]/g, '')));
		const lines = (top.account.frontmatter.products ?? []).filter((p) => p.wallet > 0 && p.current === 0).map((p) => p.wallet);
		expect(amounts.sort()).toEqual(lines.sort());
	});

	it('filters by tier and region, keeps the filters in the URL, and opens a shared address the same way', async () => {
		const page = await open('/whitespace/');
		await page.getByLabel('Tier').selectOption('major');
		const majors = listed().filter((e) => e.account.tier === 'major');
		await expect.poll(() => visibleRows(page).count()).toBe(majors.length);
		expect(new URL(page.url()).search).toBe('?tier=major');
		await page.getByLabel('Region').selectOption('south-china');
		const both = majors.filter((e) => e.account.region?.id === 'south-china');
		await expect.poll(() => visibleRows(page).count()).toBe(both.length);
		expect(new URL(page.url()).searchParams.get('region')).toBe('south-china');

		const shared = await open('/whitespace/?region=east-china');
		// East China is written `East China` and `华东` in the plans: one region.
		const east = listed().filter((e) => ['East China', '华东'].includes(e.account.frontmatter.region ?? ''));
		await expect.poll(() => visibleRows(shared).count()).toBe(east.length);
		await expect(shared.getByLabel('Region').inputValue()).resolves.toBe('east-china');
	});

	it('sorts by a product line column, both ways', async () => {
		const page = await open('/whitespace/');
		const header = table(page).getByRole('columnheader', { name: 'Modular site housing' });
		await header.getByRole('button').click();
		await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
		await header.getByRole('button').click();
		await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
		expect(new URL(page.url()).searchParams.get('sort')).toBe('line-modular-housing');
		const column = (await table(page).locator('thead th').allTextContents()).findIndex((text) => text.trim() === 'Modular site housing');
		const keys = await table(page)
			.locator(`tbody tr > :nth-child(${column + 1})`)
			.evaluateAll((cells) => cells.map((cell) => Number((cell as HTMLElement).dataset.sort)));
		expect(keys).toEqual([...keys].sort((a, b) => b - a));
	});

	it('shows column totals per product line', async () => {
		const page = await open('/whitespace/');
		const footer = table(page).locator('tfoot tr');
		await expect(footer.getByRole('rowheader').textContent()).resolves.toBe('All accounts');
		const housing = listed().filter((e) => (e.account.frontmatter.products ?? []).some((p) => ['modular-housing', '活动板房', 'Modular site housing'].includes(p.line) && p.wallet > 0 && p.current === 0));
		await expect(footer.locator('td').nth(1).textContent()).resolves.toContain(`${housing.length} whitespace`);
	});

	it('has no accessibility violations', async () => {
		const page = await open('/whitespace/?tier=major');
		await page.waitForSelector('form[data-account-filters]:not([hidden])');
		const violations = await runAxe(page);
		expect(violations, describeViolations(violations).join('\n')).toEqual([]);
	});
});
