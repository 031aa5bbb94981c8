/**
 * The portal with `locale: zh-CN`: Chinese labels, dates and numbers, and
 * `<html lang="zh-CN">` on every page type. The same build checks the plan
 * components an author can use in a plan body without importing them.
 */
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from '../helpers/axe.ts';
import { launchBrowser, skipBrowserTests } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-site.ts';
import { copySampleContent } from '../helpers/content-fixture.ts';
import { drawAllCharts, guardedPage, paintedShare, samplePortfolio } from '../helpers/page-guard.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';

const PLAN = 'accounts/east-china/huajian-construction-group.mdx';

/** A plan name that would run script if any page, attribute or chart label let it through. */
const PAYLOAD = `</script><script>alert(1)</script><img src=x onerror=alert(2)>"'`;
const PAYLOAD_PLAN = 'accounts/east-china/summit-live-events.mdx';

/** Every portal component, as an author writes them in a plan body. */
const COMPONENTS_IN_BODY = `

<Callout type="risk" title="续签风险">
如果框架续签延误，零星采购会继续流失给地方小厂。
</Callout>

<Milestones />

<BuyingCentre />

<ForecastChart />
`;

const PAGES = [
	['/', '客户组合总览'],
	['/accounts/', '全部客户'],
	['/accounts/huajian-construction-group/', '华建建设集团有限公司'],
	['/owners/li-wei/', '李伟的客户组合'],
	['/tiers/', '客户分级'],
	['/tiers/major/', '重要客户'],
	['/groups/huajian-construction-group/', '华建建设集团有限公司（集团）'],
	['/reviews/', '评审日历'],
	['/reports/progress/', '重要客户进展报告'],
	['/accounts/huajian-construction-group/review/', '审核资料：华建建设集团有限公司'],
	['/cycle/', '2027 年度规划周期'],
	['/applications/', '重点客户开发申请'],
] as const;

/** English UI labels that must not appear anywhere in the Chinese portal's chrome. */
const ENGLISH_LABELS = ['Dashboard', 'Accounts per tier', 'Overdue', 'Due soon', 'Account manager', 'Share of wallet', 'Show the numbers', 'Figures as of'];

