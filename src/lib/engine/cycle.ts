/**
 * The yearly planning cycle (policy `planningCycle`): where each covered plan
 * stands, whether it is late, and whose sign-off it still lacks.
 */
import type { PlanFrontmatter } from '../../../schemas/plan.ts';
import type { PlanningCycle } from '../../../schemas/planning-cycle.ts';
import type { ReviewRecord } from '../../../schemas/review-record.ts';

export const CYCLE_STATUSES = ['not-started', 'drafted', 'in-review', 'signed-off'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

/** A plan's place in the cycle (`/data/accounts.json`: computed.cycle). */
export interface CycleView {
	status: CycleStatus;
	/** After draftsDue and not started, or after reviewsDue and not signed off. */
	late: boolean;
	/** Required signers (person ids) not in the `by` of the latest approved review since `opens`; all of them without one. */
	missingSignOff: string[];
}

/** Does the plan period reach into the plan year (its first year at or before it, its last at or after it)? */
export function coversYear(period: PlanFrontmatter['planPeriod'], year: number): boolean {
	if (!period) return false;
	return Number(period.start.slice(0, 4)) <= year && Number(period.end.slice(0, 4)) >= year;
}

/**
 * The cycle status of one plan. `signers` are the plan's required signers
 * (resolved person ids); null when the plan's tier is not in the cycle.
 */
export function cycleView(plan: Pick<PlanFrontmatter, 'tier' | 'planPeriod' | 'review'>, cycle: PlanningCycle | undefined, signers: readonly string[], asOf: string): CycleView | null {
	if (!cycle || !cycle.tiers.includes(plan.tier)) return null;
	const history: readonly ReviewRecord[] = plan.review?.history ?? [];
	const since = history.filter((entry) => entry.date >= cycle.opens);
	const reviewedSince = since.length > 0 || (plan.review?.last !== undefined && plan.review.last >= cycle.opens);
	const approved = since.filter((entry) => entry.outcome === 'approved');
	const signedBy = (entry: ReviewRecord) => signers.every((id) => entry.by.includes(id));
	let status: CycleStatus;
	if (!coversYear(plan.planPeriod, cycle.year)) status = 'not-started';
	else if (!reviewedSince) status = 'drafted';
	else if (approved.some(signedBy)) status = 'signed-off';
	else status = 'in-review';
	// The latest approved review: the last one on the latest date, so a same-day correction wins.
	const latest = approved.reduce<ReviewRecord | undefined>((best, entry) => (best === undefined || entry.date >= best.date ? entry : best), undefined);
	const missingSignOff = signers.filter((id) => !latest?.by.includes(id));
	const late = (asOf > cycle.draftsDue && status === 'not-started') || (asOf > cycle.reviewsDue && status !== 'signed-off');
	return { status, late, missingSignOff };
}
