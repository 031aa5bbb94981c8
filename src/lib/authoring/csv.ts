/**
 * A small RFC 4180 reader for spreadsheet exports: UTF-8 with or without a
 * byte-order mark, CRLF, LF or CR line ends, quoted fields (with `""` for a
 * quote and line breaks inside quotes). Blank lines are skipped.
 */

/** One record and the line of the file it starts on. */
export interface CsvRecord {
	line: number;
	cells: string[];
}

export interface CsvResult {
	records: CsvRecord[];
	/** A quote opened and never closed: where it opened. */
	error?: { line: number; message: string };
}

export function parseCsv(source: string): CsvResult {
	const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
	const records: CsvRecord[] = [];
	let cells: string[] = [];
	let cell = '';
	let line = 1;
	let recordLine = 1;
	let quoted = false;
	let quoteLine = 0;
	let cellStarted = false;
	const endRecord = () => {
		cells.push(cell);
		if (!(cells.length === 1 && cells[0]!.trim() === '' && !cellStarted)) records.push({ line: recordLine, cells });
		cells = [];
		cell = '';
		cellStarted = false;
	};
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else {
				if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
				cell += ch;
			}
			continue;
		}
		if (ch === '"' && cell.trim() === '') {
			quoted = true;
			quoteLine = line;
			cell = '';
			cellStarted = true;
		} else if (ch === ',') {
			cells.push(cell);
			cell = '';
			cellStarted = true;
		} else if (ch === '\r' || ch === '\n') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			endRecord();
			line++;
			recordLine = line;
		} else cell += ch;
	}
	if (quoted) return { records, error: { line: quoteLine, message: 'a quoted field opened on this line is never closed; add the closing `"`' } };
	if (cell !== '' || cells.length > 0 || cellStarted) endRecord();
	return { records };
}
