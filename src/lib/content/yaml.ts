import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLError, type YAMLMap } from 'yaml';
import { type Diagnostic, formatFieldPath, type PathSegment } from '../diagnostics.ts';
import type { RuleId } from '../rules.ts';
import { parseYamlSubset } from './yaml-subset.ts';

/** Deepest nesting a content file may use; real plans need about 4. */
export const MAX_NESTING_DEPTH = 20;

/** Most brackets on one line: the yaml package takes seconds on tens of thousands (its errors pile up). */
const MAX_BRACKETS_PER_LINE = 100;

/** Most `key:` indicators on one line inside brackets (a flow mapping of 200 keys on one line is no plan). */
const MAX_FLOW_KEYS_PER_LINE = 200;

/** Keys that could reach an object's prototype if content were ever merged naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ParsedYaml {
	/** Plain JS value (objects have no special keys; no aliases resolved). Undefined when unusable. */
	value: unknown;
	/** Problems found while parsing. */
	diagnostics: Diagnostic[];
	/** Line of the node at a field path; falls back to the nearest known ancestor. */
	lineOf(path: readonly PathSegment[]): number | undefined;
}

interface Options {
	/** File path relative to the content directory, for diagnostics. */
	file: string;
	/** Added to every line number, for YAML embedded in a larger file (frontmatter). */
	lineOffset?: number;
	/** Always use the full parser, never the fast reader of the plans' subset (tests compare the two). */
	fullParser?: boolean;
}

/**
 * Parses YAML 1.2 (core schema: `no` stays a string, dates stay strings) and turns
 * it into plain data while refusing what a content file never needs and what could
 * do harm: aliases and anchors, tags, merge keys and prototype keys.
 */
export function parseYaml(source: string, { file, lineOffset = 0, fullParser = false }: Options): ParsedYaml {
	const diagnostics: Diagnostic[] = [];
	const lineCounter = new LineCounter();
	const context: Context = {
		lineAt: (offset) => (offset === undefined ? undefined : lineCounter.linePos(offset).line + lineOffset),
		report: (line, path, rule, message) => diagnostics.push({ file, line, field: formatFieldPath(path), severity: 'error', rule, message }),
	};
	const unusable = () => ({ value: undefined, diagnostics, lineOf: () => undefined });

	// A tab in the indentation makes the parser misread every later line: that one cause is the one error.
	const tabLine = findTabIndentation(source);
	if (tabLine !== undefined) {
		context.report(tabLine + lineOffset, [], 'yaml-tab', 'a tab is used for indentation; YAML needs spaces, so replace the tab with spaces');
		return unusable();
	}

	// Refuse absurd nesting before the parser recurses into it.
	const deep = findExcessiveNesting(source);
	if (deep !== undefined) {
		const message =
			deep.reason === 'brackets'
				? `more than ${MAX_BRACKETS_PER_LINE} brackets (\`[\`, \`]\`, \`{\`, \`}\`) on one line; a line of a plan holds a few, so this is pasted text: remove it (or quote it)`
				: deep.reason === 'keys'
					? `more than ${MAX_NESTING_DEPTH} \`key:\` marks on one line; a line holds one field (\`name: value\`), so remove the pasted run (or quote the value)`
					: `nesting deeper than ${MAX_NESTING_DEPTH} levels; content files are shallow, so this is not a plan`;
		context.report(deep.line + lineOffset, [], 'yaml-too-deep', message);
		return unusable();
	}

	// Plans are written in a small part of YAML, which a fast reader handles with the same result.
	if (!fullParser) {
		const subset = parseYamlSubset(source, lineOffset);
		if (subset) return { value: subset.value, diagnostics, lineOf: subset.lineOf };
	}

	const doc = parseDocument(source, {
		version: '1.2',
		schema: 'core',
		uniqueKeys: true,
		merge: false,
		prettyErrors: false,
		lineCounter,
		keepSourceTokens: false,
	});
	reportSyntaxErrors(doc.errors, source, lineOffset, context);
	if (doc.errors.length > 0) return unusable();

	let value: unknown;
	try {
		value = toPlainData(doc.contents, [], 0, context);
	} catch (error) {
		if (!(error instanceof TooDeep)) throw error;
		value = undefined;
	}
	// Lines are looked up only for the few paths that have problems.
	return { value, diagnostics, lineOf: (target) => lineOfPath(doc.contents, target, context.lineAt) };
}

/** How the steps of `parseYaml` locate and report problems. */
interface Context {
	lineAt(offset: number | undefined): number | undefined;
	report(line: number | undefined, path: readonly PathSegment[], rule: RuleId, message: string): void;
}

/**
 * The parser's errors as diagnostics. After the first syntax error the parser
 * misreads what follows (a cascade of errors, false duplicate keys), so that
 * first error is the one reported, with the duplicate keys found before it.
 */
