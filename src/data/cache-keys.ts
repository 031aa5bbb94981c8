/**
 * Cache keys for Astro's incremental build: a page is re-rendered only when the
 * data it shows changed. Each key hashes everything the page reads besides its
 * own code (Astro tracks that itself): the engine's view of the account, the
 * plan's body, the names it links to, people, policy, the as-of date and the
 * plan's history.
 * Only computed when the build is incremental (`npm run build -- --incremental`).
 */
import { createHash } from 'node:crypto';
import type { AccountView, Portfolio } from '../lib/engine/types.ts';
import type { HistoryResult } from '../node/git-history.ts';
import { ownerRollup, personSlice } from '../view/portfolio-of-person.ts';

export { isIncrementalBuild } from '../build/incremental.ts';

function digest(value: unknown): string {
	return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

const sharedDigests = new WeakMap<Portfolio, string>();

/** What every page shows regardless of its subject (footer date, labels, people's names), hashed once per build. */
function sharedInputs(portfolio: Portfolio): string {
	let shared = sharedDigests.get(portfolio);
	if (!shared) {
		shared = digest({ asOf: portfolio.asOf, policy: portfolio.policy, people: portfolio.people });
		sharedDigests.set(portfolio, shared);
	}
	return shared;
}

export function planPageCacheKey(portfolio: Portfolio, account: AccountView, history: HistoryResult, body: string): string {
	const related = [...account.ancestors, ...account.children, ...account.descendants].map((slug) => [slug, portfolio.bySlug.get(slug)?.name]);
	const planHistory = history.available && account.file ? history.plans.get(account.file) : undefined;
	return digest({
		shared: sharedInputs(portfolio),
		account,
		body,
		related,
		history: history.available ? { branch: history.branch, plan: planHistory ?? null } : null,
	});
}

export function ownerPageCacheKey(portfolio: Portfolio, ownerId: string): string {
	return digest({
		shared: sharedInputs(portfolio),
		slice: personSlice(portfolio, ownerId),
		rollup: ownerRollup(portfolio, ownerId) ?? null,
		scorecard: portfolio.scorecards.people.find((card) => card.person === ownerId) ?? null,
		teamLoad: portfolio.teamLoads.find((load) => load.person === ownerId) ?? null,
	});
}
