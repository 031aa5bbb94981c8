import { z } from 'zod';
import { fiscalYear } from './date.ts';
import { money } from './money.ts';

/** Actual results for one fiscal year. */
export const financialYear = z
	.strictObject({
		/** The fiscal year. */
		year: fiscalYear,
		/** Revenue from this customer in that year. */
		revenue: money,
		/** Contribution margin earned. */
		contribution: money.optional(),
		/** Cost of managing the account. */
		cost: money.optional(),
	})
	.meta({ description: 'Actual results for one fiscal year.' });

/** Forecast for one future fiscal year. */
export const forecastYear = z
	.strictObject({
		/** The fiscal year. */
		year: fiscalYear,
		/** Expected revenue. */
		revenue: money,
		/** Expected contribution margin. */
		contribution: money.optional(),
		/** Expected account-management cost. */
		cost: money.optional(),
	})
	.meta({ description: 'Forecast for one fiscal year.' });

export type FinancialYear = z.infer<typeof financialYear>;
export type ForecastYear = z.infer<typeof forecastYear>;
