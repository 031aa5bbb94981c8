import type { PlanPeriod } from '../../../schemas/review.ts';
import { compareDates, daysBetween } from './dates.ts';
import type { PeriodState } from './types.ts';

/** Planning the next period takes 8-12 weeks, so a period is "ending" this many days before its end. */
export const ENDING_WITHIN_DAYS = 12 * 7;

export interface PeriodInfo {
	state: PeriodState;
	start?: string;
	end?: string;
	/** Days from the as-of date to the last day of the period; negative once expired. */
	daysLeft?: number;
}

/**
 * Where the plan period stands on the as-of date. The end date is the last day
 * covered, so a period ending on the as-of date is still `ending`, not expired.
 */
export function periodInfo(period: PlanPeriod | undefined, asOf: string): PeriodInfo {
	if (!period) return { state: 'none' };
	const daysLeft = daysBetween(asOf, period.end);
	const base = { start: period.start, end: period.end, daysLeft };
	if (compareDates(asOf, period.start) < 0) return { state: 'upcoming', ...base };
	if (daysLeft < 0) return { state: 'expired', ...base };
	if (daysLeft <= ENDING_WITHIN_DAYS) return { state: 'ending', ...base };
	return { state: 'current', ...base };
}
