/**
 * How the check commands print their reports: diagnostics in groups, each with
 * the prefix that makes its paths repository paths. Kept apart from the lint
 * (remark, the Astro compiler), which `npm run validate` never loads.
 */
import { relative } from 'node:path';
import type { Diagnostic } from '../lib/diagnostics.ts';
import { formatDiagnostics, type OutputFormat } from '../lib/format-diagnostics.ts';

/** The prefix that turns a content-relative path into a path relative to the working directory (for annotations). */
export function contentPrefix(dir: string, cwd = process.cwd()): string {
	const prefix = relative(cwd, dir);
	return prefix && !prefix.startsWith('..') ? `${prefix}/` : '';
}

export interface PrintGroup {
	diagnostics: readonly Diagnostic[];
	/** Prefix of the group's paths for GitHub annotations, which need repository paths. */
	prefix: string;
}

/** Formats groups of diagnostics as one report in the chosen format. */
export function formatGroups(format: OutputFormat, groups: readonly PrintGroup[], options: { summaryOf: string; extra?: Record<string, unknown> }): string {
	const diagnostics =
		format === 'github' ? groups.flatMap((g) => g.diagnostics.map((d) => ({ ...d, file: g.prefix + d.file }))) : groups.flatMap((g) => g.diagnostics);
	return formatDiagnostics(format, diagnostics, { isTTY: Boolean(process.stdout.isTTY), env: process.env, extra: options.extra, summaryOf: options.summaryOf });
}

/** `--strict` makes warnings fail too. */
export function failed(diagnostics: readonly Diagnostic[], strict: boolean): boolean {
	return diagnostics.some((d) => d.severity === 'error' || strict);
}
