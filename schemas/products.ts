import { z } from 'zod';
import { text } from './ids.ts';
import { money } from './money.ts';

/** Our business with the customer on one product line (share by platform). */
export const productLineFigures = z
	.strictObject({
		/** A `productLines` entry of policy.yaml: its id, name or an alias, in any case. */
		line: text(100, 'A productLines entry of policy.yaml (id, name or alias).'),
		/** Our revenue from this customer on this line, last 12 months. */
		current: money,
		/** The customer's annual spend on this line (from anyone); 0 when it buys none. */
		wallet: money,
	})
	.meta({ description: 'Our current revenue and the customer wallet on one product line.' });

/** A plan's product lines, one entry per line. */
export const products = z.array(productLineFigures).meta({ description: 'Our business by product line: current and wallet per line.' });

export type ProductLineFigures = z.infer<typeof productLineFigures>;
