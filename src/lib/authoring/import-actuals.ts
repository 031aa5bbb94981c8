/**
 * `npm run import-actuals`: yearly actuals from a finance export (CSV) written
 * into the plans' `financials`. The plan text is edited in place: only the
 * changed entry is spliced, found by the YAML parser's node ranges, so comments,
 * key order, quoting, flow style and the body stay byte for byte. Pure: text
 * in, text out; reading and writing files is the CLI's job.
 */
import { isMap, isScalar, isSeq, type Node as YamlNode, type Pair, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { SLUG_PATTERN } from '../../../schemas/ids.ts';
import { type ContentSnapshot, validateContent } from '../content/validate.ts';
import { suggestKey } from '../content/zod-issues.ts';
import { planSlugFromPath } from '../content/plan-path.ts';
import { type CsvRecord, CsvStream, MAX_CELL_LENGTH, MAX_CELLS } from './csv.ts';

/** The amounts a row may set, in the order a new entry lists them. */
export const ACTUAL_FIELDS = ['revenue', 'contribution', 'cost'] as const;
export type ActualField = (typeof ACTUAL_FIELDS)[number];
const COLUMNS = ['slug', 'year', ...ACTUAL_FIELDS] as const;
const REQUIRED_COLUMNS = ['slug', 'year', 'revenue'] as const;

/** One valid CSV row: a plan's actuals for one year. */
export interface ActualsRow {
	/** Line of the CSV file. */
	line: number;
	slug: string;
	year: number;
	/** revenue always; contribution and cost when their cells are filled. */
	values: Partial<Record<ActualField, number>> & { revenue: number };
}

/** Something that stops the import; `line` is the CSV line, `file` a plan. */
export interface ImportProblem {
	line?: number;
	file?: string;
	message: string;
}

/** One figure that changes: `old` is absent when the plan did not have it. */
export interface ActualsChange {
	slug: string;
	file: string;
	year: number;
	field: ActualField;
	old?: number | string;
	new: number;
	/** The CSV line that asked for it. */
	line: number;
}

export interface ImportResult {
	changes: ActualsChange[];
	/** The new text of every plan that changes (path relative to the content directory). */
	files: { path: string; text: string }[];
	/** Empty when the import may be written. */
	problems: ImportProblem[];
}

const AMOUNT = /^\d+(?:\.\d+)?$/;
const YEAR = /^\d{4}$/;
/** The fiscal years a plan's `financials` accept (schemas/date.ts `fiscalYear`). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

/** Most problems reported: past them the import stops reading, since a file this wrong needs fixing at its source. */
export const MAX_REPORTED_PROBLEMS = 100;
/** Most warnings listed. */
export const MAX_REPORTED_WARNINGS = 100;
/** A year's revenue below this share of the year before is not plausible without a word. */
const PLAUSIBLE_FALL = 0.1;

/**
 * Reads an actuals CSV given in pieces (a stream), checking each row as it
 * comes: memory holds the rows of known plans only (at most one per plan and
 * fiscal year), never the file. After `MAX_REPORTED_PROBLEMS` problems it
 * stops (`stopped`), so a file of millions of bad rows is refused in the time
 * it takes to read its first hundred.
 */
export class ActualsReader {
	readonly rows: ActualsRow[] = [];
	readonly problems: ImportProblem[] = [];
	readonly warnings: ImportProblem[] = [];
	/** Warnings beyond those listed. */
	moreWarnings = 0;
	/** Set once enough problems are found: the rest of the file is not read. */
	stopped = false;
	/** The last CSV line read. */
	lastLine = 0;
	readonly #csv: CsvStream;
	readonly #knownSlugs: ReadonlySet<string> | undefined;
	#slugList: string[] | undefined;
	#header: { names: string[]; columnOf: Map<string, number> } | undefined;
	#headerFailed = false;
	readonly #firstLineOf = new Map<string, number>();

	/** `knownSlugs`: the plans' slugs, so a row for an unknown plan is refused as it is read (and never kept). */
	constructor(knownSlugs?: ReadonlySet<string>) {
		this.#knownSlugs = knownSlugs;
		this.#csv = new CsvStream((record) => this.#record(record));
	}

	push(piece: string): void {
		if (!this.stopped) this.#csv.push(piece);
	}

	/** Ends the file: an unclosed quote, an empty file. */
	end(): void {
		if (this.stopped) return;
		const error = this.#csv.end();
		if (error) this.#problem(error);
		if (!this.#header && !this.#headerFailed) {
			this.#problem({ line: 1, message: 'the file is empty; expected a header row `slug,year,revenue` (and optionally `contribution,cost`), then one row per plan and year' });
		}
	}

	#problem(problem: ImportProblem): void {
		if (this.stopped) return;
		this.problems.push(problem);
		if (this.problems.length >= MAX_REPORTED_PROBLEMS) this.stopped = true;
	}

	warn(warning: ImportProblem): void {
		if (this.warnings.length < MAX_REPORTED_WARNINGS) this.warnings.push(warning);
		else this.moreWarnings++;
	}

	#record(record: CsvRecord): void {
		if (this.stopped || this.#headerFailed) return;
		this.lastLine = record.line;
		if (!this.#header) {
			this.#readHeader(record);
			return;
		}
		const { names, columnOf } = this.#header;
		const rowProblems: string[] = [];
		if (record.oversized) rowProblems.push(`the row is far longer than a row of actuals (a cell over ${MAX_CELL_LENGTH} characters or over ${MAX_CELLS} cells); check that the file is the finance export`);
		else if (record.cells.length !== names.length) rowProblems.push(`expected ${names.length} cells like the header, found ${record.cells.length}`);
		const cell = (name: string) => {
			const index = columnOf.get(name);
			return index === undefined ? '' : (record.cells[index] ?? '').trim();
		};
		const slug = cell('slug');
		const shown = truncate(slug);
		if (slug === '') rowProblems.push("the slug is empty; give the plan's file name without `.mdx`");
		else if (!SLUG_PATTERN.test(slug)) rowProblems.push(`slug \`${shown}\` is not a plan's file name (lowercase letters, digits and hyphens, like \`acme-industrial\`)`);
		else if (this.#knownSlugs && !this.#knownSlugs.has(slug)) {
			this.#slugList ??= [...this.#knownSlugs];
			const suggestion = suggestKey(slug, this.#slugList);
			rowProblems.push(`unknown slug \`${shown}\`: no plan has this file name${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`);
		}
		const yearText = cell('year');
		if (!YEAR.test(yearText)) rowProblems.push(`year \`${truncate(yearText)}\` is not a number; write the fiscal year as four digits, like 2025`);
		else if (Number(yearText) < FIRST_YEAR || Number(yearText) > LAST_YEAR) rowProblems.push(`year \`${yearText}\` is not a fiscal year a plan holds (${FIRST_YEAR} to ${LAST_YEAR}); check the year`);
		const values: Partial<Record<ActualField, number>> = {};
		for (const field of ACTUAL_FIELDS) {
			const text = cell(field);
			if (text === '') {
				if (field === 'revenue') rowProblems.push("revenue is empty; every row sets the year's revenue");
				continue;
			}
			if (AMOUNT.test(text) && Number.isFinite(Number(text))) values[field] = Number(text);
			else if (/^-\s*\d/.test(text)) rowProblems.push(`${field} \`${truncate(text)}\` is negative; amounts cannot be negative`);
			else rowProblems.push(`${field} \`${truncate(text)}\` is not a number; write a plain number without thousands separators or units, like 2400000`);
		}
		if (rowProblems.length === 0) {
			const key = `${slug}\u0000${yearText}`;
			const first = this.#firstLineOf.get(key);
			if (first !== undefined) rowProblems.push(`slug \`${slug}\` and year ${yearText} are already set by line ${first}; keep one row per plan and year`);
			else this.#firstLineOf.set(key, record.line);
		}
		if (rowProblems.length > 0) {
			for (const message of rowProblems) this.#problem({ line: record.line, message });
			return;
		}
		const row: ActualsRow = { line: record.line, slug, year: Number(yearText), values: values as ActualsRow['values'] };
		for (const field of ['contribution', 'cost'] as const) {
			const amount = row.values[field];
			if (amount !== undefined && amount > row.values.revenue) {
				this.warn({ line: row.line, message: `${field} \`${amount}\` is above revenue \`${row.values.revenue}\` for \`${slug}\` ${row.year}; ${field === 'contribution' ? 'the contribution is what is left of the revenue' : 'the cost to serve is paid out of the revenue'}, so check the figures (or the columns) in the export` });
			}
		}
		this.rows.push(row);
	}

	#readHeader(header: CsvRecord): void {
		const names = header.cells.map((cell) => cell.trim().toLowerCase());
		const columnOf = new Map<string, number>();
		names.forEach((name, index) => {
			if ((COLUMNS as readonly string[]).includes(name) && !columnOf.has(name)) {
				columnOf.set(name, index);
				return;
			}
			const suggestion = suggestKey(name, COLUMNS);
			this.#problem({
				line: header.line,
				message: columnOf.has(name)
					? `column \`${name}\` appears twice; keep one`
					: `unknown column \`${truncate(header.cells[index]!.trim())}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ''}; the columns are ${COLUMNS.map((c) => `\`${c}\``).join(', ')}`,
			});
		});
		const missing = REQUIRED_COLUMNS.filter((name) => !columnOf.has(name));
		if (missing.length > 0) {
			this.#problem({ line: header.line, message: `missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `\`${c}\``).join(', ')}; the header row must name \`slug\`, \`year\` and \`revenue\`` });
			this.#headerFailed = true;
			return;
		}
		this.#header = { names, columnOf };
	}
}

