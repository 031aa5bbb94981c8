/**
 * The accounts table (/accounts/): filters, sorting and pages over the compact
 * data file of all accounts (/data/accounts-table.json), see paged-table.ts.
 * This file knows the accounts' rows: their filter values, sort keys and cells.
 */
import { formatters } from '../i18n/format.ts';
import type { AccountsTableData, AccountsTableRow } from '../view/accounts-table-data.ts';
import { element, startPagedTable } from './paged-table.ts';

const cellOf = (all: AccountsTableData, row: AccountsTableRow, column: string) => row[all.columns.indexOf(column) + 1]!;
/** The values after the cells: owner id, currency, share target, review status, region id, industry id. */
const extraOf = (all: AccountsTableData, row: AccountsTableRow, i: number) => row[all.columns.length + 1 + i]!;
const keyAt = (labels: Record<string, string>, index: string | number) => Object.keys(labels)[index as number]!;

startPagedTable<AccountsTableData, AccountsTableRow>({
	rows: (all) => all.rows,
	locale: (all) => all.locale,
	sortKey: (all, row, column) => cellOf(all, row, column),
	filterValue(all, row, filter) {
		switch (filter) {
			case 'tier':
				return keyAt(all.labels.tier, cellOf(all, row, 'tier'));
			case 'category':
				return keyAt(all.labels.category, cellOf(all, row, 'category'));
			case 'quadrant':
				return keyAt(all.labels.quadrant, cellOf(all, row, 'quadrant'));
			case 'owner':
				return String(extraOf(all, row, 0));
			case 'review':
				return String(extraOf(all, row, 3));
			case 'region':
				return String(extraOf(all, row, 4));
			case 'industry':
				return String(extraOf(all, row, 5));
			default:
				return String(cellOf(all, row, filter));
		}
	},
	/** The same cells as the server's table (src/components/ui/AccountsTable.astro). */
	renderRow(all, row) {
		const fmt = formatters(all.locale);
		const { labels } = all;
		const [slug] = row;
		const cell = (column: string) => cellOf(all, row, column);
		const [owner, currency, target, review] = row.slice(all.columns.length + 1, all.columns.length + 5) as [string, string, number, string];
		const key = (column: string) => String(cell(column));
		const tier = keyAt(labels.tier, cell('tier'));
		const category = keyAt(labels.category, cell('category'));
		const quadrant = keyAt(labels.quadrant, cell('quadrant'));
		const sow = cell('sow') as number;
		const tr = element('tr', review === 'overdue' ? { class: 'overdue' } : {});
		tr.append(
			element('th', { scope: 'row', 'data-sort': key('account') }, element('a', { href: `/accounts/${slug}/` }, key('account'))),
			element('td', { 'data-sort': key('tier') }, element('span', { class: `badge tier-${tier}` }, labels.tier[tier]!)),
			element('td', { 'data-sort': key('category') }, element('span', { class: `badge category category-${category}` }, labels.category[category]!)),
			element('td', { 'data-sort': key('owner') }, owner ? element('a', { href: `/owners/${owner}/` }, key('owner')) : element('span', { class: 'muted' }, '—')),
			element('td', { 'data-sort': key('region') }, key('region') || '—'),
			element('td', { 'data-sort': key('industry') }, key('industry') || '—'),
			element(
				'td',
				{ 'data-sort': key('quadrant') },
				element('span', { 'aria-hidden': 'true' }, labels.quadrantShort[quadrant]!),
				element('span', { class: 'visually-hidden' }, labels.quadrant[quadrant]!),
			),
			element('td', { class: 'num', 'data-sort': key('current') }, fmt.moneyCompact(cell('current') as number, currency)),
			element('td', { class: 'num', 'data-sort': key('potential') }, fmt.moneyCompact(cell('potential') as number, currency)),
			element(
				'td',
				{ class: 'num', 'data-sort': key('sow') },
				sow < 0 ? '—' : fmt.percent(sow),
				...(target >= 0 ? [element('span', { class: 'sub' }, labels.target.replace('{target}', fmt.percent(target)))] : []),
			),
			element(
				'td',
				{ class: 'nowrap', 'data-sort': key('nextReview') },
				element('time', { datetime: key('nextReview') }, fmt.date(key('nextReview'))),
				element('br'),
				element('span', { class: `badge status-${review}` }, labels.review[review]!),
			),
			element('td', { class: 'num', 'data-sort': key('health') }, fmt.number(cell('health') as number)),
			element('td', { class: 'num', 'data-sort': key('overdueActions') }, fmt.number(cell('overdueActions') as number)),
		);
		return tr;
	},
});
