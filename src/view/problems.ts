/**
 * The live preview's problems as the pages show them: one block per file, in
 * the words and layout of `npm run check-plan`, files with errors first.
 */
import type { PreviewContent } from '../lib/content/preview.ts';
import { planSlugFromPath } from '../lib/content/plan-path.ts';
import { countBySeverity, type Diagnostic, formatProblemLine } from '../lib/diagnostics.ts';

export interface ProblemFile {
	/** Path relative to the content directory. */
	file: string;
	/** The plan's slug, when the file is a plan with a valid name (its page address). */
	slug?: string;
	errors: number;
	warnings: number;
	/** The file's problems exactly as `check-plan` prints them (without colour). */
	text: string;
}

function problemFile(file: string, diagnostics: readonly Diagnostic[]): ProblemFile {
	const { errors, warnings } = countBySeverity(diagnostics);
	const slug = file.startsWith('accounts/') ? planSlugFromPath(file) : undefined;
	return { file, ...(slug ? { slug } : {}), errors, warnings, text: [file, ...diagnostics.map(formatProblemLine)].join('\n') };
}

/** Every file with problems: those with errors first, each group in report order. */
export function problemFiles(preview: Pick<PreviewContent, 'problems'>): ProblemFile[] {
	const files = [...preview.problems].map(([file, list]) => problemFile(file, list));
	return [...files.filter((f) => f.errors > 0), ...files.filter((f) => f.errors === 0)];
}

/** The problems of one plan's files (a slug used by two files has both). */
export function planProblemFiles(preview: Pick<PreviewContent, 'problems'>, slug: string): ProblemFile[] {
	return problemFiles(preview).filter((f) => f.slug === slug);
}
