import type { Tier } from '../../../schemas/enums.ts';
import type { Policy } from '../../../schemas/policy.ts';
import { tierRank } from './tiering.ts';
import type { CoverageRow } from './types.ts';
import { compareText } from '../compare.ts';

/** What coverage needs of a plan; both the validator's and the engine's plans fit. */
export interface CoveredPlan {
	slug: string;
	frontmatter: { tier: Tier; owner?: string | undefined };
}

type CoveredTier = CoverageRow['tier'];

/**
 * Accounts per owner and tier against the tier's `maxAccountsPerOwner`
 * (mass-market needs no owner, so it has no limit). At the limit is fine; one
 * more is `overloaded`. Rows are sorted by owner, then tier top-down.
 */
export function coverageRows(plans: readonly CoveredPlan[], policy: Policy): CoverageRow[] {
	const slugsByOwner = new Map<string, Map<CoveredTier, string[]>>();
	for (const plan of plans) {
		const { owner, tier } = plan.frontmatter;
		if (owner === undefined || tier === 'mass-market') continue;
		const byTier = slugsByOwner.get(owner) ?? new Map<CoveredTier, string[]>();
		slugsByOwner.set(owner, byTier);
		const slugs = byTier.get(tier);
		if (slugs) slugs.push(plan.slug);
		else byTier.set(tier, [plan.slug]);
	}
	const rows: CoverageRow[] = [];
	for (const [owner, byTier] of slugsByOwner) {
		for (const [tier, slugs] of byTier) {
			const limit = policy.tiers[tier].maxAccountsPerOwner;
			rows.push({ owner, tier, count: slugs.length, limit, overloaded: slugs.length > limit, slugs: [...slugs].sort(compareText) });
		}
	}
	return rows.sort((a, b) => compareText(a.owner, b.owner) || tierRank(a.tier) - tierRank(b.tier));
}
