/**
 * The whitespace map (/whitespace/): filters, sorting and pages over the
 * compact data file of every account with product lines
 * (/data/whitespace-table.json), see paged-table.ts. This file knows the map's
 * rows: their filter values, sort keys and cells.
 */
import type { WhitespaceTableData, WhitespaceTableRow } from '../view/whitespace-table-data.ts';
import { element, startPagedTable } from './paged-table.ts';

/** Where a row holds each filter's value (see WhitespaceTableRow). */
const FILTERS = { tier: 2, owner: 3, region: 5 } as const;
const tierOf = (all: WhitespaceTableData, index: number) => Object.keys(all.labels.tier)[index]!;

startPagedTable<WhitespaceTableData, WhitespaceTableRow>({
	rows: (all) => all.rows,
	locale: (all) => all.locale,
	filterValue(all, row, filter) {
		if (filter === 'tier') return tierOf(all, row[FILTERS.tier]);
		return filter === 'owner' || filter === 'region' ? row[FILTERS[filter]] : '';
	},
	sortKey(all, row, column) {
		const [, name, tier, , ownerName, , regionName, whitespace, , cells] = row;
		switch (column) {
			case 'account':
				return name;
			case 'tier':
				return tier;
			case 'owner':
				return ownerName;
			case 'region':
				return regionName;
			case 'whitespace':
				return whitespace;
			default:
				return cells[all.lines.indexOf(column.replace(/^line-/, ''))]?.[2] ?? -3;
		}
	},
	/** The same cells as the server's table (src/components/ui/WhitespaceMatrix.astro). */
	renderRow(all, row) {
		const [slug, name, tierIndex, , ownerName, , regionName, whitespace, whitespaceText, cells] = row;
		const tier = tierOf(all, tierIndex);
		return element(
			'tr',
			{},
			element('th', { scope: 'row', 'data-sort': name }, element('a', { href: `/accounts/${slug}/` }, name)),
			element('td', { 'data-sort': String(tierIndex) }, element('span', { class: `badge tier-${tier}` }, all.labels.tier[tier] ?? tier)),
			element('td', { 'data-sort': ownerName }, ownerName || element('span', { class: 'muted' }, '—')),
			element('td', { 'data-sort': regionName }, regionName || '—'),
			element('td', { class: 'num', 'data-sort': String(whitespace) }, whitespaceText),
			...cells.map(([kindIndex, text, key, shade]) => {
				const kind = all.kinds[kindIndex];
				if (kind === 'whitespace') {
					return element('td', { class: 'num ws-cell ws-whitespace', 'data-sort': String(key) }, element('strong', { class: 'ws-mark' }, all.labels.mark), ' ', element('span', { class: 'ws-stake' }, text));
				}
				return element('td', { class: kind === 'share' ? `num ws-cell shade-${shade}` : 'num ws-cell ws-empty', 'data-sort': String(key) }, text);
			}),
		);
	},
});
