import { z } from 'zod';
import { calendarDate } from './date.ts';
import { oneOf } from './enums.ts';
import { personId } from './ids.ts';
import { money } from './money.ts';

/** How risky developing the customer is. */
export const APPLICATION_RISKS = ['low', 'medium', 'high'] as const;
export type ApplicationRisk = (typeof APPLICATION_RISKS)[number];

/** The competitive advantages a key-account relationship would bring. */
export const APPLICATION_ADVANTAGES = ['partnership', 'custom-solution', 'customer-efficiency', 'usage-efficiency', 'lower-cost'] as const;
export type ApplicationAdvantage = (typeof APPLICATION_ADVANTAGES)[number];

/** What the department head decided; no decision means the application is pending. */
export const APPLICATION_OUTCOMES = ['approved', 'rejected', 'deferred'] as const;
export type ApplicationOutcome = (typeof APPLICATION_OUTCOMES)[number];

/** The decision on an application. */
export const applicationDecision = z
	.strictObject({
		/** The day of the decision; not before `proposed`. */
		date: calendarDate,
		/** Who decided (person id). */
		by: personId,
		/** approved | rejected | deferred. */
		outcome: oneOf(APPLICATION_OUTCOMES, 'Outcome: approved | rejected | deferred.'),
	})
	.meta({ description: 'The decision on the application; without it the application is pending.' });

/** A proposal to develop this customer as a key account (开发申请), with its business case. */
export const application = z
	.strictObject({
		/** The day the application was made. */
		proposed: calendarDate,
		/** Who applies (person id). */
		by: personId,
		/** Yearly revenue once the customer is developed. */
		expectedRevenue: money.meta({ description: 'Yearly revenue once developed.' }),
		/** Yearly contribution once the customer is developed. */
		expectedContribution: money.meta({ description: 'Yearly contribution once developed.' }),
		/** Travel, events, samples, management time (开发费用). */
		developmentCost: money.meta({ description: 'The cost of developing the account: travel, events, samples, management time (开发费用).' }),
		/** low | medium | high. */
		risk: oneOf(APPLICATION_RISKS, 'Risk: low | medium | high.'),
		/** The competitive advantages the relationship would bring. */
		advantages: z
			.array(oneOf(APPLICATION_ADVANTAGES, 'Advantage: partnership | custom-solution | customer-efficiency | usage-efficiency | lower-cost.'))
			.optional()
			.meta({ description: 'Competitive advantages: partnership, custom-solution, customer-efficiency, usage-efficiency, lower-cost.' }),
		/** The decision; absent while pending. */
		decision: applicationDecision.optional(),
	})
	.meta({ description: 'A proposal to develop this customer as a key account (开发申请).' });

export type Application = z.infer<typeof application>;
export type ApplicationDecision = z.infer<typeof applicationDecision>;
