import type { Tier } from '../../../schemas/enums.ts';
import type { Policy } from '../../../schemas/policy.ts';
import { addMonths, daysBetween } from './dates.ts';
import type { ReviewInfo, ReviewStatus } from './types.ts';

/** Tiers whose plans are reviewed together, one review per owner. */
export function isReviewedCollectively(tier: Tier): boolean {
	return tier === 'non-named' || tier === 'mass-market';
}

/**
 * Status of something due on `due`, seen on `asOf`: `overdue` when due before
 * the as-of date, `due-soon` when due within `dueSoonDays` days from it
 * (inclusive, so a due date exactly `dueSoonDays` away is due soon), else `ok`.
 */
export function dueStatus(due: string, asOf: string, dueSoonDays: number): { status: ReviewStatus; daysUntilDue: number } {
	const daysUntilDue = daysBetween(asOf, due);
	const status: ReviewStatus = daysUntilDue < 0 ? 'overdue' : daysUntilDue <= dueSoonDays ? 'due-soon' : 'ok';
	return { status, daysUntilDue };
}

/**
 * Next plan review: the last review plus the tier's `reviewEveryMonths`
 * (month-end clamped). A plan never reviewed is due now: due on the as-of date,
 * which makes it `due-soon` with 0 days left (it is not late yet, but nothing
 * is sooner), flagged `neverReviewed`.
 */
export function reviewInfo(tier: Tier, lastReview: string | undefined, policy: Policy, asOf: string): ReviewInfo {
	const collective = isReviewedCollectively(tier);
	const due = lastReview === undefined ? asOf : addMonths(lastReview, policy.tiers[tier].reviewEveryMonths);
	const info: ReviewInfo = { due, ...dueStatus(due, asOf, policy.dueSoonDays), neverReviewed: lastReview === undefined, collective };
	if (lastReview !== undefined) info.last = lastReview;
	return info;
}
