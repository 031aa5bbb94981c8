/**
 * The visits page's data file (`/data/visits-table.json`): every visit as one
 * compact row, in the page's order (visitRows), and the labels to show it. The
 * browser filters and pages rows from it (src/scripts/visits-table.ts), so the
 * page's HTML holds one page of rows, not every visit of the portfolio.
 */
import { type Locale, TIERS, VISIT_STATUSES, VISIT_TYPES } from '../../schemas/enums.ts';
import type { Ui } from '../i18n/index.ts';
import type { Portfolio } from '../lib/engine/types.ts';
import { personName } from './people.ts';
import { visitAnchor, visitRows } from './visits.ts';

/** Rows shown per page: the page's HTML and each page of the browser's view. */
export const VISITS_PAGE_SIZE = 200;

/**
 * One visit: account slug, account name, tier index (TIERS), owner id ('' for
 * none), owner name, region id ('' for none), date, date as shown, type index
 * (VISIT_TYPES), status index (VISIT_STATUSES), purpose, outcome ('' for
 * none), the visit's anchor on the plan page.
 */
export type VisitsTableRow = [string, string, number, string, string, string, string, string, number, number, string, string, string];

export interface VisitsTableData {
	locale: Locale;
	labels: { tier: Record<string, string>; type: Record<string, string>; status: Record<string, string> };
	rows: VisitsTableRow[];
}

const byKey = <K extends string>(keys: readonly K[], label: (key: K) => string) => Object.fromEntries(keys.map((key) => [key, label(key)]));

/** The number of pages of the visits table (at least one). */
export function visitsPageCount(visits: number): number {
	return Math.max(1, Math.ceil(visits / VISITS_PAGE_SIZE));
}

export function visitsTableData(portfolio: Portfolio, ui: Ui): VisitsTableData {
	const { t, fmt } = ui;
	return {
		locale: ui.locale,
		labels: {
			tier: byKey(TIERS, (tier) => t(`tier.${tier}`)),
			type: byKey(VISIT_TYPES, (type) => t(`visitType.${type}`)),
			status: byKey(VISIT_STATUSES, (status) => t(`visitStatus.${status}`)),
		},
		rows: visitRows(portfolio).map(({ account, visit }): VisitsTableRow => {
			const owner = account.frontmatter.owner ?? '';
			return [
				account.slug,
				account.name,
				TIERS.indexOf(account.tier),
				owner,
				owner ? personName(portfolio.people, owner) : '',
				account.region?.id ?? '',
				visit.date,
				fmt.date(visit.date),
				VISIT_TYPES.indexOf(visit.type),
				VISIT_STATUSES.indexOf(visit.status),
				visit.purpose,
				visit.outcome ?? '',
				visitAnchor(visit),
			];
		}),
	};
}
