/**
 * Which plan pages exist and what their body is, from the current snapshot:
 * in the live preview as of the last save, so a page reloaded right after a
 * save never shows the plan list or body of before it.
 */
import type { LoadedPlan } from '../lib/content/validate.ts';
import { parsePlanBody, type PlanBodyNode } from '../lib/content/plan-body.ts';
import { derived } from './content-source.ts';

/** The slug of every plan page: each plan that renders, and each plan whose page shows its errors instead (live preview). */
export const planPageSlugs = derived(({ content, preview }) => [...content.plans.map((plan) => plan.slug), ...(preview?.brokenPlans.keys() ?? [])]);

/** The plans that render, by slug: a build asks for every one of 10,000 plans. */
export const plansBySlug = derived(({ content }): ReadonlyMap<string, LoadedPlan> => new Map(content.plans.map((plan) => [plan.slug, plan])));

/** The body of a plan that renders, parsed for the plan page. */
export async function planBody(slug: string): Promise<PlanBodyNode[]> {
	const plan = (await plansBySlug()).get(slug);
	if (!plan) throw new Error(`no plan \`${slug}\` renders`);
	return parsePlanBody(plan.body, plan.file);
}
