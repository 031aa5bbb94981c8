/**
 * Which of the pages that exist only for some plans or people (a plan's, its
 * review pack, a person's, a group's: plan-links.ts `portalPageOf`) this portal
 * publishes. A scoped portal (`--scope`, `--portal`) holds only some of them; a
 * link in a plan body to one it does not hold is shown as text (PlanLink).
 */
import { hasReviewPack } from '../lib/engine/review-record.ts';
import type { Portfolio } from '../lib/engine/types.ts';
import type { PortalPage } from '../lib/content/plan-links.ts';

const known = new WeakMap<Portfolio, (page: PortalPage) => boolean>();

/** Whether the portal of this portfolio publishes the page; worked out once per portfolio. */
export function portalPublishes(portfolio: Portfolio): (page: PortalPage) => boolean {
	let publishes = known.get(portfolio);
	if (!publishes) {
		const owners = new Set(portfolio.people.map((person) => person.id));
		const groups = new Set(portfolio.rollups.group.map((rollup) => rollup.key));
		publishes = ({ kind, key }) => {
			if (kind === 'owner') return owners.has(key);
			if (kind === 'group') return groups.has(key);
			const account = portfolio.bySlug.get(key);
			return account !== undefined && (kind === 'plan' || hasReviewPack(account.tier));
		};
		known.set(portfolio, publishes);
	}
	return publishes;
}
