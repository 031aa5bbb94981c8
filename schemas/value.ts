import { z } from 'zod';
import { money, positiveMoney, share } from './money.ts';

/** What the customer is worth to us, now and potentially. */
export const accountValue = z
	.strictObject({
		/** Revenue from this customer in the last 12 months. */
		current: money,
		/** Revenue we could reach with this customer. */
		potential: money,
		/** The customer's total annual spend in our category; required for major and named. */
		wallet: positiveMoney.optional(),
	})
	.meta({ description: 'Current and potential value of the account.' });

/** Goals for the account. */
export const accountTargets = z
	.strictObject({
		/** Target share of wallet, 0..1; required for major and named. */
		shareOfWallet: share.optional(),
		/** Revenue goal, used mostly for non-named and mass-market. */
		revenue: money.optional(),
	})
	.meta({ description: 'Goals for the account.' });

export type AccountValue = z.infer<typeof accountValue>;
export type AccountTargets = z.infer<typeof accountTargets>;
