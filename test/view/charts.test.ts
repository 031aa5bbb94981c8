/**
 * The chart views only arrange what the engine computed: per currency, never
 * summed across currencies; the review calendar counted by month.
 */
import { describe, expect, it } from 'vitest';
import { createUi } from '../../src/i18n/index.ts';
import {
	forecastByTier,
	planForecast,
	QUADRANT_MAX_DOTS,
	QUADRANT_TABLE_MAX_ACCOUNTS,
	quadrantOmitted,
	reviewsPerMonth,
	tierPyramid,
	valueQuadrant,
} from '../../src/view/charts.ts';
import { type BarSpec, legendOf } from '../../src/scripts/charts/spec.ts';
import { asTier, planInput, portfolioOf, testPolicy } from '../lib/engine/fixtures.ts';

const ui = createUi('en');

describe('tierPyramid', () => {
	it('counts accounts per tier from the engine rollups, top tier first', () => {
		const portfolio = portfolioOf([planInput('a'), planInput('b', (p) => asTier(p, 'named')), planInput('c', (p) => asTier(p, 'named'))]);
		const { spec, table } = tierPyramid(portfolio, ui);
		expect(spec.labels).toEqual(['Major', 'Named', 'Non-named', 'Mass-market']);
		expect(spec.values).toEqual([1, 2, 0, 0]);
		expect(table.rows[1]).toEqual([{ text: 'Named', href: '/tiers/named/' }, '2']);
	});
});

describe('forecastByTier', () => {
	it('draws one chart per currency and never adds across currencies', () => {
		const portfolio = portfolioOf([
			planInput('cny'),
			planInput('usd', (p) => {
				p.currency = 'USD';
				p.value.current = 1_000_000;
				p.forecast = [{ year: 2026, revenue: 1_500_000 }];
			}),
		]);
		const charts = forecastByTier(portfolio, ui);
		expect(charts.map((c) => c.currency)).toEqual(['CNY', 'USD']);
		const [cny, usd] = charts;
		expect(cny!.spec.labels).toEqual(['Last 12 months', '2026', '2027']);
		expect(cny!.spec.datasets.map((d) => [d.label, d.data])).toEqual([['Major', [6_000_000, 6_500_000, 8_000_000]]]);
		expect(usd!.spec.datasets.map((d) => [d.label, d.data])).toEqual([['Major', [1_000_000, 1_500_000, 0]]]);
		// The total row is the engine's total for that currency.
		expect(usd!.table.rows.at(-1)).toEqual(['Total', '$1,000,000', '$1,500,000', '$0']);
	});

	it('draws a single chart in the policy currency when the engine converted every amount', () => {
		const policy = testPolicy({ exchangeRates: { USD: 7 } });
		const portfolio = portfolioOf(
			[
				planInput('cny'),
				planInput('usd', (p) => {
					p.currency = 'USD';
					p.value.current = 1_000_000;
					p.forecast = [{ year: 2026, revenue: 1_000_000 }];
				}),
			],
			{ policy },
		);
		const charts = forecastByTier(portfolio, ui);
		expect(charts.map((c) => c.currency)).toEqual(['CNY']);
		expect(charts[0]!.spec.datasets[0]!.data).toEqual([13_000_000, 13_500_000, 8_000_000]);
	});
});

describe('reviewsPerMonth', () => {
	it('counts the engine calendar per month for twelve months, overdue first', () => {
		const portfolio = portfolioOf([
			planInput('late', (p) => (p.review = { last: '2026-05-01' })),
			planInput('soon', (p) => (p.review = { last: '2026-09-10' })),
			planInput('small', (p) => asTier(p, 'non-named')),
		]);
		const { spec, table } = reviewsPerMonth(portfolio, ui);
		expect(spec.labels).toHaveLength(13);
		expect(spec.labels[0]).toBe('Overdue');
		expect(spec.labels[1]).toBe('Nov 2026');
		const plan = spec.datasets.find((d) => d.label === 'Plan reviews')!;
		expect(plan.data[0]).toBe(1);
		expect(plan.data[1]! + plan.data[2]!).toBe(1);
		const total = spec.datasets.reduce((sum, d) => sum + d.data.reduce<number>((s, v) => s + (v ?? 0), 0), 0);
		const inRange = portfolio.schedule.filter((e) => e.status === 'overdue' || (e.due >= '2026-11-01' && e.due < '2027-11-01')).length;
		expect(total).toBe(inRange);
		expect(table.rows).toHaveLength(13);
	});
});

