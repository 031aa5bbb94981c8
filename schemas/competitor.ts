import { z } from 'zod';
import { text } from './ids.ts';
import { share } from './money.ts';

/** A competitor at this customer. */
export const competitor = z
	.strictObject({
		/** The competitor's name. */
		name: text(200, 'Competitor name.'),
		/** Their estimated share of the customer's wallet, 0..1. */
		share: share.optional(),
		/** Their position and strategy at this customer. */
		notes: text(2000, 'Position and strategy of the competitor.').optional(),
	})
	.meta({ description: 'A competitor at this customer.' });

export type Competitor = z.infer<typeof competitor>;
