import { compareText } from './compare.ts';
import type { RuleId } from './rules.ts';

/** One problem found in content, located as precisely as the source allows. */
export interface Diagnostic {
	/** Path relative to the content directory, with forward slashes. */
	file: string;
	/** 1-based line, when known. */
	line?: number;
	/** 1-based column, when known. */
	column?: number;
	/** Field path such as `financials[1].year`; empty for the file as a whole. */
	field: string;
	severity: 'error' | 'warning';
	/** Stable id of the rule, for filtering and docs (`unknown-person`, `yaml-syntax`...): one of the registry in rules.ts. */
	rule: RuleId;
	/** What is wrong, why, and how to fix it. */
	message: string;
}

export type PathSegment = string | number;

/** Formats `['financials', 1, 'year']` as `financials[1].year`. */
export function formatFieldPath(path: readonly PathSegment[]): string {
	let out = '';
	for (const segment of path) {
		if (typeof segment === 'number') out += `[${segment}]`;
		else out += out === '' ? segment : `.${segment}`;
	}
	return out;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
	return diagnostics.some((d) => d.severity === 'error');
}

export function countBySeverity(diagnostics: readonly Diagnostic[]) {
	let errors = 0;
	let warnings = 0;
	for (const d of diagnostics) d.severity === 'error' ? errors++ : warnings++;
	return { errors, warnings };
}

/** Orders diagnostics by file, then line, so output is stable and grouped. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
	return [...diagnostics].sort(
		(a, b) =>
			compareText(a.file, b.file) ||
			(a.line ?? 0) - (b.line ?? 0) ||
			(a.column ?? 0) - (b.column ?? 0) ||
			compareText(a.field, b.field) ||
			compareText(a.message, b.message),
	);
}

/** Groups diagnostics by file, keeping the sorted order. */
export function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
	const groups = new Map<string, Diagnostic[]>();
	for (const d of sortDiagnostics(diagnostics)) {
		const list = groups.get(d.file) ?? [];
		list.push(d);
		groups.set(d.file, list);
	}
	return groups;
}

/** Control characters from content would let a file rewrite a terminal or a log. */
export function printable(text: string): string {
	return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** The parts of one problem line as `check-plan` prints it: `path:line:col`, severity, `field: message`, `(rule)`. */
export function problemLineParts(d: Diagnostic): { where: string; severity: string; text: string; rule: string } {
	return {
		where: `${printable(d.file)}:${d.line ?? '-'}${d.column ? `:${d.column}` : ''}`,
		severity: d.severity === 'error' ? 'error  ' : 'warning',
		text: `${d.field ? `${printable(d.field)}: ` : ''}${printable(d.message)}`,
		rule: `(${d.rule})`,
	};
}

/** One problem as a plain line, exactly as the check commands print it without colour. */
export function formatProblemLine(d: Diagnostic): string {
	const { where, severity, text, rule } = problemLineParts(d);
	return `  ${where}  ${severity}  ${text}  ${rule}`;
}
