/**
 * The sort buttons of a table's column headers, shared by the accounts table
 * and the whitespace map: without JavaScript a header is plain text; with it,
 * each header that names its column (`data-column`) becomes a button.
 */
export type Direction = 'asc' | 'desc';

export interface SortOrder {
	column: string;
	dir: Direction;
}

/** The order after a click on `column`: ascending first, then flipping. */
export function nextSort(current: SortOrder | undefined, column: string): SortOrder {
	return { column, dir: current?.column === column && current.dir === 'asc' ? 'desc' : 'asc' };
}

/** Turns each sortable header into a button that calls `onSort` with its column. */
export function addSortButtons(headers: readonly HTMLTableCellElement[], onSort: (column: string) => void): void {
	for (const header of headers) {
		const column = header.dataset.column;
		if (!column) continue;
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'sort';
		button.textContent = header.textContent?.trim() ?? column;
		header.textContent = '';
		header.append(button);
		button.addEventListener('click', () => onSort(column));
	}
}
