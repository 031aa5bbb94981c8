import { describe, expect, it } from 'vitest';
import { actualFigures, forecastFigures, growth, profit } from '../../../src/lib/engine/financials.ts';
import { shareOfWallet } from '../../../src/lib/engine/share.ts';
import { planInput, portfolioOf } from './fixtures.ts';

describe('shareOfWallet', () => {
	it.each([
		[2_000_000, 10_000_000, 0.2],
		[0, 10_000_000, 0],
		[200_000, 220_000, 200_000 / 220_000],
		[5, 0, undefined], // a zero wallet has no share (never Infinity)
		[5, undefined, undefined], // no wallet
	])('current %s of wallet %s: %s', (current, wallet, share) => {
		expect(shareOfWallet({ current, ...(wallet === undefined ? {} : { wallet }) })).toBe(share);
	});

	it('reaches the account view with its target', () => {
		const [account] = portfolioOf([planInput('acme')]).accounts;
		expect(account!.shareOfWallet).toBe(6_000_000 / 20_000_000);
		expect(account!.shareOfWalletTarget).toBe(0.4);
		const [noWallet] = portfolioOf([planInput('acme', (p) => delete p.value.wallet)]).accounts;
		expect('shareOfWallet' in noWallet!).toBe(false);
	});
});

describe('growth and profit', () => {
	it.each([
		[100, 125, 0.25],
		[100, 80, -0.2],
		[0, 50, undefined], // zero base
		[undefined, 50, undefined], // first year
	])('from %s to %s: %s', (previous, revenue, expected) => {
		expect(growth(previous, revenue)).toBe(expected);
	});

	it.each([
		[{ contribution: 500, cost: 120 }, 380],
		[{ contribution: 100, cost: 250 }, -150],
		[{ contribution: 500 }, undefined],
		[{ cost: 120 }, undefined],
	])('profit of %j: %s', (row, expected) => {
		expect(profit(row)).toBe(expected);
	});

	it('sorts actuals by year before comparing years', () => {
		const figures = actualFigures([
			{ year: 2025, revenue: 150, contribution: 40, cost: 10 },
			{ year: 2023, revenue: 100 },
			{ year: 2024, revenue: 120 },
		]);
		expect(figures).toEqual([
			{ year: 2023, revenue: 100 },
			{ year: 2024, revenue: 120, growth: (120 - 100) / 100 },
			{ year: 2025, revenue: 150, growth: (150 - 120) / 120, profit: 40 - 10 },
		]);
	});

	it('compares the first forecast year with the last actual year before it', () => {
		const figures = forecastFigures(
			[
				{ year: 2027, revenue: 300 },
				{ year: 2026, revenue: 240 },
			],
			[{ year: 2025, revenue: 200 }],
		);
		expect(figures).toEqual([
			{ year: 2026, revenue: 240, growth: (240 - 200) / 200 },
			{ year: 2027, revenue: 300, growth: (300 - 240) / 240 },
		]);
		expect(forecastFigures(undefined, undefined)).toEqual([]);
	});
});
