/**
 * Which plan pages exist and what their body is, from the validated content.
 * The live preview (`npm run dev`) takes both from the content as of the last
 * save, so a page reloaded right after a save never shows the plan list or
 * body of before it.
 */
import type { LoadedPlan } from '../lib/content/validate.ts';
import type { LoadedVisit } from '../lib/content/visits.ts';
import { parsePlanBody, type PlanBodyNode } from '../lib/content/plan-body.ts';
import { settledLiveState } from '../live/live-state.ts';
import { loadValidContent } from '../live/loader.ts';

/** The slug of every plan page: each plan that renders, and in the live preview each plan with errors. */
export async function planPageSlugs(): Promise<string[]> {
	const live = await settledLiveState();
	if (live) return [...live.content.plans.map((plan) => plan.slug), ...live.brokenPlans.keys()];
	return (await loadValidContent()).plans.map((plan) => plan.slug);
}

/** The plans that render, by slug: in the live preview as of the last save. */
export async function plansBySlug(): Promise<ReadonlyMap<string, LoadedPlan>> {
	const live = await settledLiveState();
	return bySlug(live ? live.content.plans : (await loadValidContent()).plans);
}

/** The visit reports that render (those of the plans that render): in the live preview as of the last save. */
export async function visitsThatRender(): Promise<readonly LoadedVisit[]> {
	const live = await settledLiveState();
	return live ? live.content.visits : (await loadValidContent()).visits;
}

/** The body of a plan that renders, parsed for the plan page. */
export async function planBody(slug: string): Promise<PlanBodyNode[]> {
	const plan = (await plansBySlug()).get(slug);
	if (!plan) throw new Error(`no plan \`${slug}\` renders`);
	return parsePlanBody(plan.body, plan.file);
}

const indexes = new WeakMap<readonly LoadedPlan[], Map<string, LoadedPlan>>();

/** Each content's plans by slug, indexed once: a build asks for every one of 10,000 plans. */
function bySlug(plans: readonly LoadedPlan[]): Map<string, LoadedPlan> {
	let index = indexes.get(plans);
	if (!index) {
		index = new Map(plans.map((plan) => [plan.slug, plan]));
		indexes.set(plans, index);
	}
	return index;
}
