/**
 * What the pages show besides the engine's own figures is decided in src/view
 * (and the engine), so the pages only render; each case changes the base plan
 * in one way.
 */
import { describe, expect, it } from 'vitest';
import { shareOfWalletGap } from '../../src/lib/engine/share.ts';
import { forecastTable } from '../../src/view/charts.ts';
import { planPageFacts } from '../../src/view/plan-page.ts';
import { ownedByTier, ownerRollup, personSlice } from '../../src/view/portfolio-of-person.ts';
import { progressReportCards, signedMoney } from '../../src/view/progress-report.ts';
import { asTier, planInput, portfolioOf, testPolicy } from '../lib/engine/fixtures.ts';

describe('shareOfWalletGap', () => {
	it.each([
		// [current, wallet, target, gap]
		[6_000_000, 20_000_000, 0.4, 2_000_000],
		[8_000_000, 20_000_000, 0.4, undefined], // reached exactly
		[9_000_000, 20_000_000, 0.4, undefined], // beyond
		[6_000_000, undefined, 0.4, undefined], // no wallet
		[6_000_000, 0, 0.4, undefined], // an empty wallet has no share
		[6_000_000, 20_000_000, undefined, undefined], // no target
	])('current %i of wallet %s, target %s: gap %s', (current, wallet, target, gap) => {
		expect(shareOfWalletGap({ current, wallet }, target)).toBe(gap);
	});
});

describe('planPageFacts', () => {
	const factsOf = (change: Parameters<typeof planInput>[1], others: Parameters<typeof planInput>[] = []) => {
		const portfolio = portfolioOf([planInput('acme', change), ...others.map((args) => planInput(...args))]);
		return planPageFacts(portfolio.bySlug.get('acme')!);
	};

	it('the base plan: 2,000,000 short of its 40 % target, a running period, no group', () => {
		const facts = factsOf(() => {});
		expect(facts).toEqual({ shareGap: 2_000_000, shareBar: 0.3, healthMax: 100, periodBadge: 'badge status-neutral' });
	});

	it('scores health out of the sum of its items', () => {
		const account = portfolioOf([planInput('acme')]).bySlug.get('acme')!;
		expect(planPageFacts(account).healthMax).toBe(account.health.items.reduce((sum, item) => sum + item.max, 0));
	});

	it('fills the share bar at most once', () => {
		expect(factsOf((p) => (p.value = { ...p.value, current: 30_000_000, potential: 30_000_000 })).shareBar).toBe(1);
	});

	it.each([
		['2026-12-31', 'badge status-due-soon'], // ends within 12 weeks of 2026-11-22
		['2026-11-01', 'badge status-overdue'], // ended
	])('a period ending %s has the badge %s', (end, badge) => {
		expect(factsOf((p) => (p.planPeriod = { start: '2026-01-01', end })).periodBadge).toBe(badge);
	});

	it('links a group parent to its own group page, and a subsidiary to its parent’s', () => {
		const portfolio = portfolioOf([planInput('group'), planInput('subsidiary', (p) => (p.parent = 'group'))]);
		expect(planPageFacts(portfolio.bySlug.get('group')!).groupRoot).toBe('group');
		expect(planPageFacts(portfolio.bySlug.get('subsidiary')!).groupRoot).toBe('group');
	});
});

describe('forecastTable', () => {
	it('orders currencies as the charts do: the policy currency first, then the others', () => {
		// acme is in the policy currency (USD); alphabetical order would put it last.
		const portfolio = portfolioOf([planInput('acme'), planInput('cny', (p) => (p.currency = 'CNY')), planInput('eur', (p) => (p.currency = 'EUR'))], {
			policy: testPolicy({ currency: 'USD' }),
		});
		const table = forecastTable(portfolio.total, 'USD');
		expect(table.currencies).toEqual(['USD', 'CNY', 'EUR']);
		expect(table.years).toEqual([2026, 2027]);
		expect(table.converted).toBeUndefined(); // no exchange rates, no converted total
	});
});

describe('a person’s page', () => {
	it('groups their accounts by tier in pyramid order, and finds their rollup', () => {
		const portfolio = portfolioOf([planInput('small', (p) => asTier(p, 'named')), planInput('big')]);
		const groups = ownedByTier(personSlice(portfolio, 'li-wei'));
		expect(groups.map((g) => [g.tier, g.accounts.map((a) => a.slug)])).toEqual([
			['major', ['big']],
			['named', ['small']],
		]);
		expect(ownerRollup(portfolio, 'li-wei')?.count).toBe(2);
		expect(ownerRollup(portfolio, 'nobody')).toBeUndefined();
	});
});

describe('the progress report page', () => {
	it('joins each major account with its attention entry and overdue milestones', () => {
		const portfolio = portfolioOf([
			planInput('late', (p) => (p.actions = [{ title: 'Overdue call', owner: 'li-wei', due: '2026-11-01', status: 'planned' }])),
			planInput('fine'),
		]);
		const cards = progressReportCards(portfolio);
		expect(cards.map((c) => [c.row.slug, c.overdue.map((a) => a.title), c.attention?.slug])).toEqual([
			['fine', [], undefined],
			['late', ['Overdue call'], 'late'],
		]);
	});

	it.each([
		[1000, '+1000 CNY'],
		[-1000, '-1000 CNY'],
		[0, '0 CNY'],
	])('signs a change of %i as %s', (amount, expected) => {
		expect(signedMoney(amount, 'CNY', { money: (value, currency) => `${value} ${currency}` })).toBe(expected);
	});
});
