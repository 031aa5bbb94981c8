/**
 * The live preview's view of content that may have errors: a build refuses
 * such content, the preview renders what it can and shows the rest as
 * problems. Plans with an error in their own file are left out of the portfolio
 * (their page shows the problems instead); every other plan renders as usual.
 */
import { type Diagnostic, groupByFile } from '../diagnostics.ts';
import { planSlugFromPath } from './plan-path.ts';
import type { LoadedPlan, ValidationResult } from './validate.ts';

export interface PreviewContent {
	/** The content the portal renders: only plans without errors in their own file. */
	content: ValidationResult;
	/** Every problem of every file (validation and lint), grouped by file in report order. */
	problems: Map<string, Diagnostic[]>;
	/** Files with at least one error, in report order. */
	filesWithErrors: string[];
	/** Slug → the files of that slug whose errors replace the plan's page. */
	brokenPlans: Map<string, string[]>;
	/** How many plan files (under accounts/) have errors: plans the portfolio's figures leave out. */
	plansLeftOut: number;
}

/** Is this file (relative to the content directory) a plan? */
function isPlanFile(path: string): boolean {
	return path.startsWith('accounts/') && path.endsWith('.mdx');
}

/**
 * Splits validated content and its problems (`validate` and `lint` together,
 * as `check-plan` reports them) into what renders and what is shown as errors.
 */
export function previewContent(validation: ValidationResult, problems: readonly Diagnostic[]): PreviewContent {
	const byFile = groupByFile(problems);
	const filesWithErrors = [...byFile].filter(([, list]) => list.some((d) => d.severity === 'error')).map(([file]) => file);
	const broken = new Set(filesWithErrors);
	const brokenPlans = new Map<string, string[]>();
	for (const file of filesWithErrors) {
		const slug = planSlugFromPath(file);
		if (slug !== undefined && file.startsWith('accounts/')) brokenPlans.set(slug, [...(brokenPlans.get(slug) ?? []), file]);
	}
	const kept = validation.plans.filter((plan) => !broken.has(plan.file) && !brokenPlans.has(plan.slug));
	const keptSlugs = new Set(kept.map((plan) => plan.slug));
	// A plan whose group (parent) account is broken still renders, on its own,
	// until the parent is fixed: the engine only ever sees a consistent tree.
	const plans: LoadedPlan[] = kept.map((plan) => {
		const parent = plan.frontmatter.parent;
		if (parent === undefined || keptSlugs.has(parent)) return plan;
		const { parent: _dropped, ...frontmatter } = plan.frontmatter;
		return { ...plan, frontmatter };
	});
	const plansLeftOut = filesWithErrors.filter(isPlanFile).length;
	// A visit report with errors is left out; so are the reports of a plan that does not render.
	const visits = validation.visits.filter((visit) => !broken.has(visit.file) && keptSlugs.has(visit.plan));
	return { content: { ...validation, plans, visits }, problems: byFile, filesWithErrors, brokenPlans, plansLeftOut };
}
