import { describe, expect, it } from 'vitest';
import { applicationsPage } from '../../src/view/applications.ts';
import { cycleGroups, cycleIsRunning, cycleRows, statusCounts } from '../../src/view/cycle.ts';
import { planInput, portfolioOf, testPolicy } from '../lib/engine/fixtures.ts';
import type { PlanFrontmatter } from '../../schemas/plan.ts';

const CYCLE = { year: 2027, opens: '2026-10-01', draftsDue: '2026-11-30', reviewsDue: '2026-12-20' };
const policy = testPolicy({ planningCycle: CYCLE, signOff: { major: ['sponsor'], named: ['owner'] } });
const named = (p: PlanFrontmatter) => {
	p.tier = 'named';
	delete p.sponsor;
};

describe('the cycle page', () => {
	const plans = [
		// 2026 only: not started; late after drafts are due.
		planInput('alpha', (p) => (p.planPeriod = { start: '2026-01-01', end: '2026-12-31' })),
		// Covers 2027, approved by the sponsor: signed off.
		planInput('bravo', (p) => {
			p.planPeriod = { start: '2027-01-01', end: '2027-12-31' };
			p.review = { history: [{ date: '2026-10-20', by: ['zhang-min'], outcome: 'approved' }] };
		}),
		// Covers 2027, no review since opens: drafted.
		planInput('charlie', (p) => {
			named(p);
			p.region = 'South China';
			p.planPeriod = { start: '2027-01-01', end: '2027-12-31' };
			p.review = { last: '2026-06-01' };
		}),
		planInput('delta', (p) => (p.tier = 'non-named')),
	];

	it.each<[string, string, [string, string, boolean, string[]][]]>([
		['before drafts are due: furthest behind first', '2026-11-22', [['alpha', 'not-started', false, ['zhang-min']], ['charlie', 'drafted', false, ['li-wei']], ['bravo', 'signed-off', false, []]]],
		['after drafts are due: the late plan first', '2026-12-01', [['alpha', 'not-started', true, ['zhang-min']], ['charlie', 'drafted', false, ['li-wei']], ['bravo', 'signed-off', false, []]]],
		['after reviews are due: every late plan first, then by status', '2026-12-21', [['alpha', 'not-started', true, ['zhang-min']], ['charlie', 'drafted', true, ['li-wei']], ['bravo', 'signed-off', false, []]]],
	])('%s', (_name, asOf, expected) => {
		const rows = cycleRows(portfolioOf(plans, { policy, asOf }));
		expect(rows.map((r) => [r.slug, r.status, r.late, r.missing])).toEqual(expected);
	});

	it('counts by status, by owner and by region', () => {
		const rows = cycleRows(portfolioOf(plans, { policy, asOf: '2026-12-21' }));
		expect(statusCounts(rows)).toEqual({ 'not-started': 1, drafted: 1, 'in-review': 0, 'signed-off': 1 });
		expect(cycleGroups(rows, 'owner')).toEqual([{ key: 'li-wei', total: 3, late: 2, byStatus: { 'not-started': 1, drafted: 1, 'in-review': 0, 'signed-off': 1 } }]);
		expect(cycleGroups(rows, 'region').map((g) => [g.name ?? g.key, g.total, g.late])).toEqual([
			['East China', 2, 1],
			['South China', 1, 1],
		]);
	});

	it.each<[string, string, boolean]>([
		['before it opens', '2026-09-30', false],
		['on the day it opens', '2026-10-01', true],
		['on the day reviews are due', '2026-12-20', true],
		['after reviews are due while a plan is late', '2026-12-21', true],
		['after the plan year', '2028-01-01', false],
	])('the dashboard card %s (%s): shown %s', (_name, asOf, shown) => {
		const portfolio = portfolioOf(plans, { policy, asOf });
		expect(cycleIsRunning(portfolio, cycleRows(portfolio))).toBe(shown);
	});

	it('the dashboard stops showing it after reviews are due once nothing is late', () => {
		const portfolio = portfolioOf([plans[1]!], { policy, asOf: '2026-12-21' });
		expect(cycleIsRunning(portfolio, cycleRows(portfolio))).toBe(false);
	});
});

describe('the applications page', () => {
	const app = (proposed: string, revenue: number, cost: number, decision?: { date: string; outcome: 'approved' | 'rejected' | 'deferred' }) => (p: PlanFrontmatter) => {
		p.application = { proposed, by: 'li-wei', expectedRevenue: revenue, expectedContribution: revenue / 5, developmentCost: cost, risk: 'low', ...(decision ? { decision: { ...decision, by: 'zhang-min' } } : {}) };
	};
	const portfolio = portfolioOf([
		planInput('newer', app('2026-11-01', 1_000_000, 50_000)),
		planInput('older', app('2026-09-01', 2_000_000, 80_000)),
		planInput('won', app('2026-06-01', 4_000_000, 100_000, { date: '2026-07-01', outcome: 'approved' })),
		planInput('lost', app('2026-05-01', 8_000_000, 300_000, { date: '2026-08-15', outcome: 'rejected' })),
		planInput('later', (p) => {
			app('2026-05-01', 500_000, 20_000, { date: '2026-06-15', outcome: 'deferred' })(p);
			p.currency = 'USD';
		}),
		planInput('none'),
	]);
	const page = applicationsPage(portfolio);

	it('lists pending applications oldest first with their age, and decided ones newest first', () => {
		expect(page.pending.map((r) => [r.slug, r.age])).toEqual([
			['older', 82],
			['newer', 21],
		]);
		expect(page.decided.map((r) => [r.slug, r.status, r.age])).toEqual([
			['lost', 'rejected', 106],
			['won', 'approved', 30],
			['later', 'deferred', 45],
		]);
	});

	it('totals the pipeline (pending and approved), per currency', () => {
		expect(page.counts).toEqual({ pending: 2, approved: 1, rejected: 1, deferred: 1 });
		expect(page.pipeline).toEqual({ count: 3, revenue: { CNY: 7_000_000 }, contribution: { CNY: 1_400_000 }, cost: { CNY: 230_000 } });
		expect(page.byOwner).toEqual([{ key: 'li-wei', count: 5, pending: 2, revenue: { CNY: 7_000_000 }, cost: { CNY: 230_000 } }]);
	});
});
