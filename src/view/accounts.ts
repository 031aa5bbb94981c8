/**
 * Rows of the accounts table: what each cell shows and the key it sorts by.
 * Sorting and filtering happen in the browser on these keys (see
 * src/scripts/accounts-table.ts); nothing here computes a domain figure.
 */
import { CATEGORIES, TIERS } from '../../schemas/enums.ts';
import type { AccountView } from '../lib/engine/types.ts';
import { QUADRANTS } from '../lib/engine/types.ts';
import { compareText } from '../lib/compare.ts';

export const ACCOUNT_COLUMNS = [
	'account',
	'tier',
	'category',
	'owner',
	'region',
	'industry',
	'quadrant',
	'current',
	'potential',
	'sow',
	'nextReview',
	'health',
	'overdueActions',
] as const;
export type AccountColumn = (typeof ACCOUNT_COLUMNS)[number];

/** Columns whose values are numbers (right-aligned, sorted numerically). */
export const NUMERIC_COLUMNS: ReadonlySet<AccountColumn> = new Set(['current', 'potential', 'sow', 'health', 'overdueActions']);

/** The filters of the accounts page, in form order; each is a URL query parameter. */
export const ACCOUNT_FILTERS = ['tier', 'category', 'owner', 'region', 'industry', 'quadrant', 'review'] as const;
export type AccountFilter = (typeof ACCOUNT_FILTERS)[number];

/** The value a row has for each filter ('' when the plan leaves it out). */
export function filterValues(account: AccountView): Record<AccountFilter, string> {
	return {
		tier: account.tier,
		category: account.category,
		owner: account.frontmatter.owner ?? '',
		region: account.region?.id ?? '',
		industry: account.industry?.id ?? '',
		quadrant: account.quadrant,
		review: account.review.status,
	};
}

/**
 * The key a cell sorts by: numbers for amounts, ranks for closed lists (the
 * pyramid's order, not the alphabet), text otherwise. Amounts in different
 * currencies sort by their face value.
 */
export function sortKey(account: AccountView, column: AccountColumn, ownerName: string): string | number {
	switch (column) {
		case 'account':
			return account.name;
		case 'tier':
			return TIERS.indexOf(account.tier);
		case 'category':
			return CATEGORIES.indexOf(account.category);
		case 'owner':
			return ownerName;
		case 'region':
			return account.region?.name ?? '';
		case 'industry':
			return account.industry?.name ?? '';
		case 'quadrant':
			return QUADRANTS.indexOf(account.quadrant);
		case 'current':
			return account.frontmatter.value.current;
		case 'potential':
			return account.frontmatter.value.potential;
		case 'sow':
			return account.shareOfWallet ?? -1;
		case 'nextReview':
			return account.review.due;
		case 'health':
			return account.health.score;
		case 'overdueActions':
			return account.overdueActions;
	}
}

/** The table's first order: down the pyramid, then most valuable first. */
export function defaultOrder(accounts: readonly AccountView[]): AccountView[] {
	return [...accounts].sort(
		(a, b) =>
			TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier) ||
			b.frontmatter.value.current - a.frontmatter.value.current ||
			compareText(a.slug, b.slug),
	);
}
