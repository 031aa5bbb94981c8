/**
 * Live filters and sorting over the rows of a complete table in the page (the
 * whitespace map; /accounts/ pages over its data file instead, see
 * accounts-table.ts). The table is complete without this script; with it, the
 * filter form appears, filters apply as they change, and filters and sort order
 * live in the URL query so a view can be shared
 * (`/whitespace/?tier=major&region=east-china&sort=wallet&dir=desc`).
 */
import { addSortButtons, type Direction, nextSort } from './sort-buttons.ts';
const form = document.querySelector<HTMLFormElement>('form[data-account-filters]');
const table = document.querySelector<HTMLTableElement>('table#accounts');


if (form && table) {
	const tbody = table.tBodies[0]!;
	const rows = [...tbody.rows];
	const originalOrder = new Map(rows.map((row, index) => [row, index]));
	const headers = [...table.tHead!.rows[0]!.cells];
	const selects = [...form.querySelectorAll<HTMLSelectElement>('select[name]')];
	const status = document.querySelector<HTMLElement>('[data-filter-status]');
	const empty = document.querySelector<HTMLElement>('[data-filter-empty]');
	const locale = document.documentElement.lang || undefined;
	const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
	let sort: { column: string; dir: Direction } | undefined;
	/** The order the rows are in now, so a filter change does not move thousands of rows. */
	let shownOrder = '';

	addSortButtons(headers, (column) => {
		sort = nextSort(sort, column);
		apply(true);
	});

	function readUrl() {
		const params = new URLSearchParams(window.location.search);
		for (const select of selects) {
			const value = params.get(select.name);
			select.value = value !== null && [...select.options].some((o) => o.value === value) ? value : '*';
		}
		const column = params.get('sort');
		sort = column && headers.some((h) => h.dataset.column === column) ? { column, dir: params.get('dir') === 'desc' ? 'desc' : 'asc' } : undefined;
	}

	function writeUrl() {
		const params = new URLSearchParams();
		for (const select of selects) if (select.value !== '*') params.set(select.name, select.value);
		if (sort) {
			params.set('sort', sort.column);
			params.set('dir', sort.dir);
		}
		const query = params.toString();
		const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
		if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, '', url);
	}

	function cellKey(row: HTMLTableRowElement, index: number): string {
		return (row.cells[index] as HTMLElement | undefined)?.dataset.sort ?? '';
	}

	function apply(updateUrl: boolean) {
		const active = selects.filter((s) => s.value !== '*');
		let shown = 0;
		for (const row of rows) {
			const match = active.every((select) => row.dataset[select.name] === select.value);
			if (row.hidden === match) row.hidden = !match;
			if (match) shown++;
		}
		const index = sort ? headers.findIndex((h) => h.dataset.column === sort!.column) : -1;
		const orderKey = sort && index >= 0 ? `${sort.column}:${sort.dir}` : '';
		if (orderKey !== shownOrder) {
			const ordered = [...rows];
			if (sort && index >= 0) {
				const numeric = headers[index]!.classList.contains('num') || rows.every((row) => cellKey(row, index) === '' || !Number.isNaN(Number(cellKey(row, index))));
				const sign = sort.dir === 'asc' ? 1 : -1;
				const keys = new Map(rows.map((row) => [row, cellKey(row, index)]));
				ordered.sort((a, b) => {
					const x = keys.get(a)!;
					const y = keys.get(b)!;
					const byKey = numeric ? Number(x) - Number(y) : collator.compare(x, y);
					return sign * byKey || originalOrder.get(a)! - originalOrder.get(b)!;
				});
			} else {
				ordered.sort((a, b) => originalOrder.get(a)! - originalOrder.get(b)!);
			}
			tbody.append(...ordered);
			shownOrder = orderKey;
		}
		for (const [i, header] of headers.entries()) {
			if (sort && i === index) header.setAttribute('aria-sort', sort.dir === 'asc' ? 'ascending' : 'descending');
			else header.removeAttribute('aria-sort');
		}
		if (status) status.textContent = (status.dataset.template ?? '{shown} / {total}').replace('{shown}', String(shown)).replace('{total}', String(rows.length));
		if (empty) empty.hidden = shown > 0;
		if (updateUrl) writeUrl();
	}

	form.hidden = false;
	form.addEventListener('change', () => apply(true));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		apply(true);
	});
	form.addEventListener('reset', () => {
		// After the browser has reset the selects.
		setTimeout(() => {
			for (const select of selects) select.value = '*';
			apply(true);
		});
	});
	window.addEventListener('popstate', () => {
		readUrl();
		apply(false);
	});
	readUrl();
	apply(false);
}

export {};
