/**
 * Filters, sorting and pages for a large table whose page holds one page of
 * rows (/accounts/, /whitespace/). The HTML works without this script: a plain
 * table with links to its other pages. With it, the filter form works and
 * every view is computed over the table's compact data file of all rows
 * (`data-source`, fetched once, right after load): the rows that match, in the
 * chosen order, one page of them rendered at a time. Filters, sort order and
 * page live in the URL query so a view can be shared
 * (`/accounts/?tier=major&owner=li-wei&sort=current&dir=desc&page=2`).
 *
 * What differs per table (how to read a row's filter values and sort keys,
 * and how to draw a row) comes from its `PagedTableKind`.
 */
import type { Locale } from '../../schemas/vocabularies.ts';
import { formatters } from '../i18n/format.ts';
import { addSortButtons, type Direction, nextSort } from './sort-buttons.ts';

export interface PagedTableKind<Data, Row> {
	/** Every row, in the table's default order (the order ties keep). */
	rows(data: Data): readonly Row[];
	/** The language the numbers of the count are written in. */
	locale(data: Data): Locale;
	/** A row's value for one filter, as the form's options name it. */
	filterValue(data: Data, row: Row, filter: string): string;
	/** A row's sort key for a column (`data-column` of its header). */
	sortKey(data: Data, row: Row, column: string): string | number;
	/** The row's element, with the same cells as the server's table. */
	renderRow(data: Data, row: Row): HTMLTableRowElement;
}

/** Rows drawn in the first frame of a new view: more than a tall screen shows. */
const FIRST_ROWS = 40;

/** An element with attributes and children; text children stay text (never parsed as HTML). */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	node.append(...children);
	return node;
}

/** Starts the table `table#accounts` with its filter form, pager and count, if the page has them. */
export function startPagedTable<Data, Row>(kind: PagedTableKind<Data, Row>): void {
	const form = document.querySelector<HTMLFormElement>('form[data-account-filters]');
	const table = document.querySelector<HTMLTableElement>('table#accounts');
	if (!form || !table?.dataset.source) return;
	const source = table.dataset.source;
	const tbody = table.tBodies[0]!;
	const headers = [...table.tHead!.rows[0]!.cells];
	const selects = [...form.querySelectorAll<HTMLSelectElement>('select[name]')];
	const status = document.querySelector<HTMLElement>('[data-filter-status]');
	const empty = document.querySelector<HTMLElement>('[data-filter-empty]');
	const pager = document.querySelector<HTMLElement>('[data-table-pager]');
	const pageSize = Number(pager?.dataset.pageSize) || 200;
	const homePath = new URL(form.action, window.location.href).pathname;
	const firstPage = Number(table.dataset.page) || 1;
	const collator = new Intl.Collator(document.documentElement.lang || undefined, { numeric: true, sensitivity: 'base' });
	let sort: { column: string; dir: Direction } | undefined;
	let page = firstPage;
	let data: Promise<Data> | undefined;
	/** The view now on screen, so an unchanged one is not rendered again. */
	let shownView = '';

	const load = () =>
		(data ??= fetch(source).then((response) => {
			if (!response.ok) throw new Error(`${source}: ${response.status}`);
			return response.json() as Promise<Data>;
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
		const rows = kind.rows(all);
		const matches = filterRows(all, rows);
		const pages = Math.max(1, Math.ceil(matches.length / pageSize));
		if (page > pages) page = pages;
		drawRows(all, matches.slice((page - 1) * pageSize, page * pageSize));
		renderPager(pages);
		const numbers = formatters(kind.locale(all));
		if (status) status.textContent = (status.dataset.template ?? '{shown} / {total}').replace('{shown}', numbers.number(matches.length)).replace('{total}', numbers.number(rows.length));
		if (empty) empty.hidden = matches.length > 0;
		shownView = query(page);
		if (updateUrl) writeUrl();
	}

	/** Bumped by every draw, so a later one cancels the rest of an earlier one. */
	let drawing = 0;

	/**
	 * The page's rows: the first screenful at once, the rest a frame later. A
	 * page of 200 rows takes the browser about 100 ms to lay out on a slow
	 * machine; the rows in view need a fifth of that, and the rest follow
	 * before anyone scrolls to them.
	 */
	function drawRows(all: Data, rows: readonly Row[]) {
		const draw = ++drawing;
		tbody.replaceChildren(...rows.slice(0, FIRST_ROWS).map((row) => kind.renderRow(all, row)));
		if (rows.length <= FIRST_ROWS) return;
		requestAnimationFrame(() =>
			setTimeout(() => {
				if (draw === drawing) tbody.append(...rows.slice(FIRST_ROWS).map((row) => kind.renderRow(all, row)));
			}),
		);
	}

	/** The rows that pass every filter, in the chosen order (ties keep the default order). */
	function filterRows(all: Data, rows: readonly Row[]): Row[] {
		const active = selects.filter((s) => s.value !== '*');
		const matches = rows.filter((row) => active.every((select) => kind.filterValue(all, row, select.name) === select.value));
		if (!sort) return matches;
		const { column } = sort;
		const sign = sort.dir === 'asc' ? 1 : -1;
		// Each key once, not once per comparison: thousands of rows sort in a few milliseconds.
		const keyed = matches.map((row, order) => ({ row, order, key: kind.sortKey(all, row, column) }));
		keyed.sort((a, b) => {
			const byKey = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : collator.compare(String(a.key), String(b.key));
			return sign * byKey || a.order - b.order;
		});
		return keyed.map((entry) => entry.row);
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
