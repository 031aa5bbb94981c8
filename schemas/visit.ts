import { z } from 'zod';
import { calendarDate, isRealCalendarDate } from './date.ts';
import { ACTION_STATUSES, oneOf, VISIT_STATUSES, VISIT_TYPES } from './enums.ts';
import { CONTROL, personId, SLUG_PATTERN, text } from './ids.ts';
import { contactId } from './contact.ts';
import { objectiveId } from './objective.ts';

export { VISIT_STATUSES, VISIT_TYPES, type VisitStatus, type VisitType } from './vocabularies.ts';

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

const VISIT_KEYS = new Set(Object.keys(visitShape.shape));
const NEXT_STEP_KEYS = new Set(Object.keys(nextStep.shape));
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * `visitFrontmatter.parse(raw)` without the schema's machinery, for a visit
 * frontmatter that is surely valid: the same value (fields in the schema's
 * order, a next step's `status` defaulted), or undefined whenever anything is
 * off or unusual, and then the schema decides, with its messages. Tens of
 * thousands of small reports are read at once; this reads them several times
 * faster. test/schemas/visit-quick.test.ts holds it to the schema.
 */
export function surelyValidVisit(raw: unknown): VisitFrontmatter | undefined {
	if (!isRecord(raw)) return undefined;
	for (const key in raw) if (!Object.hasOwn(raw, key) || !VISIT_KEYS.has(key)) return undefined;
	const { date, type, status, ours, theirs, purpose, outcome, objective, next } = raw;
	if (!isDate(date) || !isOneOf(type, VISIT_TYPES) || !isOneOf(status, VISIT_STATUSES) || !isText(purpose, 300)) return undefined;
	if (status === 'done' && !Object.hasOwn(raw, 'outcome')) return undefined;
	const visit: Record<string, unknown> = { date, type, status };
	if (Object.hasOwn(raw, 'ours')) {
		if (!isSlugList(ours)) return undefined;
		visit.ours = ours;
	}
	if (Object.hasOwn(raw, 'theirs')) {
		if (!isSlugList(theirs)) return undefined;
		visit.theirs = theirs;
	}
	visit.purpose = purpose;
	if (Object.hasOwn(raw, 'outcome')) {
		if (!isText(outcome, 1000)) return undefined;
		visit.outcome = outcome;
	}
	if (Object.hasOwn(raw, 'objective')) {
		if (!isSlug(objective)) return undefined;
		visit.objective = objective;
	}
	if (Object.hasOwn(raw, 'next')) {
		if (!Array.isArray(next)) return undefined;
		const steps: NextStep[] = [];
		for (const step of next) {
			const checked = surelyValidNextStep(step);
			if (!checked) return undefined;
			steps.push(checked);
		}
		visit.next = steps;
	}
	return visit as VisitFrontmatter;
}

function surelyValidNextStep(raw: unknown): NextStep | undefined {
	if (!isRecord(raw)) return undefined;
	for (const key in raw) if (!Object.hasOwn(raw, key) || !NEXT_STEP_KEYS.has(key)) return undefined;
	const { title, owner, due, status } = raw;
	if (!isText(title, 300) || !isSlug(owner) || !isDate(due)) return undefined;
	if (Object.hasOwn(raw, 'status') && !isOneOf(status, ACTION_STATUSES)) return undefined;
	return { title, owner, due, status: (status as NextStep['status'] | undefined) ?? 'planned' };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

function isDate(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const match = ISO_DATE.exec(value);
	return match !== null && isRealCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

function isOneOf(value: unknown, values: readonly string[]): boolean {
	return typeof value === 'string' && values.includes(value);
}

/** As `text(max)`: not blank, at most `max` characters, no control character. */
function isText(value: unknown, max: number): value is string {
	return typeof value === 'string' && value.length <= max && value.trim().length > 0 && !CONTROL.test(value);
}

function isSlug(value: unknown): value is string {
	return typeof value === 'string' && SLUG_PATTERN.test(value);
}

function isSlugList(value: unknown): value is string[] {
	return Array.isArray(value) && value.every(isSlug);
}
