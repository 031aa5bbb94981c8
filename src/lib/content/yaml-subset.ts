/**
 * A fast reader for the YAML that plans are actually written in: block
 * mappings and sequences indented with spaces, one-line flow collections
 * (`{ year: 2025, revenue: 2400000 }`, `[li-wei, chen-jie]`), nested in each
 * other as review entries are written
 * (`- { date: 2026-01-22, by: [li-wei], findings: { competitive: concern } }`),
 * trailing commas included, plain and one-line quoted scalars, and comments. It gives exactly what
 * `parseYaml` gives through the `yaml` package (YAML 1.2, core schema), and
 * the same line for every field path, several times faster.
 *
 * Anything else (block scalars, multi-line flow or quoted values, escapes,
 * anchors, tags, odd keys, duplicate keys, any doubt) returns `undefined`,
 * and the caller parses with the `yaml` package, which also reports the
 * problems. So the subset decides only speed, never an outcome.
 */
import type { PathSegment } from '../diagnostics.ts';

export interface SubsetYaml {
	value: unknown;
	/** As `ParsedYaml.lineOf`: the line of the key or item at a path, else of its nearest ancestor. */
	lineOf(path: readonly PathSegment[]): number | undefined;
}

/** Not the subset: parse with the full parser instead. */
class Unsupported extends Error {}

interface Line {
	/** 1-based line in the source. */
	number: number;
	indent: number;
	/** The text after the indentation. */
	text: string;
}

/** Keys the subset reads: words that the core schema resolves to themselves, never `true`, `null`, `<<`... (see isSubsetKey) */
const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/;
/** YAML refuses implicit keys longer than this; the subset leaves long keys to the full parser. */
const MAX_KEY_LENGTH = 1000;
/** Depth the subset goes to; deeper content is left to the full parser, which reports it. */
const MAX_DEPTH = 20;

/** Whether a key resolves to itself as a string (never `null`, `true`, `false`...) and is no prototype key or too long; by length first, as the subset reads thousands of keys. */
function isSubsetKey(key: string): boolean {
	switch (key.length) {
		case 4:
			return key !== 'null' && key !== 'Null' && key !== 'NULL' && key !== 'true' && key !== 'True' && key !== 'TRUE';
		case 5:
			return key !== 'false' && key !== 'False' && key !== 'FALSE';
		case 9:
			return key !== '__proto__' && key !== 'prototype';
		case 11:
			return key !== 'constructor';
		default:
			return key.length <= MAX_KEY_LENGTH;
	}
}

/** The text without its trailing spaces (only U+0020: the subset has no tabs). */
function trimSpaces(text: string): string {
	let end = text.length;
	while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
	return end === text.length ? text : text.slice(0, end);
}

/** Lines of the subset: no tabs, carriage returns or document markers, and not empty. */
function contentLines(source: string): Line[] | undefined {
	if (source.includes('\t') || source.includes('\r')) return undefined;
	const lines: Line[] = [];
	const raw = source.split('\n');
	for (let i = 0; i < raw.length; i++) {
		const line = raw[i]!;
		let indent = 0;
		while (line.charCodeAt(indent) === 32) indent++;
		if (indent === line.length) continue;
		if (line.charCodeAt(indent) === 35) continue; // #
		// YAML's white space is the space and the tab (refused above): never `trimEnd`, which also eats U+3000, U+FEFF...
		let end = line.length;
		while (line.charCodeAt(end - 1) === 32) end--;
		const text = line.slice(indent, end);
		if (indent === 0 && (text.startsWith('---') || text.startsWith('...') || text[0] === '%')) return undefined;
		lines.push({ number: i + 1, indent, text });
	}
	return lines.length === 0 ? undefined : lines;
}

/** The value of a plain scalar under the core schema, as the `yaml` package resolves it. */
function plainValue(text: string): unknown {
	const first = text.charCodeAt(0);
	// Only empty text or text starting with ~, n, N, t, T, f or F can be null or a boolean.
	if (text === '' || first === 126 || first === 110 || first === 78 || first === 116 || first === 84 || first === 102 || first === 70) {
		if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return null;
		if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text)) return text[0] === 't' || text[0] === 'T';
	}
	// Only text starting with a digit, a sign or a dot can be a number.
	if (!((first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46)) return text;
	if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
	// A number has a minus only first or after its exponent's `e`: `2026-01-22` is text.
	const dash = text.indexOf('-', 1);
	if (dash !== -1 && text[dash - 1] !== 'e' && text[dash - 1] !== 'E') return text;
	if (/^0o[0-7]+$/.test(text)) return parseInt(text.substring(2), 8);
	if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.substring(2), 16);
	if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
	if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text);
	if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
	return text;
}