function reportSyntaxErrors(errors: readonly YAMLError[], source: string, lineOffset: number, context: Context): void {
	const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
	const firstSyntax = sorted.find((error) => error.code !== 'DUPLICATE_KEY');
	for (const error of sorted) {
		if (error.code === 'DUPLICATE_KEY') {
			if (firstSyntax && error.pos[0] >= firstSyntax.pos[0]) continue;
			context.report(context.lineAt(error.pos[0]), [], 'yaml-duplicate-key', duplicateKeyMessage(source, error.pos[0]));
			continue;
		}
		if (error !== firstSyntax) continue;
		const unclosed = /Missing closing (["'])?quote/.exec(error.message);
		const line = unclosed ? lineOfUnclosedQuote(source, error.pos[0]) : context.lineAt(error.pos[0]);
		const text = unclosed
			? 'a quoted value opened on this line is never closed; add the closing quote'
			: `YAML does not parse: ${firstLine(error.message)}`;
		context.report(unclosed ? (line === undefined ? undefined : line + lineOffset) : line, [], 'yaml-syntax', text);
	}
}

/**
 * A YAML node as plain data, refusing aliases, anchors, tags, merge keys and
 * prototype keys. `path` is a shared stack, copied only when a problem is reported.
 */
function toPlainData(node: unknown, path: PathSegment[], depth: number, context: Context): unknown {
	const { lineAt, report } = context;
	if (depth > MAX_NESTING_DEPTH) {
		report(lineAt((node as YamlNode).range?.[0]), [...path], 'yaml-too-deep', `nesting deeper than ${MAX_NESTING_DEPTH} levels; content files are shallow, so this is not a plan`);
		throw new TooDeep();
	}
	if (isAlias(node)) {
		report(lineAt(node.range?.[0]), [...path], 'yaml-alias', `alias \`*${node.source}\` is not allowed; write the value out in full`);
		return undefined;
	}
	const yamlNode = node as YamlNode | null;
	if (yamlNode && yamlNode.anchor) {
		report(lineAt(yamlNode.range?.[0]), [...path], 'yaml-anchor', `anchor \`&${yamlNode.anchor}\` is not allowed; content files do not share values`);
	}
	if (yamlNode && yamlNode.tag) {
		report(lineAt(yamlNode.range?.[0]), [...path], 'yaml-tag', `tag \`${shortTag(yamlNode.tag)}\` is not allowed; write a plain value without \`!\``);
		return undefined;
	}
	if (isScalar(node)) return node.value;
	if (isSeq(node)) {
		const items = new Array(node.items.length);
		for (let index = 0; index < node.items.length; index++) {
			path.push(index);
			items[index] = toPlainData(node.items[index], path, depth + 1, context);
			path.pop();
		}
		return items;
	}
	if (isMap(node)) return mapToPlainData(node, path, depth, context);
	return yamlNode === null ? null : undefined;
}

function mapToPlainData(node: YAMLMap, path: PathSegment[], depth: number, context: Context): Record<string, unknown> {
	const { lineAt, report } = context;
	const result: Record<string, unknown> = {};
	for (const pair of node.items) {
		const keyNode = pair.key;
		if (!isScalar(keyNode) || (typeof keyNode.value !== 'string' && typeof keyNode.value !== 'number')) {
			report(lineAt((keyNode as YamlNode | null)?.range?.[0]), [...path], 'yaml-key', 'a key must be a plain word such as `name`');
			continue;
		}
		const name = String(keyNode.value);
		if (keyNode.tag) {
			report(lineAt(keyNode.range?.[0]), [...path], 'yaml-tag', `tag \`${shortTag(keyNode.tag)}\` is not allowed on a key`);
			continue;
		}
		if (name === '<<') {
			report(lineAt(keyNode.range?.[0]), [...path, name], 'yaml-merge-key', 'merge key `<<` is not allowed; write the fields out in full');
			continue;
		}
		if (FORBIDDEN_KEYS.has(name)) {
			report(lineAt(keyNode.range?.[0]), [...path, name], 'yaml-forbidden-key', `key \`${name}\` is not allowed; it is reserved and never a content field`);
			continue;
		}
		path.push(name);
		// defineProperty keeps even odd keys as plain own data, never setters.
		Object.defineProperty(result, name, { value: toPlainData(pair.value, path, depth + 1, context), enumerable: true, writable: true, configurable: true });
		path.pop();
	}
	return result;
}

/** The line of the node at a field path, else of its nearest ancestor found. */
function lineOfPath(root: unknown, target: readonly PathSegment[], lineAt: Context['lineAt']): number | undefined {
	let node: unknown = root;
	let line = lineAt((node as YamlNode | null)?.range?.[0]);
	for (const segment of target) {
		if (isMap(node)) {
			const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
			if (!pair) break;
			line = lineAt((pair.key as YamlNode).range?.[0]) ?? line;
			node = pair.value;
		} else if (isSeq(node) && typeof segment === 'number') {
			const item = node.items[segment] as YamlNode | undefined;
			if (!item) break;
			line = lineAt(item.range?.[0]) ?? line;
			node = item;
		} else break;
	}
	return line;
}

class TooDeep extends Error {}

function shortTag(tag: string): string {
	return tag.replace(/^tag:yaml\.org,2002:/, '!!');
}

function firstLine(text: string): string {
	return text.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function duplicateKeyMessage(source: string, offset: number): string {
	const keyText = /^[^\s:]+/.exec(source.slice(offset))?.[0];
	return keyText
		? `duplicate key \`${keyText}\`; each field may appear once, so merge the two entries`
		: 'duplicate key; each field may appear once, so merge the two entries';
}

/** The ASCII characters findExcessiveNesting acts on past a line's indentation: newline, quotes, `#`, brackets and `:`. */
const NESTING_SCAN_MARKS = new Uint8Array(128);
for (const ch of '\n"\'#[]{}:') NESTING_SCAN_MARKS[ch.charCodeAt(0)] = 1;

/**
 * 1-based line where brackets nest deeper than the limit, indentation is
 * deeper than the limit could need, or a line holds more `key:` indicators
 * outside brackets than the limit (`a: b: c: ...`, which is a syntax error,
 * but one the parser recurses into: thousands overflow its stack).
 * A linear scan; quoted text and comments are skipped.
 */
function findExcessiveNesting(source: string): { line: number; reason: 'depth' | 'brackets' | 'keys' } | undefined {
	// Character codes, not one-character strings: this scan reads every byte of every plan.
	const NEWLINE = 10, SPACE = 32, DASH = 45, DOUBLE = 34, SINGLE = 39, HASH = 35;
	const OPEN_SQUARE = 91, OPEN_CURLY = 123, CLOSE_SQUARE = 93, CLOSE_CURLY = 125;
	let depth = 0;
	let line = 1;
	let quote = 0;
	const COLON = 58, TAB = 9;
	let atLineStart = true;
	let indent = 0;
	let colons = 0;
	let brackets = 0;
	for (let i = 0; i < source.length; i++) {
		const ch = source.charCodeAt(i);
		// Past the indentation, any other character (letters, digits, spaces, CJK...) changes nothing: one look-up, not ten comparisons.
		if (!atLineStart && (ch >= 128 || NESTING_SCAN_MARKS[ch] === 0)) continue;
		if (ch === NEWLINE) {
			line++;
			atLineStart = true;
			indent = 0;
			colons = 0;
			brackets = 0;
			// An apostrophe in plain text (`Rival's`) must not hide the next lines.
			quote = 0;
			continue;
		}
		if (atLineStart) {
			if (ch === SPACE || ch === DASH) {
				if (++indent > MAX_NESTING_DEPTH * 4) return { line, reason: 'depth' };
				continue;
			}
			atLineStart = false;
		}
		if (quote !== 0) {
			if (ch === quote) quote = 0;
			continue;
		}
		if (ch === DOUBLE || ch === SINGLE) quote = ch;
		else if (ch === HASH) {
			const newline = source.indexOf('\n', i);
			if (newline === -1) break;
			i = newline - 1;
		} else if (ch === OPEN_SQUARE || ch === OPEN_CURLY) {
			if (++depth > MAX_NESTING_DEPTH) return { line, reason: 'depth' };
			if (++brackets > MAX_BRACKETS_PER_LINE) return { line, reason: 'brackets' };
		} else if (ch === CLOSE_SQUARE || ch === CLOSE_CURLY) {
			depth = Math.max(0, depth - 1);
			if (++brackets > MAX_BRACKETS_PER_LINE) return { line, reason: 'brackets' };
		}
		else if (ch === COLON) {
			const next = source.charCodeAt(i + 1);
			// Outside brackets a line holds one key; inside, a flow mapping may hold many, but never hundreds.
			if ((next === SPACE || next === TAB || next === NEWLINE || Number.isNaN(next)) && ++colons > (depth === 0 ? MAX_NESTING_DEPTH : MAX_FLOW_KEYS_PER_LINE)) return { line, reason: 'keys' };
		}
	}
	return undefined;
}

/** 1-based line (within the YAML) where the quote left open before `offset` starts. */
function lineOfUnclosedQuote(source: string, offset: number): number | undefined {
	const lines = source.slice(0, offset).split('\n');
	for (let i = lines.length - 1; i >= 0; i--) {
		const line = lines[i]!;
		if ((line.match(/"/g)?.length ?? 0) % 2 === 1 || (line.match(/'/g)?.length ?? 0) % 2 === 1) return i + 1;
	}
	return undefined;
}

/** 1-based line of the first tab used in indentation, if any. */
function findTabIndentation(source: string): number | undefined {
	if (!source.includes('\t')) return undefined;
	const lines = source.split('\n');
	for (let i = 0; i < lines.length; i++) {
		if (/^[ ]*\t/.test(lines[i]!)) return i + 1;
		// A tab after a sequence dash is indentation too ("-\tname: x").
		if (/^[ ]*-\t/.test(lines[i]!)) return i + 1;
	}
	return undefined;
}
