import { z } from 'zod';
import { calendarDate, fiscalYear } from './date.ts';
import { oneOf } from './enums.ts';
import { text } from './ids.ts';
import { money } from './money.ts';
import { objectiveId } from './objective.ts';

/** One line of the account team's budget (客户小组预算). */
export const budgetLine = z
	.strictObject({
		/** The year the money is for. */
		year: fiscalYear,
		/** What it is for. */
		item: text(200, 'What the money is for (Executive visits and travel).'),
		/** The amount, in the plan currency. */
		amount: money,
	})
	.meta({ description: 'One line of the account team budget: year, item, amount.' });

/** The account team's budget. */
export const budget = z.array(budgetLine).meta({ description: 'The account team budget (客户小组预算), one line per year and item.' });

/** Where a request to another function stands. */
export const RESOURCE_STATUSES = ['requested', 'agreed', 'declined', 'delivered'] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];

/** What the plan needs from another function (所需的资源). */
export const resource = z
	.strictObject({
		/** What is needed. */
		need: text(300, 'What is needed (A dedicated installation crew for the Suzhou depot).'),
		/** The function asked: a policy `departments` entry when listed; free text otherwise. */
		from: text(100, 'The function asked: a departments entry of policy.yaml (id, name or alias) when listed; free text otherwise.').optional(),
		/** When it is needed. */
		by: calendarDate.optional().meta({ description: 'When it is needed.' }),
		/** Where the request stands. */
		status: oneOf(RESOURCE_STATUSES, 'Where the request stands: requested | agreed | declined | delivered.'),
		/** The id of the plan objective it serves. */
		objective: objectiveId.optional().meta({ description: 'Id of the objective it serves.' }),
	})
	.meta({ description: 'A resource the plan needs from another function.' });

/** What the plan needs from other functions. */
export const resources = z.array(resource).meta({ description: 'What the plan needs from other functions (所需的资源).' });

export type BudgetLine = z.infer<typeof budgetLine>;
export type Resource = z.infer<typeof resource>;
