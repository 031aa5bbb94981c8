import { z } from 'zod';
import { calendarDate } from './date.ts';
import { ACTION_STATUSES, oneOf } from './enums.ts';
import { personId, text } from './ids.ts';
import { objectiveId } from './objective.ts';

/** One milestone of the action plan. */
export const action = z
	.strictObject({
		/** What will be done. */
		title: text(300, 'What will be done.'),
		/** Who does it (a person id). */
		owner: personId.optional(),
		/** When it is due. */
		due: calendarDate.optional(),
		/** Where it stands. */
		status: oneOf(ACTION_STATUSES, 'Status of the action.'),
		/** The id of the plan objective this action serves. */
		objective: objectiveId.optional().meta({ description: 'Id of the objective this action serves.' }),
	})
	.meta({ description: 'A milestone of the action plan.' });

export type Action = z.infer<typeof action>;