/** Characters that may not start a plain scalar (or that the subset leaves to the full parser). */
const INDICATORS = new Set(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);

/** Whether a plain scalar may start with the character at `at`: a minus only as a number's sign. */
function plainStart(text: string, at: number): boolean {
	const ch = text[at];
	if (ch === undefined) return false;
	if (ch === '-') return /[0-9.]/.test(text[at + 1] ?? '');
	return !INDICATORS.has(ch);
}

/** A quoted scalar starting at `start`; returns its value and the index after the closing quote. */
function quoted(text: string, start: number): [string, number] {
	const quote = text[start]!;
	if (quote === '"') {
		const end = text.indexOf('"', start + 1);
		const value = end === -1 ? '' : text.slice(start + 1, end);
		// Escapes, and a closing quote on a later line, are for the full parser.
		if (end === -1 || value.includes('\\')) throw new Unsupported();
		return [value, end + 1];
	}
	let value = '';
	let from = start + 1;
	for (;;) {
		const end = text.indexOf("'", from);
		if (end === -1) throw new Unsupported();
		value += text.slice(from, end);
		if (text[end + 1] !== "'") return [value, end + 1];
		value += "'";
		from = end + 2;
	}
}

/** Only spaces and a comment may follow a complete value on its line. */
function expectLineEnd(text: string, at: number): void {
	const rest = text.slice(at);
	if (trimSpaces(rest) === '') return;
	if (!/^ +#/.test(rest)) throw new Unsupported();
}

/** A plain scalar in block context: the rest of the line, up to a comment. */
function blockPlain(text: string): unknown {
	const comment = text.indexOf(' #');
	const value = trimSpaces(comment === -1 ? text : text.slice(0, comment));
	if (!plainStart(value, 0)) throw new Unsupported();
	// `a: b` inside a value would be a nested mapping, which YAML refuses here.
	if (value.includes(': ') || value.endsWith(':')) throw new Unsupported();
	return plainValue(value);
}

/** A key of a flow mapping with its `: `, read where the sticky index is set. */
const FLOW_KEY = /([A-Za-z_][A-Za-z0-9_-]*): +/y;

/**
 * A one-line flow collection starting at `start`, whose entries are scalars or
 * flow collections in turn (`{ date: 2026-01-22, by: [li-wei], findings: { competitive: concern } }`);
 * returns it and the index after it. `depth` counts as the blocks' depth does.
 */
function flowCollection(text: string, start: number, depth: number): [unknown, number] {
	if (depth > MAX_DEPTH) throw new Unsupported();
	const isMap = text.charCodeAt(start) === 123; // {
	const close = isMap ? '}' : ']';
	const result: Record<string, unknown> | unknown[] = isMap ? {} : [];
	let i = start + 1;
	while (text.charCodeAt(i) === 32) i++;
	if (text[i] === close) return [result, i + 1];
	for (;;) {
		let key: string | undefined;
		if (isMap) {
			FLOW_KEY.lastIndex = i;
			const match = FLOW_KEY.exec(text);
			if (!match || !isSubsetKey(match[1]!) || Object.hasOwn(result, match[1]!)) throw new Unsupported();
			key = match[1]!;
			i += match[0].length;
		}
		let value: unknown;
		const ch = text[i];
		if (ch === '"' || ch === "'") {
			[value, i] = quoted(text, i);
			while (text.charCodeAt(i) === 32) i++;
		} else if (ch === '{' || ch === '[') {
			[value, i] = flowCollection(text, i, depth + 1);
			while (text.charCodeAt(i) === 32) i++;
		} else {
			if (!plainStart(text, i)) throw new Unsupported();
			let end = i;
			for (; end < text.length; end++) {
				const code = text.charCodeAt(end);
				// , [ ] { }: a plain scalar in a flow collection ends at the first of them.
				if (code === 44 || code === 91 || code === 93 || code === 123 || code === 125) break;
			}
			const raw = text.slice(i, end);
			if (raw.includes(': ') || raw.includes(' #') || raw.endsWith(':')) throw new Unsupported();
			value = plainValue(trimSpaces(raw));
			i = end;
		}
		if (key === undefined) (result as unknown[]).push(value);
		else (result as Record<string, unknown>)[key] = value;
		if (text[i] === ',') {
			i++;
			while (text.charCodeAt(i) === 32) i++;
			// A trailing comma closes the collection as if it were not there (`[a, b, ]`).
			if (text[i] === close) return [result, i + 1];
			continue;
		}
		if (text[i] === close) return [result, i + 1];
		throw new Unsupported();
	}
}

/** Parses `source` if it is in the subset, else returns undefined. */
export function parseYamlSubset(source: string, lineOffset = 0): SubsetYaml | undefined {
	const lines = contentLines(source);
	if (!lines || lines[0]!.indent !== 0) return undefined;
	/** For each mapping or sequence read: the line of each key or item. */
	const lineMaps = new Map<object, Record<string, number> | number[]>();
	let next = 0;

	/** A value written on the line of its key or dash, from `at` on; `indent` is where a continuation would be. */
	function inlineValue(text: string, at: number, indent: number, depth: number): unknown {
		const ch = text[at]!;
		let value: unknown;
		if (ch === '{' || ch === '[') {
			let end: number;
			[value, end] = flowCollection(text, at, depth);
			expectLineEnd(text, end);
		} else if (ch === '"' || ch === "'") {
			let end: number;
			[value, end] = quoted(text, at);
			expectLineEnd(text, end);
		} else value = blockPlain(text.slice(at));
		// A more indented line after it would continue the value over lines.
		if (next < lines!.length && lines![next]!.indent > indent) throw new Unsupported();
		return value;
	}

	function block(depth: number): unknown {
		if (depth > MAX_DEPTH) throw new Unsupported();
		const line = lines![next]!;
		return line.text === '-' || line.text.startsWith('- ') ? sequence(line.indent, depth) : mapping(line.indent, depth);
	}

	function mapping(indent: number, depth: number): Record<string, unknown> {
		const result: Record<string, unknown> = {};
		const keyLines: Record<string, number> = {};
		lineMaps.set(result, keyLines);
		while (next < lines!.length && lines![next]!.indent >= indent) {
			const line = lines![next]!;
			if (line.indent > indent) throw new Unsupported();
			const match = KEY.exec(line.text);
			if (!match) throw new Unsupported();
			const key = match[1]!;
			if (!isSubsetKey(key) || Object.hasOwn(result, key)) throw new Unsupported();
			next++;
			const rest = match[0].length;
			let value: unknown;
			if (rest < line.text.length && line.text[rest] !== '#') value = inlineValue(line.text, rest, indent, depth + 1);
			else {
				const following = lines![next];
				if (following && following.indent > indent) value = block(depth + 1);
				else if (following && following.indent === indent && (following.text === '-' || following.text.startsWith('- '))) value = sequence(indent, depth + 1);
				else value = null;
			}
			result[key] = value;
			keyLines[key] = line.number + lineOffset;
		}
		return result;
	}

	function sequence(indent: number, depth: number): unknown[] {
		const result: unknown[] = [];
		const itemLines: number[] = [];
		lineMaps.set(result, itemLines);
		while (next < lines!.length && lines![next]!.indent >= indent) {
			const line = lines![next]!;
			// A sequence beside its key ends where the mapping's next key starts.
			if (line.indent === indent && !line.text.startsWith('- ') && line.text !== '-') break;
			if (line.indent > indent || !line.text.startsWith('- ')) throw new Unsupported();
			let at = 2;
			while (line.text[at] === ' ') at++;
			const rest = line.text.slice(at);
			if (rest[0] === '#' || rest.startsWith('- ') || rest === '-') throw new Unsupported();
			itemLines.push(line.number + lineOffset);
			if (KEY.test(rest)) {
				// `- key: value`: a mapping whose keys line up with this first one.
				lines![next] = { number: line.number, indent: indent + at, text: rest };
				result.push(block(depth + 1));
			} else {
				next++;
				result.push(inlineValue(line.text, at, indent, depth + 1));
			}
		}
		return result;
	}

	let value: unknown;
	try {
		value = block(1);
		if (next < lines.length) return undefined;
	} catch (error) {
		if (error instanceof Unsupported) return undefined;
		throw error;
	}
	const rootLine = lines[0]!.number + lineOffset;
	return {
		value,
		lineOf(path) {
			let node: unknown = value;
			let line: number | undefined = rootLine;
			for (const segment of path) {
				const lineMap = typeof node === 'object' && node !== null ? lineMaps.get(node) : undefined;
				if (lineMap === undefined) break;
				if (Array.isArray(lineMap)) {
					if (typeof segment !== 'number' || segment >= lineMap.length) break;
					line = lineMap[segment];
				} else {
					const key = String(segment);
					if (!Object.hasOwn(lineMap, key)) break;
					line = lineMap[key];
				}
				node = (node as Record<string, unknown>)[segment as string];
			}
			return line;
		},
	};
}
