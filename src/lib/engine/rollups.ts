import { CATEGORIES, TIERS } from '../../../schemas/enums.ts';
import type { Policy } from '../../../schemas/policy.ts';
import { productLineRollups } from './products.ts';
import { countObjectivesByStatus } from './objectives.ts';
import { type AccountView, type MoneyByCurrency, QUADRANTS, type Rollup, type RollupDimension } from './types.ts';
import { compareText } from '../compare.ts';
import { rateIntoPolicyCurrency } from './exchange.ts';
import { defineLazy } from './memo.ts';

/** Every dimension, in the order pages list them. */
export const ROLLUP_DIMENSIONS: readonly RollupDimension[] = ['tier', 'category', 'owner', 'region', 'industry', 'quadrant', 'group'];


/** Adds `amount` in `currency` to a per-currency sum. */
function add(sums: MoneyByCurrency, currency: string, amount: number) {
	sums[currency] = (sums[currency] ?? 0) + amount;
}

/** The same sums with currencies in alphabetical order, so output never depends on insertion order. */
function sortedByCurrency<T>(sums: Record<string, T>): Record<string, T> {
	const sorted: Record<string, T> = {};
	for (const currency of Object.keys(sums).sort(compareText)) sorted[currency] = sums[currency]!;
	return sorted;
}

/** Money rounded to cents, so converted sums do not carry float noise like 8164999.999999999. */
function cents(amount: number): number {
	return Math.round(amount * 100) / 100;
}

/**
 * Totals of a set of accounts. Money is summed per currency and never across
 * currencies; `converted` adds the policy-currency totals only when the policy
 * has a rate for every currency among the accounts.
 */
export function rollupOf(dimension: Rollup['dimension'], key: string, accounts: readonly AccountView[], policy: Policy): Rollup {
	const sorted = [...accounts].sort((a, b) => compareText(a.slug, b.slug));
	const current: MoneyByCurrency = {};
	const potential: MoneyByCurrency = {};
	const wallet: MoneyByCurrency = {};
	const currentWithWallet: MoneyByCurrency = {};
	const forecastByYear: Record<number, MoneyByCurrency> = {};
	let overdueReviews = 0;
	let overdueActions = 0;
	const budget: MoneyByCurrency = {};
	const serveCost: MoneyByCurrency = {};
	const serveRevenue: MoneyByCurrency = {};

	for (const account of sorted) {
		const { currency } = account;
		const value = account.frontmatter.value;
		add(current, currency, value.current);
		add(potential, currency, value.potential);
		if (value.wallet !== undefined && value.wallet > 0) {
			add(wallet, currency, value.wallet);
			add(currentWithWallet, currency, value.current);
		}
		for (const year of account.forecast) add((forecastByYear[year.year] ??= {}), currency, year.revenue);
		if (account.review.status === 'overdue') overdueReviews++;
		overdueActions += account.overdueActions;
		if (account.budget.total > 0) add(budget, currency, account.budget.total);
		const latest = account.costToServeYears.at(-1);
		if (latest) {
			add(serveCost, currency, latest.cost);
			add(serveRevenue, currency, latest.revenue);
		}
	}
	const costToServe: Record<string, number> = {};
	for (const currency of Object.keys(serveRevenue)) costToServe[currency] = serveCost[currency]! / serveRevenue[currency]!;

	const shareOfWallet: Record<string, number> = {};
	for (const currency of Object.keys(wallet)) shareOfWallet[currency] = currentWithWallet[currency]! / wallet[currency]!;
	for (const year of Object.keys(forecastByYear)) forecastByYear[Number(year)] = sortedByCurrency(forecastByYear[Number(year)]!);

	const rollup: Rollup = {
		dimension,
		key,
		count: sorted.length,
		slugs: sorted.map((a) => a.slug),
		current: sortedByCurrency(current),
		potential: sortedByCurrency(potential),
		wallet: sortedByCurrency(wallet),
		shareOfWallet: sortedByCurrency(shareOfWallet),
		forecastByYear,
		overdueReviews,
		overdueActions,
		products: productLineRollups(sorted, policy),
		objectives: countObjectivesByStatus(sorted.flatMap((a) => a.objectives)),
		budget: sortedByCurrency(budget),
		costToServe: sortedByCurrency(costToServe),
	};
	const converted = convert(sorted, { current, potential, wallet, currentWithWallet, forecastByYear }, policy);
	if (converted) rollup.converted = converted;
	return rollup;
}

