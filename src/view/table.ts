/** A table to render as plain HTML: the data beside a chart, or any simple list. */
export type Cell = string | { text: string; href?: string };

export interface TableModel {
	columns: { label: string; numeric?: boolean }[];
	/** The first cell of each row is its header (`<th scope="row">`). */
	rows: Cell[][];
}

export function cellText(cell: Cell): string {
	return typeof cell === 'string' ? cell : cell.text;
}
