import type { AccountValue } from '../../../schemas/value.ts';

/**
 * Share of wallet, `current / wallet`: what we sell as a fraction of what the
 * customer spends in our category. Absent without a (positive) wallet, so a
 * zero never turns into Infinity or NaN.
 */
export function shareOfWallet(value: Pick<AccountValue, 'current' | 'wallet'>): number | undefined {
	if (value.wallet === undefined || !(value.wallet > 0)) return undefined;
	return value.current / value.wallet;
}
