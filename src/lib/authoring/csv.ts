/**
 * A small RFC 4180 reader for spreadsheet exports: UTF-8 with or without a
 * byte-order mark, CRLF, LF or CR line ends, quoted fields (with `""` for a
 * quote and line breaks inside quotes). Blank lines are skipped.
 *
 * It reads a stream piece by piece (`CsvStream`), so a file of any size is
 * read in memory bounded by one record: a cell longer than `MAX_CELL_LENGTH`
 * or a record of more than `MAX_CELLS` cells is cut and flagged, never held.
 */

/** Longest cell kept; the rest of a longer one is dropped and the record flagged `oversized`. */
export const MAX_CELL_LENGTH = 1000;
/** Most cells kept of one record. */
export const MAX_CELLS = 100;

/** One record and the line of the file it starts on. */
export interface CsvRecord {
	line: number;
	cells: string[];
	/** Set when a cell or the record was longer than the reader keeps. */
	oversized?: true;
}

export interface CsvResult {
	records: CsvRecord[];
	/** A quote opened and never closed: where it opened. */
	error?: { line: number; message: string };
}

/** Reads CSV text given in pieces of any size; each complete record goes to `onRecord`. */
export class CsvStream {
	readonly #onRecord: (record: CsvRecord) => void;
	#cells: string[] = [];
	#cell = '';
	#line = 1;
	#recordLine = 1;
	#quoted = false;
	#quoteLine = 0;
	#cellStarted = false;
	#oversized = false;
	/** The previous piece ended in a quote inside a quoted cell (`""` or the closing quote?) or in a `\r` (before `\n`?). */
	#pendingQuote = false;
	#pendingCr = false;
	#quotedCr = false;
	#first = true;

	constructor(onRecord: (record: CsvRecord) => void) {
		this.#onRecord = onRecord;
	}

	#append(text: string): void {
		if (text === '') return;
		if (this.#cell.length + text.length > MAX_CELL_LENGTH) {
			this.#oversized = true;
			this.#cell += text.slice(0, Math.max(0, MAX_CELL_LENGTH - this.#cell.length));
		} else this.#cell += text;
	}

	#endCell(): void {
		if (this.#cells.length < MAX_CELLS) this.#cells.push(this.#cell);
		else this.#oversized = true;
		this.#cell = '';
	}

	#endRecord(): void {
		this.#endCell();
		const cells = this.#cells;
		if (!(cells.length === 1 && cells[0]!.trim() === '' && !this.#cellStarted)) {
			this.#onRecord(this.#oversized ? { line: this.#recordLine, cells, oversized: true } : { line: this.#recordLine, cells });
		}
		this.#cells = [];
		this.#cellStarted = false;
		this.#oversized = false;
	}

	/** Reads the next piece of the text. */
	push(piece: string): void {
		let text = piece;
		if (this.#first && text.length > 0) {
			this.#first = false;
			if (text.startsWith('\uFEFF')) text = text.slice(1);
		}
		let i = 0;
		if (this.#pendingCr) {
			this.#pendingCr = false;
			if (text[0] === '\n') i = 1;
		}
		if (this.#pendingQuote) {
			this.#pendingQuote = false;
			if (text[0] === '"') {
				this.#append('"');
				i = 1;
			} else this.#quoted = false;
		}
		const n = text.length;
		while (i < n) {
			if (this.#quoted) {
				// Up to the next quote, counting the line breaks on the way.
				const quote = text.indexOf('"', i);
				const end = quote === -1 ? n : quote;
				const chunk = text.slice(i, end);
				// A `\r` that ended the previous piece is one line break with a `\n` that starts this one.
				if (this.#quotedCr && chunk[0] !== '\n') this.#line++;
				this.#quotedCr = end === n && chunk.endsWith('\r');
				this.#line += countLineBreaks(this.#quotedCr ? chunk.slice(0, -1) : chunk);
				this.#append(chunk);
				if (quote === -1) return;
				if (quote + 1 === n) {
					this.#pendingQuote = true;
					return;
				}
				if (text[quote + 1] === '"') {
					this.#append('"');
					i = quote + 2;
				} else {
					this.#quoted = false;
					i = quote + 1;
				}
				continue;
			}
			const ch = text.charCodeAt(i);
			if (ch === 34 /* " */ && this.#cell.trim() === '') {
				this.#quoted = true;
				this.#quoteLine = this.#line;
				this.#cell = '';
				this.#cellStarted = true;
				i++;
			} else if (ch === 44 /* , */) {
				this.#endCell();
				this.#cellStarted = true;
				i++;
			} else if (ch === 13 /* \r */ || ch === 10 /* \n */) {
				if (ch === 13) {
					if (i + 1 === n) this.#pendingCr = true;
					else if (text.charCodeAt(i + 1) === 10) i++;
				}
				// A blank line is no record: counted, never built (a file of blank lines costs no memory).
				if (this.#cells.length > 0 || this.#cell !== '' || this.#cellStarted) this.#endRecord();
				else this.#oversized = false;
				this.#line++;
				this.#recordLine = this.#line;
				i++;
			} else {
				// Plain text up to the next comma, quote or line break.
				let end = i + 1;
				while (end < n) {
					const c = text.charCodeAt(end);
					if (c === 44 || c === 13 || c === 10 || c === 34) break;
					end++;
				}
				this.#append(text.slice(i, end));
				i = end;
			}
		}
	}

	/** Ends the text; returns the problem of a quote never closed, if any. */
	end(): { line: number; message: string } | undefined {
		if (this.#pendingQuote) {
			this.#pendingQuote = false;
			this.#quoted = false;
		}
		if (this.#quoted) return { line: this.#quoteLine, message: 'a quoted field opened on this line is never closed; add the closing `"`' };
		if (this.#cell !== '' || this.#cells.length > 0 || this.#cellStarted) this.#endRecord();
		return undefined;
	}
}

/** Line breaks in a piece of a quoted cell: `\n`, `\r\n` once, and a lone `\r`. */
function countLineBreaks(text: string): number {
	let count = 0;
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
	for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) if (text[i + 1] !== '\n') count++;
	return count;
}

/** Reads a whole CSV text. */
export function parseCsv(source: string): CsvResult {
	const records: CsvRecord[] = [];
	const stream = new CsvStream((record) => records.push(record));
	stream.push(source);
	const error = stream.end();
	return error ? { records, error } : { records };
}