describe('valueQuadrant', () => {
	it('plots accounts in the policy currency and lists every account in the table', () => {
		const portfolio = portfolioOf([
			planInput('cny'),
			planInput('zero', (p) => {
				asTier(p, 'mass-market');
				p.value.current = 0;
			}),
			planInput('usd', (p) => (p.currency = 'USD')),
		]);
		const { spec, table } = valueQuadrant(portfolio, ui);
		const points = spec.datasets.flatMap((d) => d.points);
		expect(points.map(([, , , slug]) => slug).sort()).toEqual(['cny', 'zero']);
		const zero = points.find(([, , , slug]) => slug === 'zero')!;
		expect(zero[0]).toBe(0);
		// Zero sits below the smallest value on the log axis.
		expect(spec.floor).toBeGreaterThan(0);
		expect(spec.floor).toBeLessThan(50_000);
		expect(table.rows).toHaveLength(3);
		expect(spec.thresholds).toEqual({ x: 1_000_000, y: 5_000_000 });
	});
});

describe('valueQuadrant on a large portfolio', () => {
	const many = (count: number) =>
		portfolioOf(
			Array.from({ length: count }, (_, i) =>
				planInput(`p-${String(i).padStart(5, '0')}`, (p) => {
					asTier(p, 'non-named');
					p.value.potential = 100_000 + i;
				}),
			),
		);

	it('counts accounts per quadrant and tier instead of listing each one', () => {
		const portfolio = many(QUADRANT_TABLE_MAX_ACCOUNTS + 1);
		const { table } = valueQuadrant(portfolio, ui);
		expect(table.rows).toHaveLength(4);
		expect(table.rows[3]).toEqual([{ text: 'Low current, low potential', href: '/accounts/?quadrant=low-current-low-potential' }, '0', '0', '201', '0', '201']);
	});

	it('draws the accounts with the most potential and says how many are left out', () => {
		const portfolio = many(QUADRANT_MAX_DOTS + 5);
		const { spec } = valueQuadrant(portfolio, ui);
		const points = spec.datasets.flatMap((d) => d.points);
		expect(points).toHaveLength(QUADRANT_MAX_DOTS);
		expect(Math.min(...points.map(([, potential]) => potential))).toBe(100_005);
		expect(quadrantOmitted(portfolio)).toBe(5);
	});
});

describe('planForecast', () => {
	it('puts actual and forecast years side by side with growth and profit', () => {
		const portfolio = portfolioOf([planInput('a')]);
		const view = planForecast(portfolio.accounts[0]!, ui)!;
		expect(view.spec.labels).toEqual(['2024', '2025', '2026', '2027']);
		expect(view.spec.datasets.map((d) => d.label)).toEqual(['Actual revenue', 'Forecast revenue', 'Profit']);
		expect(view.spec.datasets[0]!.data).toEqual([4_000_000, 5_000_000, null, null]);
		expect(view.table.rows[1]).toEqual(['2025', 'CN¥5,000,000', '—', '+25%', 'CN¥850,000']);
	});

	it('has nothing to draw without financials or forecast', () => {
		const portfolio = portfolioOf([
			planInput('a', (p) => {
				delete p.financials;
				delete p.forecast;
			}),
		]);
		expect(planForecast(portfolio.accounts[0]!, ui)).toBeUndefined();
	});
});

describe('legendOf', () => {
	it('lists each bar series with how it is drawn', () => {
		const spec: BarSpec = {
			type: 'bar',
			locale: 'en',
			labels: ['2025', '2026'],
			format: { kind: 'count' },
			datasets: [
				{ label: 'Actual', color: '#111111', data: [1, 2] },
				{ label: 'Forecast', color: '#222222', data: [null, 3], hatchFrom: 1 },
				{ label: 'Profit', color: '#333333', data: [1, 1], line: true },
			],
		};
		expect(legendOf(spec)).toEqual([
			{ label: 'Actual', color: '#111111', marker: 'bar' },
			{ label: 'Forecast', color: '#222222', marker: 'hatched' },
			{ label: 'Profit', color: '#333333', marker: 'line' },
		]);
	});

	it('gives scatter series the shape of their dots, and the pyramid none', () => {
		const quadrant = valueQuadrant(portfolioOf([planInput('a')]), ui);
		expect(legendOf(quadrant.spec).map((entry) => entry.marker)).toEqual(quadrant.spec.datasets.map((dataset) => dataset.pointStyle));
		expect(legendOf(tierPyramid(portfolioOf([planInput('a')]), ui).spec)).toEqual([]);
	});
});
