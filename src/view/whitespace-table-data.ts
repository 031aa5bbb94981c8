/**
 * The whitespace map's data file (`/data/whitespace-table.json`): every
 * account with product lines as one compact row, its cells' texts already
 * formatted, so the browser filters, sorts and draws one page of rows
 * (src/scripts/whitespace-table.ts) while the page's HTML holds one page of
 * them. Rows, cells and their order come from `whitespaceRows`, as in the
 * HTML table; sort keys from `sortKey`.
 */
import { type Locale, TIERS } from '../../schemas/enums.ts';
import type { Ui } from '../i18n/index.ts';
import type { AccountView, Portfolio } from '../lib/engine/types.ts';
import { filterValues, sortKey } from './accounts.ts';
import { personName } from './people.ts';
import { type WhitespaceCell, whitespaceRows } from './whitespace.ts';

/** Rows per page of the map: the page's HTML and each page of the browser's view. */
export const WHITESPACE_PAGE_SIZE = 200;

/** How a cell reads: our share (shaded), whitespace (marked), no spend, or the line not listed. */
export const CELL_KINDS = ['share', 'whitespace', 'no-wallet', 'not-listed'] as const satisfies readonly WhitespaceCell['kind'][];

/** One cell: its kind (index in CELL_KINDS), its text, its sort key and its shade (0 unless a share). */
export type WhitespaceTableCell = [kind: number, text: string, sortKey: number, shade: number];

/** One account: what its row shows and what it filters and sorts by. */
export type WhitespaceTableRow = [
	slug: string,
	name: string,
	/** Index in TIERS. */
	tier: number,
	/** The owner's id and name ('' for none). */
	owner: string,
	ownerName: string,
	/** The region's filter value (its id) and name ('' for none). */
	region: string,
	regionName: string,
	/** The wallet at stake on its whitespace lines, and that amount formatted. */
	whitespace: number,
	whitespaceText: string,
	cells: WhitespaceTableCell[],
];

export interface WhitespaceTableData {
	locale: Locale;
	/** The product lines' ids, in column order (`line-<id>` columns). */
	lines: string[];
	/** CELL_KINDS, which a cell's kind indexes (the page's script imports no server code). */
	kinds: typeof CELL_KINDS;
	labels: {
		/** By tier, in the order of TIERS, which a row's tier indexes. */
		tier: Record<string, string>;
		/** The word that marks a whitespace cell. */
		mark: string;
	};
	/** The most wallet at stake first (the order ties keep). */
	rows: WhitespaceTableRow[];
}

/** The number of pages of the map (at least one). */
export function whitespacePageCount(rows: number): number {
	return Math.max(1, Math.ceil(rows / WHITESPACE_PAGE_SIZE));
}

const ownerNameOf = (account: AccountView, portfolio: Portfolio) => (account.frontmatter.owner ? personName(portfolio.people, account.frontmatter.owner) : '');

export function whitespaceTableData(portfolio: Portfolio, ui: Ui): WhitespaceTableData {
	return {
		locale: ui.locale,
		lines: (portfolio.policy.productLines ?? []).map((line) => line.id),
		kinds: CELL_KINDS,
		labels: {
			tier: Object.fromEntries(TIERS.map((tier) => [tier, ui.t(`tier.${tier}`)])),
			mark: ui.t('whitespace.mark'),
		},
		rows: whitespaceRows(portfolio.accounts, portfolio, ui).map(({ account, cells, valueText }): WhitespaceTableRow => [
			account.slug,
			account.name,
			sortKey(account, 'tier', '') as number,
			filterValues(account).owner,
			ownerNameOf(account, portfolio),
			filterValues(account).region,
			account.region?.name ?? '',
			account.whitespaceWallet,
			valueText,
			cells.map((cell): WhitespaceTableCell => [CELL_KINDS.indexOf(cell.kind), cell.text, cell.sortKey, cell.kind === 'share' ? cell.shade : 0]),
		]),
	};
}
