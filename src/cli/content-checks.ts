/**
 * The pieces of the check commands (`validate`, `lint`, `check`, `check-plan`):
 * read the content once, validate it, lint it, and format the results; the
 * commands' frame is `check-command.ts`.
 */
import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContentDir } from '../node/read-content-dir.ts';
import { PEOPLE_FILE, POLICY_FILE } from '../lib/content/files.ts';
import { VISITS_DIR } from '../lib/content/visits.ts';
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

/** What `check-plan` checks: a plan under `accounts/` or a visit report under `visits/`. */
export type CheckedFileKind = 'plan' | 'visit';

export interface CheckedFile {
	/** The content directory the file belongs to. */
	dir: string;
	/** The file's path relative to it, `/` separators, as diagnostics name it. */
	file: string;
	kind: CheckedFileKind;
}

const KIND_OF_FOLDER: Readonly<Record<string, CheckedFileKind>> = { accounts: 'plan', [VISITS_DIR]: 'visit' };

/**
 * The content directory and kind of a plan or visit report: the parent of the
 * nearest `accounts` or `visits` folder above it. A folder of that name deeper
 * in (a region folder called `visits`, a plan slug `accounts`) is passed over
 * when a folder further up has `people.yaml` or `policy.yaml` beside it.
 * Undefined when the path is under neither.
 */
export function checkedFileOf(path: string, isContentDir: (dir: string) => boolean = looksLikeContentDir): CheckedFile | undefined {
	const parts = resolve(path).split(sep);
	const candidates: CheckedFile[] = [];
	for (let index = parts.length - 2; index > 0; index--) {
		const kind = KIND_OF_FOLDER[parts[index]!];
		if (kind) candidates.push({ dir: parts.slice(0, index).join(sep) || sep, file: parts.slice(index).join('/'), kind });
	}
	return candidates.find((candidate) => isContentDir(candidate.dir)) ?? candidates[0];
}

function looksLikeContentDir(dir: string): boolean {
	return existsSync(join(dir, PEOPLE_FILE)) || existsSync(join(dir, POLICY_FILE));
}
