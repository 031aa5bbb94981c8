import { describe, expect, it } from 'vitest';
import { CATEGORIES, TIERS } from '../../../schemas/enums.ts';
import { ROLLUP_DIMENSIONS } from '../../../src/lib/engine/rollups.ts';
import { QUADRANTS, type PlanInput } from '../../../src/lib/engine/types.ts';
import { asTier, planInput, portfolioOf, testPolicy } from './fixtures.ts';

/** Three plans: two in CNY (one overdue), one in USD. */
function mixedPlans(): PlanInput[] {
	return [
		planInput('cny-a', (p) => (p.value = { current: 6_000_000, potential: 25_000_000, wallet: 20_000_000 })),
		planInput('cny-b', (p) => {
			p.value = { current: 7_000_000, potential: 21_000_000, wallet: 30_000_000 };
			p.review = { last: '2026-01-01' };
			p.forecast = [{ year: 2026, revenue: 1_000_000 }];
		}),
		planInput('usd-c', (p) => {
			p.currency = 'USD';
			p.value = { current: 5_000_000, potential: 20_000_000, wallet: 8_000_000 };
		}),
	];
}

describe('rollups', () => {
	it('keep money per currency, never summed across', () => {
		const { total } = portfolioOf(mixedPlans());
		expect(total.current).toEqual({ CNY: 6_000_000 + 7_000_000, USD: 5_000_000 });
		expect(total.potential).toEqual({ CNY: 25_000_000 + 21_000_000, USD: 20_000_000 });
		expect(total.wallet).toEqual({ CNY: 20_000_000 + 30_000_000, USD: 8_000_000 });
		expect(total.shareOfWallet).toEqual({ CNY: (6_000_000 + 7_000_000) / (20_000_000 + 30_000_000), USD: 5_000_000 / 8_000_000 });
		expect(total.forecastByYear).toEqual({
			2026: { CNY: 6_500_000 + 1_000_000, USD: 6_500_000 },
			2027: { CNY: 8_000_000, USD: 8_000_000 },
		});
		expect(total.dimension).toBe('all');
		expect(total.count).toBe(3);
		expect(total.overdueReviews).toBe(1);
	});

	it('convert into the policy currency only when every currency has a rate', () => {
		expect(portfolioOf(mixedPlans()).total.converted).toBeUndefined();
		const rate = 7.1;
		const policy = testPolicy({ exchangeRates: { USD: rate } });
		const converted = portfolioOf(mixedPlans(), { policy }).total.converted!;
		expect(converted.currency).toBe('CNY');
		expect(converted.current).toBeCloseTo(13_000_000 + 5_000_000 * rate, 2);
		expect(converted.wallet).toBeCloseTo(50_000_000 + 8_000_000 * rate, 2);
		expect(converted.shareOfWallet).toBeCloseTo((13_000_000 + 5_000_000 * rate) / (50_000_000 + 8_000_000 * rate), 10);
		expect(converted.forecastByYear[2026]).toBeCloseTo(7_500_000 + 6_500_000 * rate, 2);
		// A rate for another currency does not cover USD.
		expect(portfolioOf(mixedPlans(), { policy: testPolicy({ exchangeRates: { EUR: 7.8 } }) }).total.converted).toBeUndefined();
	});

	it('a single-currency portfolio in the policy currency is trivially converted', () => {
		const plans = mixedPlans().filter((p) => p.frontmatter.currency !== 'USD');
		const { total } = portfolioOf(plans);
		expect(total.converted?.current).toBe(total.current.CNY);
	});

	it('zero or no wallet: no share, and the account is left out of the share', () => {
		const plans = [
			planInput('walletless', (p) => (asTier(p, 'non-named'), delete p.value.wallet, delete p.targets)),
			planInput('zero-wallet', (p) => (asTier(p, 'non-named'), (p.value.wallet = 0))),
		];
		const { total, accounts } = portfolioOf(plans);
		expect(accounts.map((a) => a.shareOfWallet)).toEqual([undefined, undefined]);
		expect(total.wallet).toEqual({});
		expect(total.shareOfWallet).toEqual({});
		expect(total.current).toEqual({ CNY: plans[0]!.frontmatter.value.current + plans[1]!.frontmatter.value.current });
		// With a walleted account added, only its current counts in the share.
		const withWallet = portfolioOf([...plans, planInput('walleted')]).total;
		expect(withWallet.shareOfWallet).toEqual({ CNY: 6_000_000 / 20_000_000 });
	});

	it('list every tier, category and quadrant in contract order, empty ones included', () => {
		const { rollups } = portfolioOf(mixedPlans());
		expect(rollups.tier.map((r) => [r.key, r.count])).toEqual(TIERS.map((t) => [t, t === 'major' ? 3 : 0]));
		expect(rollups.category.map((r) => r.key)).toEqual([...CATEGORIES]);
		expect(rollups.quadrant.map((r) => r.key)).toEqual([...QUADRANTS]);
		expect(Object.keys(rollups)).toEqual([...ROLLUP_DIMENSIONS]);
		expect(rollups.tier[1]!.current).toEqual({});
	});

	it('group owners, regions and industries alphabetically, with none last', () => {
		const plans = [
			planInput('b', (p) => (p.region = 'West')),
			planInput('a', (p) => delete p.region),
			planInput('c', (p) => (p.region = 'East')),
		];
		const { rollups } = portfolioOf(plans);
		expect(rollups.region.map((r) => [r.key, r.slugs])).toEqual([
			['East', ['c']],
			['West', ['b']],
			['', ['a']],
		]);
		expect(rollups.owner.map((r) => r.key)).toEqual(['li-wei']);
	});

	it('count overdue reviews and actions', () => {
		const plans = [
			planInput('late', (p) => {
				p.review = { last: '2025-01-01' };
				p.actions = [
					{ title: 'x', owner: 'li-wei', due: '2026-01-01', status: 'planned' },
					{ title: 'y', owner: 'li-wei', due: '2026-02-01', status: 'blocked' },
					{ title: 'z', owner: 'li-wei', due: '2026-02-01', status: 'done' },
				];
			}),
			planInput('fine'),
		];
		const owner = portfolioOf(plans).rollups.owner[0]!;
		expect(owner.overdueReviews).toBe(1);
		expect(owner.overdueActions).toBe(2);
	});

	it('every rollup of a dimension partitions the accounts', () => {
		const portfolio = portfolioOf(mixedPlans());
		for (const dimension of ['tier', 'category', 'owner', 'region', 'industry', 'quadrant'] as const) {
			const slugs = portfolio.rollups[dimension].flatMap((r) => r.slugs).sort();
			expect(slugs).toEqual(portfolio.accounts.map((a) => a.slug));
		}
	});
});
