import { type Tier, TIERS } from '../../../schemas/enums.ts';
import type { Policy } from '../../../schemas/policy.ts';

/** Tiers that have selection thresholds (all but mass-market), highest first. */
const RANKED_TIERS = TIERS.filter((tier): tier is Exclude<Tier, 'mass-market'> => tier !== 'mass-market');

/**
 * The highest tier whose `minCurrent` or `minPotential` the account reaches;
 * mass-market when it reaches none.
 */
export function suggestTier(value: { current: number; potential: number }, policy: Policy): Tier {
	for (const tier of RANKED_TIERS) {
		const rule = policy.tiers[tier];
		if (value.current >= rule.minCurrent || value.potential >= rule.minPotential) return tier;
	}
	return 'mass-market';
}

/** Position in the pyramid, 0 = major. */
export function tierRank(tier: Tier): number {
	return TIERS.indexOf(tier);
}

/**
 * True when the declared tier differs from the suggested one. Lost accounts are
 * exempt: their value has fallen because they were lost, not because the tier
 * is wrong, and the win-back plan keeps the tier they had.
 */
export function hasTierMismatch(plan: { tier: Tier; category: string; value: { current: number; potential: number } }, policy: Policy): boolean {
	return plan.category !== 'lost' && suggestTier(plan.value, policy) !== plan.tier;
}
