import { z } from 'zod';
import { calendarDate } from './date.ts';
import { ACTION_STATUSES, oneOf } from './enums.ts';
import { personId, text } from './ids.ts';
import { contactId } from './contact.ts';
import { objectiveId } from './objective.ts';

/** What kind of contact a visit report records. */
export const VISIT_TYPES = ['visit', 'call', 'meeting', 'event', 'reception'] as const;
/** Where a visit stands: ahead, held, or called off. */
export const VISIT_STATUSES = ['planned', 'done', 'cancelled'] as const;

export type VisitType = (typeof VISIT_TYPES)[number];
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** A next step agreed at a visit: from then on an action of the plan. */
export const nextStep = z
	.strictObject({
		/** What will be done. */
		title: text(300, 'What will be done.'),
		/** Who does it (a person id). */
		owner: personId,
		/** When it is due. */
		due: calendarDate,
		/** Where it stands (default `planned`). */
		status: oneOf(ACTION_STATUSES, 'Status of the step (default planned).').default('planned'),
	})
	.meta({ description: 'A next step of the visit; it counts as an action of the plan.' });

/** The frontmatter of a visit report, `visits/<plan slug>/<YYYY-MM-DD>-<topic>.mdx`. */
export const visitShape = z.strictObject({
	/** The day of the visit; must equal the date in the file name. */
	date: calendarDate.meta({ description: 'Day of the visit, YYYY-MM-DD; equal to the date in the file name.' }),
	/** Visit, call, meeting, event or reception. */
	type: oneOf(VISIT_TYPES, 'Kind of contact: visit | call | meeting | event | reception.'),
	/** Planned ahead, done, or cancelled. */
	status: oneOf(VISIT_STATUSES, 'Status: planned | done | cancelled.'),
	/** Who goes from our side (person ids). */
	ours: z.array(personId).optional().meta({ description: 'Who goes from our side (person ids).' }),
	/** Whom we meet: contact ids of the plan. */
	theirs: z.array(contactId).optional().meta({ description: 'Whom we meet: ids of contacts of the plan.' }),
	/** Why we go. */
	purpose: text(300, 'Why we go: the purpose of the visit.'),
	/** What came out of it; required when done. */
	outcome: text(1000, 'What came out of it; required when the visit is done.').optional(),
	/** The plan objective the visit served. */
	objective: objectiveId.optional().meta({ description: 'Id of the plan objective the visit served.' }),
	/** Next steps: actions of the plan from now on. */
	next: z.array(nextStep).optional().meta({ description: 'Next steps; they count as actions of the plan.' }),
});

/** A visit report's frontmatter with its cross-field rule: a done visit says what came out of it. */
export const visitFrontmatter = visitShape
	.superRefine(
		(value, ctx) => {
			// Runs beside field errors (so one run shows everything): reads the raw input.
			const visit = value as unknown as Record<string, unknown> | null;
			if (typeof visit !== 'object' || visit === null || visit.status !== 'done' || visit.outcome !== undefined) return;
			ctx.addIssue({
				code: 'custom',
				path: ['outcome'],
				message: 'missing `outcome`: a `done` visit says what came out of it (agreed, declined, learned); add `outcome: ...`, or set `status: planned` until it has taken place',
			});
		},
		{ when: () => true },
	)
	.meta({ title: 'KAM visit report', description: 'Frontmatter of a visit report, visits/<plan slug>/<YYYY-MM-DD>-<topic>.mdx' });

export type VisitFrontmatter = z.output<typeof visitFrontmatter>;
export type NextStep = z.output<typeof nextStep>;
