/**
 * The pieces of the check commands (`validate`, `lint`, `check`, `check-plan`):
 * read the content once, validate it, lint it, and format the results; the
 * commands' frame is `check-command.ts`.
 */
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContentDir } from '../node/read-content-dir.ts';
import { type ContentSnapshot, type ValidationResult, validateContent } from '../lib/content/validate.ts';
import type { Diagnostic } from '../lib/diagnostics.ts';
import { lintPlans } from '../lint/lint-plans.ts';
export { combined } from '../lint/lint-plans.ts';
import { checkAstroSources } from '../lint/no-set-html.ts';
import { formatDiagnostics, type OutputFormat } from '../lib/format-diagnostics.ts';

export const PROJECT_ROOT = resolve(fileURLToPath(import.meta.url), '../../..');

export interface CheckedContent {
	dir: string;
	snapshot: ContentSnapshot;
	validation: ValidationResult;
}

/** Reads and validates a content directory; throws with a readable message when it is missing. */
export async function readAndValidate(dir: string): Promise<CheckedContent> {
	const snapshot = await readContentDir(dir);
	return { dir, snapshot, validation: validateContent(snapshot) };
}

export interface LintResult {
	/** Plan diagnostics, paths relative to the content directory. */
	plans: Diagnostic[];
	/** `.astro` source diagnostics, paths relative to the project root. */
	sources: Diagnostic[];
}

/** Lints the plans (remark-lint + KAM rules) and the portal's `.astro` sources (no-set-html). */
export async function lint(content: CheckedContent, options: { sources?: boolean } = {}): Promise<LintResult> {
	const plans = await lintPlans(content.snapshot, content.validation.policy);
	const sources = options.sources === false ? [] : await checkAstroSources(resolve(PROJECT_ROOT, 'src'), PROJECT_ROOT);
	return { plans, sources };
}

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

/** The content directory of a plan: the parent of the nearest `accounts` folder above it. */
export function contentDirOf(planPath: string): string | undefined {
	const parts = resolve(planPath).split(sep);
	const index = parts.lastIndexOf('accounts');
	return index > 0 ? parts.slice(0, index).join(sep) || sep : undefined;
}
