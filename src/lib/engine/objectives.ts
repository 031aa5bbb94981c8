import type { Objective, ObjectiveStatus } from '../../../schemas/objective.ts';
import { OBJECTIVE_STATUSES } from '../../../schemas/objective.ts';
import type { Action } from '../../../schemas/action.ts';
import { daysBetween } from './dates.ts';
import type { ObjectiveView } from './types.ts';

/**
 * How close to the pace line counts as on it: progress and elapsed are
 * fractions of float arithmetic, so a value exactly on `elapsed − tolerance`
 * must not fall "behind" by a rounding error.
 */
const PACE_EPSILON = 1e-9;

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** (current − baseline) / (target − baseline), clamped to 0..1; a falling target (lower is better) works the same way. */
export function objectiveProgress(objective: Pick<Objective, 'baseline' | 'target' | 'current'>): number {
	const span = objective.target - objective.baseline;
	if (span === 0) return objective.current === objective.target ? 1 : 0; // refused by the validator; defined anyway
	return clamp01((objective.current - objective.baseline) / span);
}

/**
 * (as-of − start) / (due − start), clamped to 0..1; null without a start.
 * A start on the due date itself is all elapsed from that day.
 */
export function objectiveElapsed(start: string | undefined, due: string, asOf: string): number | null {
	if (start === undefined) return null;
	const length = daysBetween(start, due);
	const gone = daysBetween(start, asOf);
	if (length <= 0) return gone >= 0 ? 1 : 0;
	return clamp01(gone / length);
}

/**
 * `achieved` when progress is 1; else `missed` when due before the as-of date;
 * else `behind` when a start is known and progress < elapsed − tolerance; else
 * `on-track`. Exactly on the tolerance line is on track.
 */
export function objectiveStatus(progress: number, elapsed: number | null, due: string, asOf: string, tolerance: number): ObjectiveStatus {
	if (progress >= 1) return 'achieved';
	if (daysBetween(asOf, due) < 0) return 'missed';
	if (elapsed !== null && progress < elapsed - tolerance - PACE_EPSILON) return 'behind';
	return 'on-track';
}

/** Every objective of a plan, in plan order, with the indices of the actions that serve it. */
export function objectiveViews(
	objectives: readonly Objective[] | undefined,
	actions: readonly Action[] | undefined,
	planStart: string | undefined,
	asOf: string,
	tolerance: number,
): ObjectiveView[] {
	return (objectives ?? []).map((objective) => {
		const start = objective.start ?? planStart;
		const progress = objectiveProgress(objective);
		const elapsed = objectiveElapsed(start, objective.due, asOf);
		const served = (actions ?? []).flatMap((action, index) => (action.objective === objective.id ? [index] : []));
		return { id: objective.id, progress, elapsed, status: objectiveStatus(progress, elapsed, objective.due, asOf, tolerance), ...(start !== undefined ? { start } : {}), actions: served };
	});
}

/** Objectives counted by status, every status present (0 when none). */
export function countObjectivesByStatus(views: Iterable<{ status: ObjectiveStatus }>): Record<ObjectiveStatus, number> {
	const counts = Object.fromEntries(OBJECTIVE_STATUSES.map((s) => [s, 0])) as Record<ObjectiveStatus, number>;
	for (const view of views) counts[view.status]++;
	return counts;
}
