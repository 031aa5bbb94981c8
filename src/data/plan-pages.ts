/**
 * Which plan pages exist and what their MDX body is. A build takes both from
 * the `plans` collection. The live preview (`npm run dev`) takes them from the
 * content as of the last save instead: Astro's collection follows a save only
 * after its data store is written (about half a second later), and a page
 * reloaded in between must not show the plan list or body of before the save.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { getCollection, getEntry, render } from 'astro:content';
import { join } from 'node:path';
import { contentDirFromEnv } from '../node/content-dir.ts';
import { settledLiveState } from './live-state.ts';

/** The slug of every plan page: each plan that renders, and in the live preview each plan with errors. */
export async function planPageSlugs(): Promise<string[]> {
	const live = await settledLiveState();
	if (live) return [...live.content.plans.map((plan) => plan.slug), ...live.brokenPlans.keys()];
	return (await getCollection('plans')).map((plan) => plan.id);
}

/** The MDX body of a plan that renders, as a component. */
export async function planBody(slug: string): Promise<AstroComponentFactory> {
	const live = await settledLiveState();
	if (live) {
		const plan = live.content.plans.find((candidate) => candidate.slug === slug);
		if (!plan) throw new Error(`no plan \`${slug}\` renders in the live preview`);
		// Vite compiles the file itself and recompiles it after every save.
		const module = (await import(/* @vite-ignore */ `/@fs${join(contentDirFromEnv(), plan.file)}`)) as { default: AstroComponentFactory };
		return module.default;
	}
	const entry = await getEntry('plans', slug);
	if (!entry) throw new Error(`the plans collection has no plan \`${slug}\``);
	return (await render(entry)).Content;
}