function convert(
	accounts: readonly AccountView[],
	sums: { current: MoneyByCurrency; potential: MoneyByCurrency; wallet: MoneyByCurrency; currentWithWallet: MoneyByCurrency; forecastByYear: Record<number, MoneyByCurrency> },
	policy: Policy,
): Rollup['converted'] {
	const rates: Record<string, number> = {};
	for (const currency of new Set(accounts.map((a) => a.currency))) {
		const rate = rateIntoPolicyCurrency(currency, policy);
		if (rate === undefined) return undefined;
		rates[currency] = rate;
	}
	// Currencies in a fixed order, so the float additions happen in the same order every build.
	const total = (byCurrency: MoneyByCurrency) =>
		cents(Object.keys(byCurrency).sort(compareText).reduce((sum, currency) => sum + byCurrency[currency]! * rates[currency]!, 0));
	const wallet = total(sums.wallet);
	const forecastByYear: Record<number, number> = {};
	for (const year of Object.keys(sums.forecastByYear)) forecastByYear[Number(year)] = total(sums.forecastByYear[Number(year)]!);
	const converted: NonNullable<Rollup['converted']> = { currency: policy.currency, current: total(sums.current), potential: total(sums.potential), wallet, forecastByYear };
	if (wallet > 0) converted.shareOfWallet = total(sums.currentWithWallet) / wallet;
	return converted;
}

/** Groups accounts by a text key; accounts without one go under '' (listed last). */
function byKey(dimension: RollupDimension, accounts: readonly AccountView[], keyOf: (a: AccountView) => string | undefined, policy: Policy): Rollup[] {
	const groups = new Map<string, AccountView[]>();
	for (const account of accounts) {
		const key = keyOf(account) ?? '';
		const members = groups.get(key);
		if (members) members.push(account);
		else groups.set(key, [account]);
	}
	const keys = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : compareText(a, b)));
	return keys.map((key) => rollupOf(dimension, key, groups.get(key)!, policy));
}

/** One rollup per value of a closed list, in the list's order, empty ones included. */
function byFixedKeys(dimension: RollupDimension, keys: readonly string[], accounts: readonly AccountView[], keyOf: (a: AccountView) => string, policy: Policy): Rollup[] {
	return keys.map((key) => rollupOf(dimension, key, accounts.filter((a) => keyOf(a) === key), policy));
}

/** Region and industry rollups are keyed by the entry's id and carry its name, for display. */
function withNames(rollups: Rollup[], accounts: readonly AccountView[], termOf: (a: AccountView) => { id: string; name: string } | undefined): Rollup[] {
	const names = new Map<string, string>();
	for (const account of accounts) {
		const term = termOf(account);
		if (term && !names.has(term.id)) names.set(term.id, term.name);
	}
	for (const rollup of rollups) {
		const name = names.get(rollup.key);
		if (name !== undefined) rollup.name = name;
	}
	return rollups;
}

/**
 * Rollups by every dimension. Tier, category and quadrant list every value (an
 * empty tier still has a page); owner, region and industry list the values in
 * use (region and industry by their vocabulary id), alphabetically, with '' (none) last; group lists every account that has
 * children, keyed by its slug, covering it and all its descendants.
 */
export function rollupsBy(accounts: readonly AccountView[], policy: Policy, lazy = false): Record<RollupDimension, Rollup[]> {
	const group = () => {
		const bySlug = new Map(accounts.map((a) => [a.slug, a]));
		return accounts
			.filter((a) => a.descendants.length > 0)
			.sort((a, b) => compareText(a.slug, b.slug))
			.map((parent) => rollupOf('group', parent.slug, [parent, ...parent.descendants.map((slug) => bySlug.get(slug)!)], policy));
	};
	const dimensions: Record<RollupDimension, () => Rollup[]> = {
		tier: () => byFixedKeys('tier', TIERS, accounts, (a) => a.tier, policy),
		category: () => byFixedKeys('category', CATEGORIES, accounts, (a) => a.category, policy),
		owner: () => byKey('owner', accounts, (a) => a.frontmatter.owner, policy),
		region: () => withNames(byKey('region', accounts, (a) => a.region?.id, policy), accounts, (a) => a.region),
		industry: () => withNames(byKey('industry', accounts, (a) => a.industry?.id, policy), accounts, (a) => a.industry),
		quadrant: () => byFixedKeys('quadrant', QUADRANTS, accounts, (a) => a.quadrant, policy),
		group,
	};
	const rollups = {} as Record<RollupDimension, Rollup[]>;
	// Lazily (the live preview): a plan page reads the group rollups only, not those of 10,000 accounts by owner.
	for (const dimension of Object.keys(dimensions) as RollupDimension[]) {
		if (lazy) defineLazy(rollups, dimension, dimensions[dimension]);
		else rollups[dimension] = dimensions[dimension]();
	}
	return rollups;
}
