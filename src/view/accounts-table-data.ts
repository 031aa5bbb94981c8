/**
 * The accounts page's data file (`/data/accounts-table.json`): every account
 * as one compact row of its cells' sort keys plus what the cells link to, and
 * the labels to show them. The browser filters, sorts and renders rows from it
 * (src/scripts/accounts-table.ts), so the page's HTML holds one page of rows,
 * not the whole portfolio. Sort keys come from `sortKey`, as in the HTML table.
 */
import { CATEGORIES, type Locale, TIERS } from '../../schemas/enums.ts';
import type { Ui } from '../i18n/index.ts';
import { type Portfolio, QUADRANTS, REVIEW_STATUSES } from '../lib/engine/types.ts';
import { ACCOUNT_COLUMNS, defaultOrder, filterValues, sortKey } from './accounts.ts';
import { personName } from './people.ts';

/** Rows shown per page: the page's HTML and each page of the browser's view. */
export const ACCOUNTS_PAGE_SIZE = 200;

/**
 * One account: its slug, then the sort key of every column in
 * ACCOUNT_COLUMNS order, then the owner's id ('' for none), the currency, the
 * share-of-wallet target (-1 for none), the review status, and the region's
 * and industry's filter values (their ids; '' for none).
 */
export type AccountsTableRow = [string, ...(string | number)[]];

export interface AccountsTableData {
	locale: Locale;
	columns: readonly string[];
	/** Labels of the closed lists, by value, in the portal's language. */
	labels: {
		tier: Record<string, string>;
		category: Record<string, string>;
		quadrant: Record<string, string>;
		quadrantShort: Record<string, string>;
		review: Record<string, string>;
		/** "target {target}" */
		target: string;
	};
	/** In the default order of the table (the order ties keep). */
	rows: AccountsTableRow[];
}

const byKey = <K extends string>(keys: readonly K[], label: (key: K) => string) => Object.fromEntries(keys.map((key) => [key, label(key)]));

/** The number of pages of the accounts table (at least one). */
export function accountsPageCount(accounts: number): number {
	return Math.max(1, Math.ceil(accounts / ACCOUNTS_PAGE_SIZE));
}

export function accountsTableData(portfolio: Portfolio, ui: Ui): AccountsTableData {
	const { t } = ui;
	return {
		locale: ui.locale,
		columns: ACCOUNT_COLUMNS,
		labels: {
			tier: byKey(TIERS, (tier) => t(`tier.${tier}`)),
			category: byKey(CATEGORIES, (category) => t(`category.${category}`)),
			quadrant: byKey(QUADRANTS, (quadrant) => t(`quadrant.${quadrant}`)),
			quadrantShort: byKey(QUADRANTS, (quadrant) => t(`quadrantShort.${quadrant}`)),
			review: byKey(REVIEW_STATUSES, (status) => t(`reviewStatus.${status}`)),
			target: t('plan.targetShort', { target: '{target}' }),
		},
		rows: defaultOrder(portfolio.accounts).map((account): AccountsTableRow => {
			const owner = account.frontmatter.owner;
			const ownerName = owner ? personName(portfolio.people, owner) : '';
			return [
				account.slug,
				...ACCOUNT_COLUMNS.map((column) => sortKey(account, column, ownerName)),
				owner ?? '',
				account.currency,
				account.shareOfWalletTarget ?? -1,
				account.review.status,
				filterValues(account).region,
				filterValues(account).industry,
			];
		}),
	};
}
