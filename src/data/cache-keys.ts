/**
 * Cache keys for Astro's incremental build: a page is re-rendered only when the
 * data it shows changed. Each key hashes everything the page reads besides its
 * own code and MDX (Astro tracks those itself): the engine's view of the account,
 * the names it links to, people, policy, the as-of date and the plan's history.
 */
import { createHash } from 'node:crypto';
import type { AccountView, Portfolio } from '../lib/engine/types.ts';
import type { HistoryResult } from '../lib/history/read.ts';

function digest(value: unknown): string {
	return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** What every page shows regardless of its subject: footer date, labels, people's names. */
function sharedInputs(portfolio: Portfolio) {
	return { asOf: portfolio.asOf, policy: portfolio.policy, people: portfolio.people };
}

export function planPageCacheKey(portfolio: Portfolio, account: AccountView, history: HistoryResult): string {
	const related = [...account.ancestors, ...account.children, ...account.descendants].map((slug) => [slug, portfolio.bySlug.get(slug)?.name]);
	const planHistory = history.available && account.file ? history.plans.get(account.file) : undefined;
	return digest({
		shared: sharedInputs(portfolio),
		account,
		related,
		history: history.available ? { branch: history.branch, plan: planHistory ?? null } : null,
	});
}

export function ownerPageCacheKey(portfolio: Portfolio, ownerId: string): string {
	const owned = portfolio.accounts.filter((account) => account.frontmatter.owner === ownerId || account.frontmatter.sponsor === ownerId || account.frontmatter.team?.includes(ownerId) || account.actions.some((action) => action.owner === ownerId));
	return digest({
		shared: sharedInputs(portfolio),
		owned,
		coverage: portfolio.coverage.filter((row) => row.owner === ownerId),
		schedule: portfolio.schedule,
	});
}