function truncate(text: string): string {
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Reads a whole CSV text into rows; every bad row is a problem with its line. */
export function readActualsCsv(source: string): { rows: ActualsRow[]; problems: ImportProblem[] } {
	const reader = new ActualsReader();
	reader.push(source);
	reader.end();
	return { rows: reader.rows, problems: reader.problems };
}

interface Edit {
	start: number;
	end: number;
	text: string;
}

const keyOf = (pair: Pair) => (isScalar(pair.key) ? pair.key.value : undefined);

function lineStart(text: string, offset: number): number {
	return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
	const end = text.indexOf('\n', offset);
	return end === -1 ? text.length : end;
}

/** Spaces from the start of the line to `offset`. */
function indentAt(text: string, offset: number): string {
	return ' '.repeat(offset - lineStart(text, offset));
}

function yearOf(item: unknown): number | undefined {
	if (!isMap(item)) return undefined;
	const value = (item as YAMLMap).get('year');
	return typeof value === 'number' ? value : undefined;
}

function range(node: YamlNode): [number, number] {
	return [node.range![0], node.range![1]];
}

/**
 * Sets one row's figures in a frontmatter text. Returns the edits (offsets in
 * `yaml`) and what changed, or why the plan cannot be edited.
 */
function editsForRow(yaml: string, row: ActualsRow): { edits: Edit[]; changed: { field: ActualField; old?: number | string; new: number }[] } | { error: string } {
	const doc = parseDocument(yaml, { version: '1.2', schema: 'core', uniqueKeys: false, keepSourceTokens: false });
	if (doc.errors.length > 0) return { error: `its frontmatter does not parse (${doc.errors[0]!.message.split('\n')[0]}); fix the plan first` };
	const root = doc.contents;
	if (!isMap(root)) return { error: 'its frontmatter is not a list of fields; fix the plan first' };
	const fields = ACTUAL_FIELDS.filter((field) => row.values[field] !== undefined);
	const changed = fields.map((field) => ({ field, new: row.values[field]! }));
	const financials = root.items.find((pair) => keyOf(pair) === 'financials');

	if (!financials || financials.value === null || (isScalar(financials.value) && financials.value.value === null)) {
		// No financials yet: a block list of flow entries, as in the standard template.
		const entry = flowEntry(row, fields, [], true);
		if (financials && isScalar(financials.key)) {
			const at = lineEnd(yaml, financials.key.range![1]);
			return { edits: [{ start: at, end: at, text: `\n  - ${entry}` }], changed };
		}
		const at = yaml.length;
		const newline = yaml === '' || yaml.endsWith('\n') ? '' : '\n';
		return { edits: [{ start: at, end: at, text: `${newline}financials:\n  - ${entry}` }], changed };
	}
	if (!isSeq(financials.value)) return { error: '`financials` is not a list; fix the plan first' };
	const seq = financials.value as YAMLSeq;
	const items = seq.items as YamlNode[];
	const existing = items.find((item) => yearOf(item) === row.year);
	if (existing) return editEntry(yaml, existing as YAMLMap, row, fields);

	const years = items.map(yearOf).filter((y): y is number => y !== undefined);
	const descending = years.length > 1 && years.every((y, i) => i === 0 || y <= years[i - 1]!);
	const before = items.find((item) => {
		const year = yearOf(item);
		return year !== undefined && (descending ? year < row.year : year > row.year);
	});
	const neighbour = (before ?? items.at(-1)) as YAMLMap | undefined;
	const neighbourKeys = neighbour && isMap(neighbour) ? neighbour.items.map(keyOf).filter((k): k is string => typeof k === 'string') : [];
	const flow = !neighbour || !isMap(neighbour) || neighbour.flow === true;

	if (seq.flow) {
		const entry = flowEntry(row, fields, neighbourKeys, !neighbour || yaml[range(neighbour)[0] + 1] === ' ');
		if (before) return { edits: [{ start: range(before)[0], end: range(before)[0], text: `${entry}, ` }], changed };
		const last = items.at(-1);
		if (last) return { edits: [{ start: range(last)[1], end: range(last)[1], text: `, ${entry}` }], changed };
		const open = yaml.indexOf('[', seq.range![0]);
		return { edits: [{ start: open + 1, end: open + 1, text: entry }], changed };
	}
	// A block list: the new item takes its neighbour's dash column and style.
	const anchor = (before ?? items.at(-1))!;
	const dash = yaml.lastIndexOf('-', range(anchor)[0]);
	const dashIndent = indentAt(yaml, dash);
	const keyIndent = indentAt(yaml, range(anchor)[0]);
	const entry = flow ? flowEntry(row, fields, neighbourKeys, yaml[range(anchor)[0] + 1] === ' ') : blockEntry(row, fields, neighbourKeys, keyIndent);
	const gap = ' '.repeat(Math.max(1, range(anchor)[0] - dash - 1));
	if (before) {
		const at = lineStart(yaml, dash);
		return { edits: [{ start: at, end: at, text: `${dashIndent}-${gap}${entry}\n` }], changed };
	}
	// The anchor's range may end before or after its line break; either way, its last line.
	const at = lineEnd(yaml, Math.max(range(anchor)[0], range(anchor)[1] - 1));
	return { edits: [{ start: at, end: at, text: `\n${dashIndent}-${gap}${entry}` }], changed };
}

/** The keys of a new entry: year first, then the neighbour's order, then the rest. */
function entryKeys(fields: readonly ActualField[], neighbourKeys: readonly string[]): ActualField[] {
	const ordered = neighbourKeys.filter((key): key is ActualField => (fields as readonly string[]).includes(key));
	return [...ordered, ...fields.filter((field) => !ordered.includes(field))];
}

function flowEntry(row: ActualsRow, fields: readonly ActualField[], neighbourKeys: readonly string[], padded: boolean): string {
	const pairs = [`year: ${row.year}`, ...entryKeys(fields, neighbourKeys).map((field) => `${field}: ${row.values[field]}`)];
	return padded ? `{ ${pairs.join(', ')} }` : `{${pairs.join(', ')}}`;
}

function blockEntry(row: ActualsRow, fields: readonly ActualField[], neighbourKeys: readonly string[], indent: string): string {
	return [`year: ${row.year}`, ...entryKeys(fields, neighbourKeys).map((field) => `${indent}${field}: ${row.values[field]}`)].join('\n');
}

/** Changes the figures of an existing entry in place, adding missing keys in its own style. */
function editEntry(yaml: string, entry: YAMLMap, row: ActualsRow, fields: readonly ActualField[]) {
	const edits: Edit[] = [];
	const changed: { field: ActualField; old?: number | string; new: number }[] = [];
	const pairs = entry.items as Pair[];
	const last = pairs.at(-1)!;
	const lastEnd = isScalar(last.value) || isMap(last.value) || isSeq(last.value) ? range(last.value as YamlNode)[1] : range(last.key as YamlNode)[1];
	const firstKeyStart = range(pairs[0]!.key as YamlNode)[0];
	for (const field of fields) {
		const value = row.values[field]!;
		const pair = pairs.find((p) => keyOf(p) === field);
		if (pair && isScalar(pair.value)) {
			const old = pair.value.value;
			if (old === value) continue;
			const [start, end] = range(pair.value);
			edits.push({ start, end, text: String(value) });
			changed.push({ field, old: typeof old === 'number' || typeof old === 'string' ? old : undefined, new: value });
			continue;
		}
		if (entry.flow) edits.push({ start: lastEnd, end: lastEnd, text: `, ${field}: ${value}` });
		else {
			const at = lineEnd(yaml, lastEnd);
			edits.push({ start: at, end: at, text: `\n${indentAt(yaml, firstKeyStart)}${field}: ${value}` });
		}
		changed.push({ field, new: value });
	}
	return { edits, changed };
}

function applyEdits(text: string, edits: readonly Edit[]): string {
	let out = text;
	// From the end, so earlier offsets stay valid; at one offset, keep the given order.
	for (const edit of [...edits].map((e, i) => ({ ...e, i })).sort((a, b) => b.start - a.start || b.i - a.i)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
	return out;
}

/** Where a plan's frontmatter sits in its text: after the first line, up to the closing `---` line. */
function frontmatterBounds(text: string): { start: number; end: number } | undefined {
	const start = text.indexOf('\n') + 1;
	if (start === 0 || text.slice(0, start).trimEnd() !== '---') return undefined;
	const match = /^---[ \t]*$/m.exec(text.slice(start));
	if (!match) return undefined;
	// The YAML ends at the newline before the closing line.
	return { start, end: Math.max(start, start + match.index - 1) };
}

/**
 * Applies one plan's rows to its text, in CSV order. Each row re-reads the
 * YAML, so two rows for one plan see each other's edits.
 */
export function applyActualsToPlan(text: string, rows: readonly ActualsRow[]): { text: string; changed: RowChange[] } | { error: string } {
	let current = text;
	const changed: RowChange[] = [];
	for (const row of rows) {
		const bounds = frontmatterBounds(current);
		if (!bounds) return { error: 'it has no frontmatter between `---` lines; fix the plan first' };
		const yaml = current.slice(bounds.start, bounds.end);
		const result = editsForRow(yaml, row);
		if ('error' in result) return result;
		current = current.slice(0, bounds.start) + applyEdits(yaml, result.edits) + current.slice(bounds.end);
		changed.push(...result.changed.map((change) => ({ row, ...change })));
	}
	return { text: current, changed };
}

interface RowChange {
	row: ActualsRow;
	field: ActualField;
	old?: number | string;
	new: number;
}

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/** Each plan file by its slug (the first file of a slug). */
export function planFilesBySlug(snapshot: ContentSnapshot): Map<string, { path: string; bytes: Uint8Array }> {
	const planFiles = new Map<string, { path: string; bytes: Uint8Array }>();
	for (const file of snapshot.accounts) {
		// The same reading of a path as validation's: a file whose name is not a valid slug is not a plan.
		const slug = planSlugFromPath(file.path);
		if (slug !== undefined && !planFiles.has(slug)) planFiles.set(slug, file);
	}
	return planFiles;
}

export interface ImportResultWithWarnings extends ImportResult {
	/** Rows written, but not plausible (contribution above revenue, a fall of over 90 %); listed up to a limit. */
	warnings: ImportProblem[];
	/** Warnings beyond those listed. */
	moreWarnings: number;
	/** Set when the reading stopped at `MAX_REPORTED_PROBLEMS` problems: the line it stopped at. */
	stoppedAtLine?: number;
}

/**
 * The whole import against a content snapshot: read the CSV, edit each named
 * plan, then validate the content as it would be. Any problem (a bad row, an
 * unknown slug, a plan that would no longer validate) and `files` is empty:
 * all or nothing.
 */
export function importActuals(csvText: string, snapshot: ContentSnapshot): ImportResultWithWarnings {
	const reader = new ActualsReader(new Set(planFilesBySlug(snapshot).keys()));
	reader.push(csvText);
	reader.end();
	return finishImport(reader, snapshot);
}

/** The import of what a reader has read (the CLI streams the file into it). */
export function finishImport(reader: ActualsReader, snapshot: ContentSnapshot): ImportResultWithWarnings {
	const problems = [...reader.problems];
	const stoppedAtLine = reader.stopped ? reader.lastLine : undefined;
	const done = (result: ImportResult): ImportResultWithWarnings => ({ ...result, warnings: reader.warnings, moreWarnings: reader.moreWarnings, ...(stoppedAtLine !== undefined && { stoppedAtLine }) });
	// A file refused while reading is not applied: its problems are the answer.
	if (problems.length > 0) return done({ changes: [], files: [], problems });
	const planFiles = planFilesBySlug(snapshot);
	const rowsBySlug = new Map<string, ActualsRow[]>();
	for (const row of reader.rows) {
		if (!planFiles.has(row.slug)) {
			const suggestion = suggestKey(row.slug, [...planFiles.keys()]);
			problems.push({ line: row.line, message: `unknown slug \`${row.slug}\`: no plan has this file name${suggestion ? `; did you mean \`${suggestion}\`?` : ''}` });
			continue;
		}
		const list = rowsBySlug.get(row.slug);
		if (list) list.push(row);
		else rowsBySlug.set(row.slug, [row]);
	}
	const changes: ActualsChange[] = [];
	const files: { path: string; text: string }[] = [];
	for (const [slug, planRows] of [...rowsBySlug].sort(([a], [b]) => (a < b ? -1 : 1))) {
		const file = planFiles.get(slug)!;
		const before = decoder.decode(file.bytes);
		const result = applyActualsToPlan(before, planRows);
		if ('error' in result) {
			problems.push({ line: planRows[0]!.line, file: file.path, message: `plan \`${slug}\` (\`${file.path}\`) cannot be edited: ${result.error}` });
			continue;
		}
		for (const change of result.changed) changes.push({ slug, file: file.path, year: change.row.year, field: change.field, ...(change.old !== undefined ? { old: change.old } : {}), new: change.new, line: change.row.line });
		if (result.text !== before) files.push({ path: file.path, text: result.text });
		warnFalls(reader, slug, result.text, planRows);
	}
	if (files.length > 0) {
		const changedPaths = new Map(files.map((f) => [f.path, f.text]));
		const after: ContentSnapshot = { ...snapshot, accounts: snapshot.accounts.map((f) => (changedPaths.has(f.path) ? { path: f.path, bytes: encoder.encode(changedPaths.get(f.path)!) } : f)) };
		for (const diagnostic of validateContent(after).diagnostics) {
			if (diagnostic.severity !== 'error' || !changedPaths.has(diagnostic.file)) continue;
			const slug = /([^/]+)\.mdx$/.exec(diagnostic.file)![1]!;
			const lines = (rowsBySlug.get(slug) ?? []).map((row) => row.line);
			problems.push({
				line: lines[0],
				file: diagnostic.file,
				message: `plan \`${slug}\` would not validate (CSV line${lines.length > 1 ? 's' : ''} ${lines.slice(0, 10).join(', ')}${lines.length > 10 ? ', ...' : ''}): ${diagnostic.file}${diagnostic.line ? `:${diagnostic.line}` : ''} ${diagnostic.field ? `${diagnostic.field}: ` : ''}${diagnostic.message}`,
			});
			if (problems.length >= MAX_REPORTED_PROBLEMS) break;
		}
	}
	problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
	return done({ changes, files: problems.length > 0 ? [] : files, problems: problems.slice(0, MAX_REPORTED_PROBLEMS) });
}

/** Warns of each imported year whose revenue falls by more than 90 % against the year before (in the plan as it would be). */
function warnFalls(reader: ActualsReader, slug: string, text: string, rows: readonly ActualsRow[]): void {
	const bounds = frontmatterBounds(text);
	if (!bounds) return;
	const doc = parseDocument(text.slice(bounds.start, bounds.end), { version: '1.2', schema: 'core', uniqueKeys: false });
	const financials = (doc.toJS() as { financials?: unknown } | null)?.financials;
	if (!Array.isArray(financials)) return;
	const revenueOf = new Map<number, number>();
	for (const entry of financials) {
		const { year, revenue } = (entry ?? {}) as { year?: unknown; revenue?: unknown };
		if (typeof year === 'number' && typeof revenue === 'number') revenueOf.set(year, revenue);
	}
	const warned = new Set<number>();
	for (const row of rows) {
		for (const [year, next] of [[row.year - 1, row.year], [row.year, row.year + 1]] as const) {
			if (warned.has(year)) continue;
			const from = revenueOf.get(year);
			const to = revenueOf.get(next);
			if (from === undefined || to === undefined || from <= 0 || to >= from * PLAUSIBLE_FALL) continue;
			warned.add(year);
			const fall = Math.round((1 - to / from) * 1000) / 10;
			reader.warn({ line: row.line, message: `revenue of \`${slug}\` falls from \`${from}\` in ${year} to \`${to}\` in ${next} (${fall} % less); a fall of more than 90 % is rarely real, so check the figures (a missing digit, another unit) before you open the pull request` });
		}
	}
}

/** The change table: plan, year, field, old → new. */
export function formatChanges(changes: readonly ActualsChange[]): string {
	if (changes.length === 0) return 'No figure changes: the plans already hold these actuals.';
	const header = ['plan', 'year', 'field', 'old → new'];
	const rows = changes.map((c) => [c.slug, String(c.year), c.field, `${c.old === undefined ? '(none)' : String(c.old)} → ${c.new}`]);
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
	const format = (cells: string[]) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ');
	return [format(header), ...rows.map(format)].join('\n');
}
