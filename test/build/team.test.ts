/**
 * The account team and its return in the built sample site: the plan page,
 * /resources/, /scorecards/, the owner page, the review pack and the data
 * files, with figures worked out by hand from the sample plans on the test
 * as-of date (2026-11-22).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readContentDir } from '../../src/node/read-content-dir.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { computePortfolio } from '../../src/lib/engine/index.ts';
import { buildScorecardsJson } from '../../src/lib/export/scorecards-json.ts';
import { SAMPLE_CONTENT, TEST_AS_OF } from '../helpers/build-site.ts';

const siteDir = inject('sampleSiteDir');
const page = (path: string) => readFile(join(siteDir, path), 'utf8');
/** The page's text without tags, spaces collapsed. */
const textOf = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the account team and its return in the built site', () => {
	it('/data/scorecards.json is the engine\u2019s scorecards of the sample content', async () => {
		const { plans, people, policy, visits } = validateContent(await readContentDir(SAMPLE_CONTENT));
		expect(await page('data/scorecards.json')).toBe(buildScorecardsJson(computePortfolio({ plans, people, policy, visits, asOf: TEST_AS_OF })));
	});

	it('/data/accounts.json gives the Huajian plan its team, cost to serve, 2026 budget and resources', async () => {
		const json = JSON.parse(await page('data/accounts.json'));
		const computed = json.accounts.find((a: { slug: string }) => a.slug === 'huajian-construction-group').computed;
		expect(computed.team).toEqual([
			{ person: 'gao-yan', role: '安装与售后负责人', effort: 0.3 },
			{ person: 'he-qiang', role: '调配计划', effort: 0.2 },
			{ person: 'ma-jun', role: null, effort: null },
		]);
		// 2025: cost 265,000 of revenue 7,800,000.
		expect(computed.costToServe).toBeCloseTo(265_000 / 7_800_000, 12);
		// 60,000 + 120,000 + 30,000 against the 2026 forecast of 8,900,000.
		expect(computed.budget).toEqual({ year: 2026, total: 210_000, share: 210_000 / 8_900_000 });
		expect(computed.resources).toEqual([
			{ need: '苏州基地专职安装队一支', from: 'operations', status: 'agreed', late: false },
			{ need: '岩棉防火板房的防火检测报告', from: 'engineering', status: 'requested', late: true },
			{ need: '集采投标保函额度', from: 'finance', status: 'requested', late: false },
		]);
	});

	it('the plan page shows the team with roles and effort, the budget against the forecast, cost to serve and the late resource', async () => {
		const text = textOf(await page('accounts/southwest/yangtze-hydropower-development/index.html').catch(() => page('accounts/yangtze-hydropower-development/index.html')));
		expect(text).toContain('Cold-climate installation lead 25%');
		expect(text).toContain('CN¥230,000 against the 2026 forecast revenue of CN¥12,600,000: 1.8%.');
		expect(text).toContain('Cost to serve 2025: 3.3% (CN¥395,000 of CN¥11,800,000 revenue).');
		const huajian = textOf(await page('accounts/huajian-construction-group/index.html'));
		expect(huajian).toMatch(/岩棉防火板房的防火检测报告 Engineering and design ! ?Requested Late|岩棉防火板房的防火检测报告 Engineering and design Requested Late/);
	});

	it('/resources/ lists each function\u2019s requests with the plan, and marks the late one', async () => {
		const text = textOf(await page('resources/index.html'));
		expect(text).toContain('Engineering and design 2 0 0 1 1');
		expect(text).toMatch(/Engineering and design 岩棉防火板房的防火检测报告 Requested Late/);
		expect(text).toContain('Finance Extended payment terms for the cascade framework Declined');
	});

	it('/scorecards/ shows each account manager with every indicator, what it counted and the score, and how it is computed', async () => {
		const html = await page('scorecards/index.html');
		const text = textOf(html);
		expect(text).toContain('Key accounts');
		expect(text).toContain('How the figures are computed');
		expect(html).toContain('href="/owners/chen-jie/#kpi-reviews-on-time"');
		expect(text).toMatch(/Reviews on time[\s\S]*2 of 3/);
	});

	it('the owner page shows the scorecard with the plans behind each figure, and the team memberships with the load', async () => {
		const text = textOf(await page('owners/gao-yan/index.html'));
		// Huajian 0.3 + Yangtze 0.25 + Yuegang 0.15.
		expect(text).toContain('Load over all plans: 70% of a full-time person.');
		const owner = await page('owners/chen-jie/index.html');
		expect(owner).toContain('id="kpi-reviews-on-time"');
		expect(textOf(owner)).toMatch(/Reviews on time \(Weight 10\) ?: 66\.7%/);
		// Actions on time: 9 of 13 (the 11 plan actions, 4 of them overdue, and 2 next steps of visit reports, neither overdue).
		expect(textOf(owner)).toMatch(/Actions on time \(Weight 10\) ?: 69\.2% 9 of 13/);
		// 100 × (30 × 0.8477 + 20 × 0 + 20 × 0.25 + 10 × 0.6667 + 10 × 0.5 + 10 × 0.6923) / 100 = 49.02, shown as 49
		expect(textOf(owner)).toContain('Score: 49 ');
	});

	it('the review pack answers return-on-effort with cost to serve and the budget, and resources-linked with the resources', async () => {
		const text = textOf(await page('accounts/huajian-construction-group/review/index.html'));
		expect(text).toContain('Cost to serve 2025: 3.4%');
		expect(text).toContain('Budget 2026: CN¥210,000, 2.4% of forecast revenue');
		expect(text).toContain('Resources asked of other functions: 3; agreed or delivered: 1; declined: 0; late: 1');
	});
});
