/** Cost to serve, the plan-year budget and its share: table-driven, expected values worked out by hand. */
import { describe, expect, it } from 'vitest';
import { budgetAboveMax, costToServe, costToServeYears, planYear, planYearBudget } from '../../../src/lib/engine/cost.ts';

describe('cost to serve', () => {
	it.each([
		{ name: 'no financials', financials: undefined, expected: null },
		{ name: 'no year with a cost', financials: [{ year: 2025, revenue: 1000 }], expected: null },
		{ name: 'one year: 150,000 / 2,400,000', financials: [{ year: 2025, revenue: 2_400_000, cost: 150_000 }], expected: 0.0625 },
		{
			name: 'the latest year with a cost, whatever the order: 2025 is 250 / 5000',
			financials: [
				{ year: 2025, revenue: 5000, cost: 250 },
				{ year: 2024, revenue: 4000, cost: 400 },
			],
			expected: 0.05,
		},
		{
			name: 'a later year without cost is skipped: 2024 is 400 / 4000',
			financials: [
				{ year: 2024, revenue: 4000, cost: 400 },
				{ year: 2025, revenue: 5000 },
			],
			expected: 0.1,
		},
		{
			name: 'a later year with revenue 0 is skipped: 2024 is 300 / 1200',
			financials: [
				{ year: 2024, revenue: 1200, cost: 300 },
				{ year: 2025, revenue: 0, cost: 100 },
			],
			expected: 0.25,
		},
	])('$name', ({ financials, expected }) => {
		expect(costToServe(financials)).toBe(expected);
	});

	it('lists every year with a cost, oldest first', () => {
		expect(
			costToServeYears([
				{ year: 2025, revenue: 5000, cost: 250 },
				{ year: 2023, revenue: 2000 },
				{ year: 2024, revenue: 4000, cost: 400 },
			]),
		).toEqual([
			{ year: 2024, cost: 400, revenue: 4000, ratio: 0.1 },
			{ year: 2025, cost: 250, revenue: 5000, ratio: 0.05 },
		]);
	});
});

describe('plan-year budget', () => {
	it.each([
		{ name: 'the year of planPeriod.start', period: { start: '2027-01-01' }, asOf: '2026-11-15', expected: 2027 },
		{ name: 'the year of the as-of date without a period', period: undefined, asOf: '2026-11-15', expected: 2026 },
	])('plan year: $name', ({ period, asOf, expected }) => {
		expect(planYear(period, asOf)).toBe(expected);
	});

	const budget = [
		{ year: 2027, item: 'Visits', amount: 60_000 },
		{ year: 2027, item: 'Demo site', amount: 120_000 },
		{ year: 2026, item: 'Visits', amount: 50_000 },
	];
	const forecast = [
		{ year: 2026, revenue: 2_000_000 },
		{ year: 2027, revenue: 3_000_000 },
	];

	it.each([
		{ name: '2027: 180,000 of 3,000,000 is 0.06', year: 2027, forecast, expected: { year: 2027, total: 180_000, share: 0.06 } },
		{ name: '2026: 50,000 of 2,000,000 is 0.025', year: 2026, forecast, expected: { year: 2026, total: 50_000, share: 0.025 } },
		{ name: 'no budget for 2028: total 0, no forecast: share null', year: 2028, forecast, expected: { year: 2028, total: 0, share: null } },
		{ name: 'no forecast of the year: share null', year: 2027, forecast: [{ year: 2026, revenue: 1 }], expected: { year: 2027, total: 180_000, share: null } },
		{ name: 'a forecast of 0: share null', year: 2027, forecast: [{ year: 2027, revenue: 0 }], expected: { year: 2027, total: 180_000, share: null } },
	])('$name', ({ year, forecast: rows, expected }) => {
		expect(planYearBudget(budget, rows, year)).toEqual(expected);
	});

	it.each([
		{ share: 0.06, max: 0.05, expected: true },
		{ share: 0.05, max: 0.05, expected: false },
		{ share: null, max: 0.05, expected: false },
		{ share: 0.9, max: undefined, expected: false },
	])('share $share against max $max: above is $expected', ({ share, max, expected }) => {
		expect(budgetAboveMax({ year: 2027, total: 1, share }, max)).toBe(expected);
	});
});
