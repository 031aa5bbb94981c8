/**
 * Visit reports in real Chromium on the built sample site: the plan page
 * lists its visits latest first with their outcome and links the visit
 * brief; the brief prints on one A4 page for every sample plan (the PDF's
 * page count, as print.test.ts counts them); /visits/ filters by owner; the
 * owner page lists the person's visits. Expected values come from the files
 * in content/visits/, as of 2026-11-22.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Portfolio } from '../../src/lib/engine/types.ts';
import { hasChromium } from '../helpers/browser.ts';
import { samplePortfolio } from '../helpers/page-guard.ts';
import { pdfPageCount } from '../helpers/pdf.ts';
import { siteSession } from '../helpers/site-session.ts';

describe.skipIf(!hasChromium())('visits in the portal', () => {
	let portfolio: Portfolio;
	const site = siteSession(() => inject('sampleSiteDir'));
	const open = async (path: string): Promise<Page> => (await site.open(path)).page;

	beforeAll(async () => {
		portfolio = await samplePortfolio();
	});

	it('the plan page lists the visits latest first with their outcome, and links the visit brief', async () => {
		const page = await open('/accounts/yangtze-hydropower-development/');
		const section = page.getByRole('region', { name: 'Visits' });
		await expect(section.getByRole('heading', { level: 3 }).allTextContents()).resolves.toEqual([
			'Jan 12, 2027 · Visit: Executive visit to restart the relationship with Tang Jianguo before the 2027 budget',
			'Nov 3, 2026 · Visit: Review the Baihe camp extension with procurement and the site engineering lead',
		]);
		await expect(section.getByText('Procurement will add 120 dormitory units', { exact: false }).count()).resolves.toBe(1);
		await expect(section.getByRole('link', { name: 'Prepare the next visit: the visit brief' }).getAttribute('href')).resolves.toBe('/accounts/yangtze-hydropower-development/visit/');
	});

	it("the plan's actions include a visit's next steps, marked with the visit they came from", async () => {
		const page = await open('/accounts/yangtze-hydropower-development/');
		const milestones = page.getByRole('region', { name: 'Action plan milestones' });
		const step = milestones.getByRole('rowheader', { name: /Send the revised quotation for the Baihe extension/ });
		await expect(step.getByRole('link', { name: 'from the visit of Nov 3, 2026' }).getAttribute('href')).resolves.toBe(
			'/accounts/yangtze-hydropower-development/#visit-2026-11-03-baihe-camp-review',
		);
	});

	it('the visit brief prints on one A4 page for every sample plan', async () => {
		const counts: Record<string, number> = {};
		for (const account of portfolio.accounts) {
			const page = await open(`/accounts/${account.slug}/visit/`);
			await page.emulateMedia({ media: 'print' });
			counts[account.slug] = pdfPageCount(await page.pdf({ format: 'A4' }));
		}
		expect(Object.keys(counts).length).toBe(portfolio.accounts.length);
		expect(Object.entries(counts).filter(([, pages]) => pages !== 1)).toEqual([]);
	});

	it('the brief names whom the next planned visit meets and what the last visit left open', async () => {
		const page = await open('/accounts/yangtze-hydropower-development/visit/');
		const people = page.getByRole('region', { name: 'Whom we will meet' });
		await expect(people.getByRole('rowheader').allTextContents()).resolves.toEqual([expect.stringContaining('Tang Jianguo'), expect.stringContaining('Luo Mei')]);
		const last = page.getByRole('region', { name: 'What the last visits agreed' });
		await expect(last.getByText('Send the revised quotation for the Baihe extension', { exact: false }).count()).resolves.toBe(1);
	});

	it('/visits/ lists the accounts overdue for a visit and filters every table by owner', async () => {
		const page = await open('/visits/');
		const overdue = page.getByRole('table', { name: 'Overdue for a visit' });
		// yuegang-property-group (major, last done visit 2026-09-25) is overdue; huajian-construction-group is not.
		await expect(overdue.getByRole('rowheader').allTextContents()).resolves.toContain('粤港置业集团');
		const visits = page.getByRole('table', { name: 'Planned and recent visits' });
		await expect(visits.locator('tbody > tr').count()).resolves.toBe(10);
		await page.getByRole('combobox', { name: 'Owner' }).selectOption('liu-yang');
		// Liu Yang owns qinling-tunnel-bridge and tianshan-mining-services: one visit each.
		await expect.poll(() => visits.locator('tbody > tr').count()).toBe(2);
		await expect.poll(() => page.url()).toContain('owner=liu-yang');
		await expect(overdue.locator('tbody > tr').filter({ visible: true }).count()).resolves.toBe(0);
	});

	it("the owner page lists the person's visits of the last 90 days and those planned", async () => {
		const page = await open('/owners/chen-jie/');
		const section = page.getByRole('region', { name: 'Visits' });
		await expect(section.getByRole('row').filter({ has: page.getByRole('rowheader') }).count()).resolves.toBe(2);
	});
});
