/** The rows of /resources/ and the cost-to-serve chart, from the engine's view of small portfolios. */
import { describe, expect, it } from 'vitest';
import { createUi } from '../../src/i18n/index.ts';
import { costToServeChart, resourceRows, resourcesByFunction, teamCostLines } from '../../src/view/team.ts';
import { planInput, portfolioOf, testPolicy } from '../lib/engine/fixtures.ts';

const ui = createUi('en');
const policy = testPolicy({ departments: [{ id: 'operations', name: 'Operations', aliases: ['运营部'] }, { id: 'finance', name: 'Finance' }] });

describe('/resources/ rows', () => {
	const portfolio = portfolioOf(
		[
			planInput('beta', (p) => {
				p.resources = [
					{ need: 'B1', from: 'operations', status: 'agreed', by: '2027-01-01' },
					{ need: 'B2', status: 'requested' },
				];
			}),
			planInput('alpha', (p) => {
				p.resources = [
					{ need: 'A1', from: '运营部', status: 'requested', by: '2027-02-01' },
					{ need: 'A2', from: 'Finance', status: 'delivered', by: '2026-01-01' },
					{ need: 'A3', from: 'operations', status: 'requested', by: '2026-11-01' },
				];
			}),
		],
		{ policy },
	);

	it('orders by function name (none last), then status, then date needed, then plan', () => {
		expect(resourceRows(portfolio).map((r) => [r.fromName, r.status, r.by ?? '', r.need, r.late])).toEqual([
			['Finance', 'delivered', '2026-01-01', 'A2', false],
			['Operations', 'requested', '2026-11-01', 'A3', true],
			['Operations', 'requested', '2027-02-01', 'A1', false],
			['Operations', 'agreed', '2027-01-01', 'B1', false],
			['', 'requested', '', 'B2', false],
		]);
	});

	it('counts each function\u2019s requests by status, and the late ones', () => {
		expect(resourcesByFunction(resourceRows(portfolio)).map((f) => [f.fromName, f.byStatus, f.late, f.total])).toEqual([
			['Finance', { requested: 0, agreed: 0, declined: 0, delivered: 1 }, 0, 1],
			['Operations', { requested: 2, agreed: 1, declined: 0, delivered: 0 }, 1, 3],
			['', { requested: 1, agreed: 0, declined: 0, delivered: 0 }, 0, 1],
		]);
	});
});

describe('cost to serve chart', () => {
	it('draws each actual year with a cost as a share of revenue, with the numbers in its table', () => {
		// The fixture: 2024 200,000 of 4,000,000 (5 %); 2025 250,000 of 5,000,000 (5 %).
		const chart = costToServeChart(portfolioOf([planInput('acme')]).accounts[0]!, ui)!;
		expect(chart.spec.labels).toEqual(['2024', '2025']);
		expect(chart.spec.datasets[0]!.data).toEqual([0.05, 0.05]);
		expect(chart.table.rows).toEqual([
			['2024', 'CN¥4,000,000', 'CN¥200,000', '5%'],
			['2025', 'CN¥5,000,000', 'CN¥250,000', '5%'],
		]);
	});

	it('is left out without a year that has both revenue and cost', () => {
		expect(costToServeChart(portfolioOf([planInput('acme', (p) => (p.financials = [{ year: 2025, revenue: 100 }]))]).accounts[0]!, ui)).toBeUndefined();
	});
});

describe('budget and cost to serve rollups', () => {
	it('sums the plan-year budgets and weighs cost to serve by revenue, per tier, region and owner', () => {
		const portfolio = portfolioOf([
			planInput('a', (p) => (p.budget = [{ year: 2026, item: 'x', amount: 100_000 }])),
			planInput('b', (p) => {
				p.owner = 'wang-fang';
				p.budget = [{ year: 2026, item: 'x', amount: 50_000 }];
				p.financials = [{ year: 2025, revenue: 1_000_000, cost: 150_000 }];
			}),
		]);
		const lines = teamCostLines(portfolio, portfolio.accounts, ui);
		// (250,000 + 150,000) / (5,000,000 + 1,000,000)
		expect(lines.tier).toEqual([{ label: 'Major', href: '/tiers/major/', count: 2, budget: { CNY: 150_000 }, costToServe: { CNY: 400_000 / 6_000_000 } }]);
		expect(lines.owner.map((o) => [o.label, o.budget])).toEqual([
			['Li Wei', { CNY: 100_000 }],
			['王芳', { CNY: 50_000 }],
		]);
	});
});
