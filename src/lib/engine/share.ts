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

/**
 * How much more the account must buy to reach the target share of wallet:
 * `target × wallet − current`. Absent without a target or a wallet, and once
 * the share reaches the target.
 */
export function shareOfWalletGap(value: Pick<AccountValue, 'current' | 'wallet'>, target: number | undefined): number | undefined {
	const share = shareOfWallet(value);
	if (share === undefined || target === undefined || share >= target) return undefined;
	return target * value.wallet! - value.current;
}
