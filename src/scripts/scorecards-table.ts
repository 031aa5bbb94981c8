/**
 * The scorecards table (/scorecards/): the department filter, sorting and
 * pages over the data file of every account manager
 * (/data/scorecards-table.json), see paged-table.ts.
 */
import type { ScorecardTableData, ScorecardTableRow } from '../view/team.ts';
import { element, startPagedTable } from './paged-table.ts';

startPagedTable<ScorecardTableData, ScorecardTableRow>({
	rows: (all) => all.rows,
	locale: (all) => all.locale,
	filterValue: (_all, row, filter) => (filter === 'department' ? row[2] : ''),
	sortKey(all, row, column) {
		const [, name, department, departmentName, accounts, score, , kpis] = row;
		if (column === 'person') return name;
		if (column === 'department') return department === '' ? '\uffff' : departmentName;
		if (column === 'accounts') return accounts;
		if (column === 'score') return score;
		return kpis[all.kpis.indexOf(column.replace(/^kpi-/, '') as ScorecardTableData['kpis'][number])]?.[0] ?? -1;
	},
	/** The same cells as the server's table (src/components/team/ScorecardsIndex.astro). */
	renderRow(all, row) {
		const [person, name, department, departmentName, accounts, , scoreText, kpis] = row;
		return element(
			'tr',
			{},
			element('th', { scope: 'row' }, element('a', { href: `/owners/${person}/#scorecard` }, name)),
			element('td', {}, department === '' ? element('span', { class: 'muted' }, '—') : departmentName),
			element('td', { class: 'num' }, String(accounts)),
			...kpis.map(([, text, counts], i) =>
				element('td', { class: 'num' }, element('a', { href: `/owners/${person}/#kpi-${all.kpis[i]}` }, text), element('br'), element('span', { class: 'muted small' }, counts)),
			),
			element('td', { class: 'num' }, element('strong', {}, scoreText)),
		);
	},
});
