import type { Policy } from '../../../schemas/policy.ts';

/**
 * The rate that turns one unit of `currency` into the policy currency: 1 for
 * the policy currency itself, else `policy.exchangeRates`, else unknown.
 */
export function rateIntoPolicyCurrency(currency: string, policy: Policy): number | undefined {
	return currency === policy.currency ? 1 : policy.exchangeRates?.[currency];
}
