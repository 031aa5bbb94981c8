/**
 * The one place the portal turns Astro's content collections into engine input.
 * Pages and endpoints call `getPortfolio()`; the engine runs once per build.
 */
import { getCollection, getEntry } from 'astro:content';
import { localCalendarDate, resolveAsOf } from '../lib/as-of.ts';
import { computePortfolio } from '../lib/engine/index.ts';
import type { Portfolio } from '../lib/engine/types.ts';
import { loadValidatedContent } from './loader.ts';

let portfolio: Promise<Portfolio> | undefined;

/** The as-of date of this build: `KAM_AS_OF` (checked) or today's local calendar date. */
export function buildAsOf(): string {
	return resolveAsOf(process.env.KAM_AS_OF, localCalendarDate(new Date()));
}

async function loadPortfolio(): Promise<Portfolio> {
	const [plans, people, policy] = await Promise.all([getCollection('plans'), getCollection('people'), getEntry('policy', 'policy')]);
	if (!policy) throw new Error('the policy collection has no `policy` entry; the policy loader should always provide one');
	// Collection entries know their path from the project root; the engine wants it from the
	// content directory (for "edit this plan" links), which the validated snapshot has.
	const { plans: validated } = await loadValidatedContent();
	const fileBySlug = new Map(validated.map((plan) => [plan.slug, plan.file]));
	return computePortfolio({
		plans: plans.map((entry) => ({
			slug: entry.id,
			frontmatter: entry.data,
			...(entry.body !== undefined ? { body: entry.body } : {}),
			...(fileBySlug.has(entry.id) ? { file: fileBySlug.get(entry.id)! } : {}),
		})),
		people: people.map((entry) => entry.data).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
		policy: policy.data,
		asOf: buildAsOf(),
	});
}

/** The whole computed portfolio, memoised for the build (a failed computation is not cached). */
export function getPortfolio(): Promise<Portfolio> {
	portfolio ??= loadPortfolio().catch((error: unknown) => {
		portfolio = undefined;
		throw error;
	});
	return portfolio;
}
