/**
 * Cache keys for Astro's incremental build: a page is re-rendered only when the
 * data it shows changed. Each key hashes everything the page reads besides its
 * own code (Astro tracks that itself): the engine's view of the account, the
 * plan's body, the names it links to, people, policy, the as-of date and the
 * plan's history.
 * Only computed when the build is incremental (`npm run build -- --incremental`).
 */
import { createHash } from 'node:crypto';
import { ownerRollup, personSlice } from '../view/portfolio-of-person.ts';
import { derived } from './content-source.ts';
import { getHistory } from './history.ts';
import { plansBySlug } from './plan-pages.ts';
import { getPortfolio } from './portfolio.ts';

export { isIncrementalBuild } from '../build/incremental.ts';

function digest(value: unknown): string {
	return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** What every page shows regardless of its subject (footer date, labels, people's names). */
const sharedInputs = derived((snapshot) => {
	const { asOf, policy, people } = getPortfolio.of(snapshot);
	return digest({ asOf, policy, people });
});

/** Plan slug → the key of its page, for every plan that renders. */
export const planPageCacheKeys = derived(async (snapshot): Promise<ReadonlyMap<string, string>> => {
	const portfolio = getPortfolio.of(snapshot);
	const history = await getHistory.of(snapshot);
	const shared = sharedInputs.of(snapshot);
	const keys = new Map<string, string>();
	for (const [slug, plan] of plansBySlug.of(snapshot)) {
		const account = portfolio.bySlug.get(slug);
		if (!account) continue;
		const related = [...account.ancestors, ...account.children, ...account.descendants].map((other) => [other, portfolio.bySlug.get(other)?.name]);
		const planHistory = history.available && account.file ? history.plans.get(account.file) : undefined;
		keys.set(slug, digest({ shared, account, body: plan.body, related, history: history.available ? { branch: history.branch, plan: planHistory ?? null } : null }));
	}
	return keys;
});

/** Person id → the key of their owner page. */
export const ownerPageCacheKeys = derived((snapshot): ReadonlyMap<string, string> => {
	const portfolio = getPortfolio.of(snapshot);
	const shared = sharedInputs.of(snapshot);
	return new Map(
		portfolio.people.map(({ id }) => [
			id,
			digest({
				shared,
				slice: personSlice(portfolio, id),
				rollup: ownerRollup(portfolio, id) ?? null,
				scorecard: portfolio.scorecards.people.find((card) => card.person === id) ?? null,
				teamLoad: portfolio.teamLoads.find((load) => load.person === id) ?? null,
			}),
		]),
	);
});
