/**
 * The resources table (/resources/): filters, sorting and pages over the data
 * file of every request (/data/resources-table.json), see paged-table.ts.
 * This file knows the table's rows: their filter values, sort keys and cells.
 */
import type { ResourceTableData, ResourceTableRow } from '../view/team.ts';
import { element, startPagedTable } from './paged-table.ts';

const STATUS_IDS = ['requested', 'agreed', 'declined', 'delivered'];
const STATUS_CLASSES = ['status-neutral', 'status-due-soon', 'status-neutral', 'status-ok'];
const tierOf = (all: ResourceTableData, index: number) => Object.keys(all.labels.tier)[index]!;

startPagedTable<ResourceTableData, ResourceTableRow>({
	rows: (all) => all.rows,
	locale: (all) => all.locale,
	filterValue(all, row, filter) {
		if (filter === 'function') return row[3];
		if (filter === 'status') return STATUS_IDS[row[5]] ?? '';
		if (filter === 'tier') return tierOf(all, row[2]);
		return '';
	},
	sortKey(_all, row, column) {
		const [, planName, tier, from, fromName, status, by, , need, objective] = row;
		switch (column) {
			case 'function':
				return from === '' ? '\uffff' : fromName;
			case 'need':
				return need;
			case 'status':
				return status;
			case 'by':
				return by === '' ? '9999' : by;
			case 'plan':
				return planName;
			case 'tier':
				return tier;
			default:
				return objective;
		}
	},
	/** The same cells as the server's table (src/components/team/ResourcesIndex.astro). */
	renderRow(all, row) {
		const [slug, planName, tierIndex, from, fromName, status, by, byText, need, objective, late] = row;
		const tier = tierOf(all, tierIndex);
		const statusCell = element('td', {}, element('span', { class: `badge ${STATUS_CLASSES[status]}` }, all.labels.status[status] ?? ''));
		if (late) statusCell.append(' ', element('span', { class: 'badge status-overdue' }, all.labels.late));
		return element(
			'tr',
			{},
			element('td', {}, from === '' ? element('span', { class: 'muted' }, all.labels.noFunction) : fromName),
			element('th', { scope: 'row' }, need),
			statusCell,
			element('td', {}, by === '' ? '—' : element('time', { datetime: by }, byText)),
			element('td', {}, element('a', { href: `/accounts/${slug}/` }, planName)),
			element('td', {}, element('span', { class: `badge tier-${tier}` }, all.labels.tier[tier] ?? tier)),
			element('td', {}, objective || '—'),
		);
	},
});
