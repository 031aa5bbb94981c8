/**
 * The visits page (/visits/): filters and pages over the compact data file of
 * every visit (/data/visits-table.json), see paged-table.ts; and the same
 * filters over the page's table of accounts overdue for a visit, whose rows
 * carry their filter values.
 */
import { TIERS, VISIT_STATUSES, VISIT_TYPES } from '../../schemas/vocabularies.ts';
import type { VisitsTableData, VisitsTableRow } from '../view/visits-table-data.ts';
import { element, startPagedTable } from './paged-table.ts';

const FILTERS = { owner: 3, region: 5 } as const;

startPagedTable<VisitsTableData, VisitsTableRow>({
	rows: (all) => all.rows,
	locale: (all) => all.locale,
	filterValue(_all, row, filter) {
		if (filter === 'tier') return TIERS[row[2]] ?? '';
		return filter === 'owner' || filter === 'region' ? row[FILTERS[filter]] : '';
	},
	sortKey: (_all, row) => row[6],
	/** The same cells as the server's table (src/components/visits/VisitsTable.astro). */
	renderRow(all, row) {
		const [slug, name, tierIndex, owner, ownerName, , date, dateText, typeIndex, statusIndex, purpose, outcome, anchor] = row;
		const tier = TIERS[tierIndex]!;
		const status = VISIT_STATUSES[statusIndex]!;
		const type = VISIT_TYPES[typeIndex]!;
		const time = element('time', { datetime: date }, dateText);
		return element(
			'tr',
			{},
			element('td', { class: 'nowrap' }, element('a', { href: `/accounts/${slug}/#${anchor}` }, time)),
			element('th', { scope: 'row' }, element('a', { href: `/accounts/${slug}/` }, name)),
			element('td', {}, element('span', { class: `badge tier-${tier}` }, all.labels.tier[tier] ?? tier)),
			element('td', {}, owner ? element('a', { href: `/owners/${owner}/` }, ownerName) : element('span', { class: 'muted' }, '—')),
			element('td', {}, all.labels.type[type] ?? type),
			element('td', {}, element('span', { class: `badge visit-status-${status}` }, all.labels.status[status] ?? status)),
			element('td', {}, purpose),
			element('td', {}, outcome || element('span', { class: 'muted' }, '—')),
		);
	},
});

/** The overdue table follows the same filters (its rows are all on the page). */
const form = document.querySelector<HTMLFormElement>('form[data-account-filters]');
const overdue = document.querySelector<HTMLTableElement>('table#visit-overdue');
if (form && overdue) {
	const filterOverdue = () => {
		const active = [...form.querySelectorAll<HTMLSelectElement>('select[name]')].filter((s) => s.value !== '*');
		for (const row of overdue.tBodies[0]!.rows) row.hidden = !active.every((select) => row.dataset[select.name] === select.value);
	};
	form.addEventListener('change', filterOverdue);
	form.addEventListener('reset', () => setTimeout(filterOverdue));
	filterOverdue();
}