describe.skipIf(skipBrowserTests())('a zh-CN portal', () => {
	let server: StaticServer;
	let browser: Browser;

	beforeAll(async () => {
		const content = await copySampleContent();
		const policyPath = join(content, 'policy.yaml');
		const policy = await readFile(policyPath, 'utf8');
		expect(policy).toMatch(/^locale: en$/m);
		await writeFile(policyPath, policy.replace(/^locale: en$/m, 'locale: zh-CN'));
		await appendFile(join(content, PLAN), COMPONENTS_IN_BODY);
		const payloadPlan = join(content, PAYLOAD_PLAN);
		const planText = await readFile(payloadPlan, 'utf8');
		await writeFile(payloadPlan, planText.replace(/^name: .*$/m, `name: '${PAYLOAD.replaceAll("'", "''")}'`));
		const build = await buildSite({ contentDir: content });
		expect(build.code, build.stdout + build.stderr).toBe(0);
		server = await serveStatic(build.outDir);
		browser = await launchBrowser();
	});

	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it.each(PAGES)('%s speaks Chinese', async (path, heading) => {
		const { page, problems, requests, close } = await guardedPage(browser);
		try {
			await page.goto(server.url + path);
			expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
			await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(heading);
			await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link').allTextContents()).resolves.toEqual(
				expect.arrayContaining(['总览', '客户', '评审', '客户分级', '搜索']),
			);
			await expect(page.getByRole('searchbox', { name: '搜索客户规划' }).count()).resolves.toBe(1);
			await expect(page.getByRole('contentinfo').textContent()).resolves.toContain('数据截至 2026年11月22日');
			const chrome = await page.evaluate(() => {
				// UI text only: leave out what comes from content (names, prose, contacts, milestones).
				const clone = document.body.cloneNode(true) as HTMLElement;
				clone.querySelectorAll('.prose, a[href^="/accounts/"], a[href^="/owners/"], .contact, .milestones th, .reasons, .tag-list, td, .facts dd, h1, h2 a, .rules').forEach((e) => e.remove());
				return clone.textContent ?? '';
			});
			for (const label of ENGLISH_LABELS) expect(chrome, label).not.toContain(label);
			await drawAllCharts(page).catch(() => 0);
			expect(requests.filter((url) => !url.startsWith(`${server.url}/`))).toEqual([]);
			expect(problems).toEqual([]);
		} finally {
			await close();
		}
	});

	it('keeps a hostile plan name inert: text in pages, attributes, chart labels and tooltips', async () => {
		for (const path of ['/', '/accounts/', '/accounts/summit-live-events/', '/owners/xu-ting/', '/tiers/non-named/', '/reviews/']) {
			const { page, problems, close } = await guardedPage(browser);
			try {
				await page.goto(server.url + path);
				await drawAllCharts(page).catch(() => 0);
				// Hover every chart so tooltips (drawn on the canvas) show the name too.
				for (const canvas of await page.locator('canvas[data-chart]').all()) {
					const box = await canvas.boundingBox();
					if (box) for (const x of [0.2, 0.4, 0.6, 0.8]) await page.mouse.move(box.x + box.width * x, box.y + box.height * 0.5);
				}
				await expect(page.getByText(PAYLOAD, { exact: true }).count(), path).resolves.toBeGreaterThan(0);
				expect(await page.locator('img[src="x"]').count(), path).toBe(0);
				expect(problems, path).toEqual([]);
			} finally {
				await close();
			}
		}
	});

	it('names tiers, statuses and dates in Chinese', async () => {
		const { page, close } = await guardedPage(browser);
		try {
			await page.goto(`${server.url}/accounts/`);
			const table = page.getByRole('table', { name: '全部客户' });
			await expect(table.getByRole('columnheader').allTextContents()).resolves.toEqual(expect.arrayContaining(['客户', '级别', '类别', '负责人', '客户份额', '下次评审']));
			await expect(table.getByText('重要客户', { exact: true }).count()).resolves.toBeGreaterThan(0);
			await expect(table.getByText('已逾期', { exact: true }).count()).resolves.toBeGreaterThan(0);
			await expect(table.locator('time').first().textContent()).resolves.toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
			await page.getByLabel('级别').selectOption('named');
			expect(new URL(page.url()).search).toBe('?tier=named');
			await expect(page.getByRole('status').textContent()).resolves.toMatch(/^显示 \d+ \/ \d+ 个客户$/);
		} finally {
			await close();
		}
	});

	it('renders the plan components an author puts in the body, with data from that plan', async () => {
		const { page, problems, close } = await guardedPage(browser);
		try {
			await page.goto(`${server.url}/accounts/huajian-construction-group/`);
			const body = page.locator('.prose');
			const callout = body.getByRole('complementary', { name: '续签风险' });
			await expect(callout.textContent()).resolves.toContain('如果框架续签延误');
			// The plan's four actions and the four next steps of its two done visits (content/visits/huajian-construction-group).
			await expect(body.getByRole('table', { name: '行动计划里程碑' }).locator('tbody tr').count()).resolves.toBe(8);
			// The plan's action due 2026-10-30 and the visit's step due 2026-11-15, both still open.
			await expect(body.getByRole('table', { name: '行动计划里程碑' }).getByText('已逾期').count()).resolves.toBe(2);
			await expect(body.getByRole('heading', { level: 3, name: '决策者' }).count()).resolves.toBe(1);
			await expect(body.locator('.contact', { hasText: '周国栋' }).textContent()).resolves.toContain('支持者');
			// Two forecast charts on the page (the block and the body's), each with its own id.
			const ids = await page.locator('figure.chart[id^="chart-forecast"]').evaluateAll((figures) => figures.map((f) => f.id));
			// Ids are numbered in the order the charts render, which need not be their order on the page.
			expect([...ids].sort()).toEqual(['chart-forecast-1', 'chart-forecast-2']);
			await expect(body.getByRole('figure', { name: '收入：实际与预测（CNY）' }).count()).resolves.toBe(1);
			await drawAllCharts(page);
			expect(await paintedShare(page, '.prose canvas[data-chart]')).toBeGreaterThan(0.01);
			expect(describeViolations(await runAxe(page))).toEqual([]);
			expect(problems).toEqual([]);
		} finally {
			await close();
		}
	});

	it('explains health points and attention in Chinese', async () => {
		// The engine's findings do not depend on the locale: the sample portfolio's are this build's.
		const portfolio = await samplePortfolio();
		const DATE = String.raw`\d{4}年\d{1,2}月\d{1,2}日`;
		const latin = /[A-Za-z]/;
		const { page, problems, close } = await guardedPage(browser);
		try {
			// A plan that lost its review points says why, in Chinese.
			const late = portfolio.accounts.find((a) => a.health.items.some((i) => i.reason === 'review-overdue'))!;
			await page.goto(`${server.url}/accounts/${late.slug}/`);
			const details = await page.locator('.health-items .detail').allTextContents();
			expect(details.length).toBe(late.health.items.filter((i) => i.earned < i.max).length);
			expect(details).toContainEqual(expect.stringMatching(new RegExp(`^评审应于 ${DATE} 完成：逾期 \\d+ 天$`)));
			for (const detail of details) expect(detail, detail).not.toMatch(latin);

			// The dashboard's attention reasons, and an owner's.
			await page.goto(`${server.url}/`);
			const reasons = await page.getByRole('table', { name: '当前需要关注' }).locator('.reasons li').allTextContents();
			expect(reasons.length).toBeGreaterThan(0);
			expect(reasons).toContainEqual(expect.stringMatching(new RegExp(`^评审已逾期：逾期 \\d+ 天（应于 ${DATE}）$`)));
			// Contact names are content, in whatever script they are written: only the words around them must be Chinese.
			const contactNames = portfolio.accounts.flatMap((a) => a.contacts.map((c) => c.name));
			const withoutNames = (reason: string) => contactNames.reduce((text, name) => text.replaceAll(name, ''), reason);
			for (const reason of reasons) expect(withoutNames(reason), reason).not.toMatch(latin);
			const owner = portfolio.attention.map((entry) => portfolio.bySlug.get(entry.slug)!.frontmatter.owner).find(Boolean)!;
			await page.goto(`${server.url}/owners/${owner}/`);
			const ownerReasons = await page.getByRole('table', { name: '当前需要关注' }).locator('.reasons li').allTextContents();
			expect(ownerReasons.length).toBeGreaterThan(0);
			for (const reason of ownerReasons) expect(withoutNames(reason), reason).not.toMatch(latin);
			expect(problems).toEqual([]);
		} finally {
			await close();
		}
	});
});
