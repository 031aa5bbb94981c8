/**
 * The review calendar page's sections (overdue, due soon, upcoming), each
 * holding at most CALENDAR_PLAN_ROWS plan reviews so the page stays small at
 * any portfolio size. Collective reviews and the progress report are few and
 * always listed. The rest of a section's plans are a link away: the accounts
 * table filtered by review status and sorted by next review.
 */
import type { ReviewStatus, ScheduleEntry } from '../lib/engine/types.ts';

/** Plan reviews listed per section: the ones due first. */
export const CALENDAR_PLAN_ROWS = 200;

export interface CalendarSection {
	status: ReviewStatus;
	/** The entries shown, in the engine's order. */
	entries: ScheduleEntry[];
	/** Every entry of this status, shown or not. */
	total: number;
	/** Plan reviews of this status left out of `entries`. */
	plansLeftOut: number;
	/** The accounts table with every plan of this status, soonest due first. */
	allPlansHref: string;
}

const STATUS_ORDER: readonly ReviewStatus[] = ['overdue', 'due-soon', 'ok'];

export function calendarSections(schedule: readonly ScheduleEntry[], planRows = CALENDAR_PLAN_ROWS): CalendarSection[] {
	return STATUS_ORDER.map((status) => {
		const all = schedule.filter((entry) => entry.status === status);
		let plans = 0;
		const entries = all.filter((entry) => entry.kind !== 'plan' || ++plans <= planRows);
		return {
			status,
			entries,
			total: all.length,
			plansLeftOut: all.length - entries.length,
			allPlansHref: `/accounts/?review=${status}&sort=nextReview&dir=asc`,
		};
	});
}
