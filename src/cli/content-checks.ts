/**
 * The pieces of the check commands (`validate`, `lint`, `check`, `check-plan`):
 * read the content once, validate it, lint it, and format the results; the
 * commands' frame is `check-command.ts`.
 */
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContentDir } from '../node/read-content-dir.ts';
import { type ContentSnapshot, type ValidationResult, validateContent } from '../lib/content/validate.ts';
import type { Diagnostic } from '../lib/diagnostics.ts';
import { lintPlans } from '../lint/lint-plans.ts';
export { combined } from '../lint/lint-plans.ts';
import { checkAstroSources } from '../lint/no-set-html.ts';
// What the reports are printed with has a module of its own, light enough for `validate`, which needs no lint.
export { contentPrefix, failed, formatGroups, type PrintGroup } from './report-output.ts';

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

/** The content directory of a plan: the parent of the nearest `accounts` folder above it. */
export function contentDirOf(planPath: string): string | undefined {
	const parts = resolve(planPath).split(sep);
	const index = parts.lastIndexOf('accounts');
	return index > 0 ? parts.slice(0, index).join(sep) || sep : undefined;
}
