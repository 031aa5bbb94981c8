import { z } from 'zod';
import { calendarDate } from './date.ts';
import { text } from './ids.ts';
import { reviewRecord } from './review-record.ts';

/** Plan review history. */
export const review = z
	.strictObject({
		/** Date of the last plan review; absent means never reviewed. */
		last: calendarDate.optional(),
		/** The review meetings, any order; with a history `last` may be left out, and if given equals the latest date. */
		history: z.array(reviewRecord).optional().meta({ description: 'The review meetings (any order).' }),
	})
	.meta({ description: 'Plan review history.' });

/** The period the plan covers. */
export const planPeriod = z
	.strictObject({
		/** First day the plan covers. */
		start: calendarDate,
		/** Last day the plan covers; not before start. */
		end: calendarDate,
	})
	.meta({ description: 'The period the plan covers.' });

/** Why and when a lost account was lost. */
export const lost = z
	.strictObject({
		/** When the account was lost. */
		date: calendarDate,
		/** Why it was lost, so it does not recur. */
		reason: text(2000, 'Why the account was lost.'),
	})
	.meta({ description: 'When and why the account was lost.' });

export type Review = z.infer<typeof review>;
export type PlanPeriod = z.infer<typeof planPeriod>;
export type Lost = z.infer<typeof lost>;
