/**
 * Live filters, sorting and pages for the accounts table. The page's HTML holds
 * one page of rows and works without this script. With it, the filter form
 * appears and every view is computed over the compact data file of all
 * accounts (/data/accounts-table.json, fetched once, right after load): the
 * rows that match, in the chosen order, one page of them rendered at a time.
 * Filters, sort order and page live in the URL query so a view can be shared
 * (`/accounts/?tier=major&owner=li-wei&sort=current&dir=desc&page=2`).
 */
import { addSortButtons, type Direction, nextSort } from './sort-buttons.ts';
import type { AccountsTableData, AccountsTableRow } from '../view/accounts-table-data.ts';
import { formatters } from '../i18n/format.ts';

const form = document.querySelector<HTMLFormElement>('form[data-account-filters]');
const table = document.querySelector<HTMLTableElement>('table#accounts');


if (form && table && table.dataset.source) {
	const source = table.dataset.source;
	const tbody = table.tBodies[0]!;
	const headers = [...table.tHead!.rows[0]!.cells];
	const selects = [...form.querySelectorAll<HTMLSelectElement>('select[name]')];
	const status = document.querySelector<HTMLElement>('[data-filter-status]');
	const empty = document.querySelector<HTMLElement>('[data-filter-empty]');
	const pager = document.querySelector<HTMLElement>('[data-accounts-pager]');
	const pageSize = Number(pager?.dataset.pageSize) || 200;
	const homePath = new URL(form.action, window.location.href).pathname;
	const firstPage = Number(table.dataset.page) || 1;
	const collator = new Intl.Collator(document.documentElement.lang || undefined, { numeric: true, sensitivity: 'base' });
	let sort: { column: string; dir: Direction } | undefined;
	let page = firstPage;
	let data: Promise<AccountsTableData> | undefined;
	/** The view now on screen, so an unchanged one is not rendered again. */
	let shownView = '';

	const load = () =>
		(data ??= fetch(source).then((response) => {
			if (!response.ok) throw new Error(`${source}: ${response.status}`);
			return response.json() as Promise<AccountsTableData>;
		}));

	addSortButtons(headers, (column) => {
		sort = nextSort(sort, column);
		page = 1;
		void apply(true);
	});

	function readUrl() {
		const params = new URLSearchParams(window.location.search);
		for (const select of selects) {
			const value = params.get(select.name);
			select.value = value !== null && [...select.options].some((o) => o.value === value) ? value : '*';
		}
		const column = params.get('sort');
		sort = column && headers.some((h) => h.dataset.column === column) ? { column, dir: params.get('dir') === 'desc' ? 'desc' : 'asc' } : undefined;
		const asked = Number(params.get('page'));
		page = Number.isInteger(asked) && asked >= 1 ? asked : window.location.pathname === homePath ? 1 : firstPage;
	}

	function query(forPage: number): string {
		const params = new URLSearchParams();
		for (const select of selects) if (select.value !== '*') params.set(select.name, select.value);
		if (sort) {
			params.set('sort', sort.column);
			params.set('dir', sort.dir);
		}
		if (forPage > 1) params.set('page', String(forPage));
		const text = params.toString();
		return `${homePath}${text ? `?${text}` : ''}`;
	}

	function writeUrl() {
		const url = query(page);
		if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', `${url}${window.location.hash}`);
	}

	/** The view the server rendered: nothing to do until the reader changes it. */
	const isServerView = () => !sort && page === firstPage && selects.every((s) => s.value === '*');

	async function apply(updateUrl: boolean) {
		for (const header of headers) {
			if (sort && header.dataset.column === sort.column) header.setAttribute('aria-sort', sort.dir === 'asc' ? 'ascending' : 'descending');
			else header.removeAttribute('aria-sort');
		}
		if (updateUrl) writeUrl();
		if (isServerView() && shownView === '') return;
		const all = await load();
		const view = query(page);
		if (view === shownView) return;
		const matches = filterRows(all);
		const pages = Math.max(1, Math.ceil(matches.length / pageSize));
		if (page > pages) page = pages;
		render(all, matches.slice((page - 1) * pageSize, page * pageSize));
		renderPager(pages);
		if (status) status.textContent = (status.dataset.template ?? '{shown} / {total}').replace('{shown}', fmtNumber(all, matches.length)).replace('{total}', fmtNumber(all, all.rows.length));
		if (empty) empty.hidden = matches.length > 0;
		shownView = query(page);
		if (updateUrl) writeUrl();
	}

	const fmtNumber = (all: AccountsTableData, n: number) => formatters(all.locale).number(n);

	/** A filter's value of a row, as the form's options name it. */
	function filterValue(all: AccountsTableData, row: AccountsTableRow, filter: string): string {
		const cell = (column: string) => row[all.columns.indexOf(column) + 1]!;
		const extra = (i: number) => row[all.columns.length + 1 + i]!;
		switch (filter) {
			case 'tier':
				return Object.keys(all.labels.tier)[cell('tier') as number]!;
			case 'category':
				return Object.keys(all.labels.category)[cell('category') as number]!;
			case 'quadrant':
				return Object.keys(all.labels.quadrant)[cell('quadrant') as number]!;
			case 'owner':
				return String(extra(0));
			case 'review':
				return String(extra(3));
			case 'region':
				return String(extra(4));
			case 'industry':
				return String(extra(5));
			default:
				return String(cell(filter));
		}
	}

	function filterRows(all: AccountsTableData): AccountsTableRow[] {
		const active = selects.filter((s) => s.value !== '*');
		const matches = all.rows.filter((row) => active.every((select) => filterValue(all, row, select.name) === select.value));
		if (!sort) return matches;
		const index = all.columns.indexOf(sort.column) + 1;
		const sign = sort.dir === 'asc' ? 1 : -1;
		const order = new Map(all.rows.map((row, i) => [row, i]));
		return matches.sort((a, b) => {
			const x = a[index]!;
			const y = b[index]!;
			const byKey = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
			return sign * byKey || order.get(a)! - order.get(b)!;
		});
	}

	function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]) {
		const node = document.createElement(tag);
		for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
		node.append(...children);
		return node;
	}

	/** The same cells as the server's table (src/components/ui/AccountsTable.astro). */
	function render(all: AccountsTableData, rows: AccountsTableRow[]) {
		const fmt = formatters(all.locale);
		const { labels } = all;
		const rowsHtml = document.createDocumentFragment();
		for (const row of rows) {
			const [slug] = row;
			const cell = (column: string) => row[all.columns.indexOf(column) + 1]!;
			const [owner, currency, target, review] = row.slice(all.columns.length + 1, all.columns.length + 5) as [string, string, number, string];
			const key = (column: string) => String(cell(column));
			const tier = Object.keys(labels.tier)[cell('tier') as number]!;
			const category = Object.keys(labels.category)[cell('category') as number]!;
			const quadrant = Object.keys(labels.quadrant)[cell('quadrant') as number]!;
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
			rowsHtml.append(tr);
		}
		tbody.replaceChildren(rowsHtml);
	}

	/** Previous, "page n of m" and next, as links to the same view's other pages. */
	function renderPager(pages: number) {
		if (!pager) return;
		pager.hidden = pages === 1;
		const label = (pager.dataset.labelPage ?? '{page} / {pages}').replace('{page}', String(page)).replace('{pages}', String(pages));
		const link = (to: number, text: string, rel: string) => {
			if (to < 1 || to > pages) return element('span', { class: 'pager-edge', 'aria-disabled': 'true' }, text);
			const a = element('a', { href: query(to), rel }, text);
			a.addEventListener('click', (event) => {
				if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
				event.preventDefault();
				page = to;
				void apply(true).then(() => table!.scrollIntoView({ block: 'start' }));
			});
			return a;
		};
		pager.replaceChildren(
			element('p', { class: 'pager-status' }, label),
			element('ul', {}, element('li', {}, link(page - 1, pager.dataset.labelPrevious ?? '‹', 'prev')), element('li', {}, link(page + 1, pager.dataset.labelNext ?? '›', 'next'))),
		);
	}

	form.addEventListener('change', () => {
		page = 1;
		void apply(true);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		page = 1;
		void apply(true);
	});
	form.addEventListener('reset', () => {
		// After the browser has reset the selects.
		setTimeout(() => {
			for (const select of selects) select.value = '*';
			page = 1;
			void apply(true);
		});
	});
	window.addEventListener('popstate', () => {
		readUrl();
		void apply(false);
	});
	readUrl();
	void apply(false);
	// The data file loads right away, so the first filter change does not wait for it.
	void load();
}

export {};
