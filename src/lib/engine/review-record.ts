import type { ReviewRecord } from '../../../schemas/review-record.ts';
import type { Tier } from '../../../schemas/enums.ts';
import { compareDates } from './dates.ts';
import { isReviewedCollectively } from './review.ts';
import type { LatestReview } from './types.ts';

/** The review meetings, newest first (history may be written in any order). */
export function reviewsNewestFirst(history: readonly ReviewRecord[] | undefined): ReviewRecord[] {
	return [...(history ?? [])].sort((a, b) => compareDates(b.date, a.date));
}

/** The latest review meeting, if any. */
export function latestReviewRecord(history: readonly ReviewRecord[] | undefined): ReviewRecord | undefined {
	return reviewsNewestFirst(history)[0];
}

/** The questions a review answered `concern`, in the order the review lists them. */
export function concernsOf(record: ReviewRecord): string[] {
	return Object.entries(record.findings ?? {})
		.filter(([, finding]) => finding === 'concern')
		.map(([question]) => question);
}

/**
 * When the plan was last reviewed: `review.last`, else the latest history date
 * (the validator makes sure they agree when both are given).
 */
export function lastReviewDate(review: { last?: string; history?: readonly ReviewRecord[] } | undefined): string | undefined {
	return review?.last ?? latestReviewRecord(review?.history)?.date;
}

/** The record the portal and `/data/accounts.json` show: outcome, reviewers and concerns of the latest review. */
export function latestReview(history: readonly ReviewRecord[] | undefined): LatestReview | null {
	const latest = latestReviewRecord(history);
	if (!latest) return null;
	return { date: latest.date, outcome: latest.outcome, by: [...latest.by], concerns: concernsOf(latest) };
}

/** A latest outcome of `revise` or `escalate` keeps the plan on the attention list until a later review. */
export function needsFollowUp(review: LatestReview | null): review is LatestReview & { outcome: 'revise' | 'escalate' } {
	return review !== null && (review.outcome === 'revise' || review.outcome === 'escalate');
}

/** Plans reviewed one by one (major and named) get a review pack; the others are reviewed collectively. */
export function hasReviewPack(tier: Tier): boolean {
	return !isReviewedCollectively(tier);
}

/** The site path of a plan's review pack. */
export function reviewPackPath(slug: string): string {
	return `/accounts/${slug}/review/`;
}
