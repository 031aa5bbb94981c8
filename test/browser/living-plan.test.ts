/**
 * The living plan in real Chromium on the built sample site: the objectives
 * block, the review history, the org chart and coverage, the review pack (and
 * that it prints on at most two A4 pages), and the links to the pack. Elements
 * are found by role; expected values come from the engine's view of the sample.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Portfolio } from '../../src/lib/engine/types.ts';
import { hasChromium } from '../helpers/browser.ts';
import { samplePortfolio } from '../helpers/page-guard.ts';
import { pdfPageCount } from '../helpers/pdf.ts';
import { siteSession } from '../helpers/site-session.ts';

const STATUS_LABEL = { achieved: 'Achieved', missed: 'Missed', behind: 'Behind', 'on-track': 'On track' } as const;

describe.skipIf(!hasChromium())('living plan pages on the sample site', () => {
	let portfolio: Portfolio;

	const site = siteSession(() => inject('sampleSiteDir'));
	const open = async (path: string, options = {}): Promise<Page> => (await site.open(path, options)).page;

	beforeAll(async () => {
		portfolio = await samplePortfolio();
	});


	it('plan: the objectives block shows each objective with its progress as a bar and as text, its status and the actions that serve it', async () => {
		const account = portfolio.bySlug.get('yangtze-hydropower-development')!;
		const page = await open('/accounts/yangtze-hydropower-development/');
		const list = page.getByRole('list', { name: 'Objectives', exact: true });
		const items = list.locator(':scope > li');
		await expect(items.count()).resolves.toBe(account.objectives.length);
		for (const [index, view] of account.objectives.entries()) {
			const objective = account.frontmatter.objectives![index]!;
			const item = items.nth(index);
			await expect(item.getByRole('heading', { name: objective.title }).count()).resolves.toBe(1);
			const bar = item.getByRole('progressbar', { name: objective.title });
			expect(Number(await bar.getAttribute('value'))).toBeCloseTo(view.progress, 6);
			await expect(item.textContent()).resolves.toContain(`${Math.round(view.progress * 1000) / 10}% of the way`.replace('.0%', '%'));
			await expect(item.textContent()).resolves.toContain(STATUS_LABEL[view.status]);
			if (view.actions.length > 0) {
				const table = item.getByRole('table', { name: `Actions serving it: ${objective.title}` });
				await expect(table.locator('tbody > tr').count()).resolves.toBe(view.actions.length);
			} else {
				await expect(item.textContent()).resolves.toContain('No action serves this objective yet.');
			}
		}
		const unlinked = account.actions.filter((a) => a.objective === undefined).length;
		if (unlinked > 0) {
			await expect(page.getByRole('heading', { name: 'Actions that serve no objective' }).count()).resolves.toBe(1);
			await expect(page.getByRole('table', { name: 'Actions that serve no objective' }).locator('tbody > tr').count()).resolves.toBe(unlinked);
		}
	});

	it('plan: the review history lists meetings newest first with outcome, linked reviewers and decisions, and links to the pack', async () => {
		const account = portfolio.bySlug.get('huajian-construction-group')!;
		const page = await open('/accounts/huajian-construction-group/');
		const region = page.getByRole('region', { name: 'Review history' });
		const meetings = region.getByRole('list').first().locator(':scope > li');
		await expect(meetings.count()).resolves.toBe(account.reviewHistory.length);
		await expect(meetings.first().getByRole('heading').first().textContent()).resolves.toContain('Revise');
		for (const id of account.reviewHistory[0]!.by) await expect(meetings.first().locator(`a[href="/owners/${id}/"]`).count()).resolves.toBe(1);
		for (const decision of account.reviewHistory[0]!.decisions ?? []) await expect(meetings.first().textContent()).resolves.toContain(decision);
		await region.getByRole('link', { name: 'Review pack for the next review' }).click();
		await page.waitForURL('**/accounts/huajian-construction-group/review/');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Review pack: 华建建设集团有限公司');
	});

	it('plan: the org chart nests contacts under their managers and says who covers each, how long since contact, and who is cold', async () => {
		const account = portfolio.bySlug.get('yangtze-hydropower-development')!;
		const contacts = account.frontmatter.contacts!;
		const page = await open('/accounts/yangtze-hydropower-development/');
		const chart = page.getByRole('list', { name: 'Organisation chart' });
		const top = chart.locator(':scope > li');
		const roots = account.orgChart.map((node) => contacts[node.contact]!.name);
		await expect(top.count()).resolves.toBe(roots.length);
		const root = top.first();
		await expect(root.locator(':scope > .org-card').textContent()).resolves.toContain(roots[0]!);
		// Every contact appears once, reports nested inside their manager's item.
		await expect(chart.getByRole('listitem').count()).resolves.toBe(contacts.length);
		const reportsOfRoot = account.orgChart[0]!.reports.map((n) => contacts[n.contact]!.name);
		await expect(root.locator(':scope > ul > li').count()).resolves.toBe(reportsOfRoot.length);
		const cold = account.contacts.filter((c) => c.cold).map((c) => c.name);
		expect(cold.length).toBeGreaterThan(0);
		for (const name of cold) {
			const card = chart.locator('.org-card', { hasText: name });
			await expect(card.textContent()).resolves.toContain('Cold');
		}
		const tang = chart.locator('.org-card', { hasText: 'Tang Jianguo' });
		await expect(tang.textContent()).resolves.toContain(`Decider`);
		await expect(tang.getByRole('link', { name: 'David Lin' }).count()).resolves.toBe(1);
		await expect(tang.textContent()).resolves.toContain(`${account.contacts[0]!.daysSinceContact} days ago`);
		const matrix = page.getByRole('table', { name: /deciders and influencers/ });
		await expect(matrix.getByRole('columnheader').count()).resolves.toBe(1 + account.contacts.filter((c) => c.role === 'decider' || c.role === 'influencer').length);
	});

	it('plan: the org chart reads as an indented list on a phone without sideways scrolling', async () => {
		const page = await open('/accounts/huajian-construction-group/', { viewport: { width: 390, height: 800 } });
		const chart = page.getByRole('list', { name: 'Organisation chart' });
		const box = await chart.boundingBox();
		expect(box!.x + box!.width).toBeLessThanOrEqual(390);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	});

	it("review pack: one row per review question with the plan's evidence and the previous finding, then room for notes", async () => {
		const account = portfolio.bySlug.get('huajian-construction-group')!;
		const page = await open('/accounts/huajian-construction-group/review/');
		const table = page.getByRole('table', { name: 'Review pack: 华建建设集团有限公司' });
		const rows = table.locator('tbody > tr');
		await expect(rows.count()).resolves.toBe(portfolio.policy.reviewQuestions.length);
		const findings = account.reviewHistory[0]!.findings!;
		for (const [index, question] of portfolio.policy.reviewQuestions.entries()) {
			const row = rows.nth(index);
			await expect(row.getByRole('rowheader').textContent()).resolves.toContain(question.en);
			await expect(row.locator('td.previous').textContent()).resolves.toBe(findings[question.id] === 'concern' ? 'Concern' : 'OK');
		}
		await expect(rows.nth(0).textContent()).resolves.toContain(account.frontmatter.objectives![0]!.title);
		await expect(rows.nth(4).textContent()).resolves.toContain(account.frontmatter.competitors![0]!.name);
		await expect(page.getByRole('heading', { name: 'Notes of this meeting' }).count()).resolves.toBe(1);
		await expect(page.getByRole('heading', { name: 'Changes since the last review' }).count()).resolves.toBe(1);
	});

	it('review pack: every pack prints on at most two A4 pages', async () => {
		const packs = portfolio.accounts.filter((a) => a.tier === 'major' || a.tier === 'named');
		expect(packs.length).toBeGreaterThan(0);
		for (const account of packs) {
			const page = await open(`/accounts/${account.slug}/review/`);
			await page.emulateMedia({ media: 'print' });
			const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
			const pages = pdfPageCount(pdf);
			expect(pages, account.slug).toBeGreaterThanOrEqual(1);
			expect(pages, account.slug).toBeLessThanOrEqual(2);
			await page.context().close();
		}
	});

	it('the review calendar links each one-by-one review to its pack, and collective reviews to none', async () => {
		const page = await open('/reviews/');
		const packs = portfolio.schedule.filter((e) => e.kind === 'plan' && (e.tier === 'major' || e.tier === 'named'));
		for (const entry of packs) {
			if (entry.kind !== 'plan') continue;
			const name = portfolio.bySlug.get(entry.slug)!.name;
			const links = page.getByRole('link', { name: `Review pack: ${name}`, exact: true });
			await expect(links.first().getAttribute('href')).resolves.toBe(`/accounts/${entry.slug}/review/`);
		}
		await expect(page.locator('a[href$="/review/"]').evaluateAll((as) => as.length)).resolves.toBeGreaterThanOrEqual(packs.length);
	});

	it('the dashboard counts objectives by status as the engine does', async () => {
		const page = await open('/');
		const counts = page.getByRole('list', { name: 'Objectives by status' });
		for (const [status, label] of Object.entries(STATUS_LABEL)) {
			await expect(counts.getByRole('listitem').filter({ hasText: label }).textContent()).resolves.toContain(String(portfolio.total.objectives[status as keyof typeof STATUS_LABEL]));
		}
	});

	it('the owner page lists the cold relationships its person covers', async () => {
		const page = await open('/owners/david-lin/');
		const region = page.getByRole('region', { name: 'Cold relationships this person covers' });
		await expect(region.getByRole('link', { name: 'Tang Jianguo' }).count()).resolves.toBe(1);
	});
});
