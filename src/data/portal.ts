/**
 * The one place the portal turns the validated content into engine input.
 * Pages and endpoints call `getPortfolio()`; the engine runs once per build.
 */
import { asOfFromEnv } from '../node/as-of.ts';
import { compareText } from '../lib/compare.ts';
import { computePortfolio } from '../lib/engine/index.ts';
import type { Portfolio } from '../lib/engine/types.ts';
import { loadValidContent } from './loader.ts';

let portfolio: Promise<Portfolio> | undefined;

/** The as-of date of this build: `KAM_AS_OF` (checked) or today's local calendar date. */
export function buildAsOf(): string {
	return asOfFromEnv();
}

async function loadPortfolio(): Promise<Portfolio> {
	// The content the loader validated (or `npm run build` handed over): the same
	// plans the `plans` collection renders, with their typed frontmatter.
	const { plans, people, policy } = await loadValidContent();
	return computePortfolio({
		plans: plans.map(({ slug, frontmatter, body, file }) => ({ slug, frontmatter, body, file })),
		people: [...people].sort((a, b) => compareText(a.id, b.id)),
		policy,
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
