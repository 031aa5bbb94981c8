/**
 * `/cycle/`, `/applications/`, the dashboard's cycle card and the plan page's
 * cards in real Chromium on the built sample site (as of 2026-11-22, the 2027
 * cycle open since 2026-10-01). Elements are found by role; expected values
 * are read off the sample plans by hand.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hasChromium } from '../helpers/browser.ts';
import { siteSession } from '../helpers/site-session.ts';

describe.skipIf(!hasChromium())('the management cycle pages', () => {
	const site = siteSession(() => inject('sampleSiteDir'));
	const open = async (path: string): Promise<Page> => (await site.open(path)).page;

	it('/cycle/ lists every plan of the cycle with its status and who still has to sign', async () => {
		const page = await open('/cycle/');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Planning cycle 2027');
		const table = page.getByRole('table', { name: 'Every plan of the cycle', exact: true });
		// 4 major and 6 named plans; the two 2027 plans come last: in review, then signed off.
		await expect(table.locator('tbody > tr').count()).resolves.toBe(10);
		const names = await table.getByRole('rowheader').allTextContents();
		expect(names.slice(-2)).toEqual(['Qinling Tunnel and Bridge Engineering Co.', '粤港置业集团']);
		const qinling = table.getByRole('row', { name: /^Qinling Tunnel/ });
		await expect(qinling.getByRole('cell').allTextContents()).resolves.toEqual(expect.arrayContaining(['In review', '孙丽']));
		const yuegang = table.getByRole('row', { name: /^粤港置业集团/ });
		await expect(yuegang.getByRole('cell').allTextContents()).resolves.toEqual(expect.arrayContaining(['Signed off', 'Nobody']));
		await expect(page.getByRole('heading', { name: '1 of 10 plans signed off' }).count()).resolves.toBe(1);
		await expect(page.getByRole('table', { name: 'By owner', exact: true }).getByRole('row', { name: /^王芳/ }).getByRole('cell').allTextContents()).resolves.toEqual(['2', '1', '0', '0', '1', '0']);
	});

	it('the dashboard shows the cycle while it runs, and the plan page its status', async () => {
		const dashboard = await open('/');
		const card = dashboard.getByRole('region', { name: 'Planning cycle 2027' });
		await expect(card.getByRole('progressbar').getAttribute('value')).resolves.toBe('1');
		await expect(card.getByRole('link', { name: 'Where every plan stands' }).getAttribute('href')).resolves.toBe('/cycle/');
		const plan = await open('/accounts/qinling-tunnel-bridge/');
		const section = plan.getByRole('region', { name: 'Planning cycle 2027' });
		await expect(section.textContent()).resolves.toContain('In review');
		await expect(section.getByRole('link', { name: '孙丽' }).getAttribute('href')).resolves.toBe('/owners/sun-li/');
	});

	it('/applications/ lists the pending application with its age, then the decided ones, and the pipeline totals', async () => {
		const page = await open('/applications/');
		const pending = page.getByRole('table', { name: 'Waiting for a decision', exact: true });
		await expect(pending.getByRole('rowheader').allTextContents()).resolves.toEqual(['鹏城会展服务有限公司']);
		// Proposed 2026-10-26, 27 days before 2026-11-22; payback 180,000 / 640,000 = 0.28 years.
		await expect(pending.getByRole('cell').allTextContents()).resolves.toEqual(expect.arrayContaining(['27 days', '0.28 years']));
		const decided = page.getByRole('table', { name: 'Decided', exact: true });
		await expect(decided.getByRole('rowheader').allTextContents()).resolves.toEqual(['厦门鹭岛建筑劳务有限公司', 'Hulunbuir Open-pit Mining Co.', 'Lijiang Homestay Builders Cooperative']);
		// The pipeline: pending 3,200,000 and approved 4,500,000.
		const pipeline = page.getByRole('region', { name: 'Pipeline: pending and approved applications' });
		await expect(pipeline.textContent()).resolves.toContain('CN¥7,700,000');
	});

	it('the plan page of an applicant shows its application', async () => {
		const page = await open('/accounts/hulunbuir-open-pit-mining/');
		const section = page.getByRole('region', { name: 'Application to develop as a key account' });
		await expect(section.textContent()).resolves.toContain('Approved on Sep 18, 2026');
		await expect(section.textContent()).resolves.toContain('0.26 years');
	});
});
