/**
 * How a plan's objectives moved in the report period: each objective at the
 * period start (from the plan as committed then) against now. Pure: the plan
 * now with its computed objectives, and the plan's frontmatter at the start
 * (or why there is none) in; the movement out. Progress and status at the
 * start come from the same engine function as now, seen on the start date.
 */
import type { ObjectiveStatus, ObjectiveUnit } from '../../../schemas/objective.ts';
import type { PlanFrontmatter } from '../../../schemas/plan.ts';
import type { FileCommit, HistoryUnavailable } from '../history/git-log.ts';
import { objectiveViews } from './objectives.ts';
import type { ObjectiveView } from './types.ts';

/** The plan at the period start, as the content repository's history tells it. */
export type PlanAtStart =
	| { kind: 'found'; frontmatter: PlanFrontmatter }
	/** The plan did not exist at the start: it was added in the period. */
	| { kind: 'absent' }
	/** The history cannot say (no repository, shallow clone, plan older than the history, unreadable version). */
	| { kind: 'unknown' };

/**
 * `moved`: the measured value or the progress changed; `unchanged`: neither did
 * (the status may still change as time passes); `new`: no such objective at the
 * start (or the plan itself is new); `unknown`: the history cannot say.
 */
export const MOVEMENT_STATES = ['moved', 'unchanged', 'new', 'unknown'] as const;
export type MovementState = (typeof MOVEMENT_STATES)[number];

/** An objective's measured value, progress (0..1) and status on one date. */
export interface ObjectivePoint {
	/** The measured value (`current` as the plan said then). */
	value: number;
	progress: number;
	status: ObjectiveStatus;
}

export interface ObjectiveMovement {
	id: string;
	title: string;
	measure?: string;
	unit: ObjectiveUnit;
	/** At the period start; absent for a new objective or an unknown history. */
	start?: ObjectivePoint;
	now: ObjectivePoint;
	/** Progress now − progress at the start, in percentage points (+12.5 = 12.5 points further); absent without a start. */
	change?: number;
	state: MovementState;
}

/** An objective of the plan at the period start that the plan no longer has. */
export interface DroppedObjective {
	id: string;
	title: string;
	measure?: string;
	unit: ObjectiveUnit;
	start: ObjectivePoint;
}

export interface PlanMovement {
	/** `compared` with the plan at the start; the plan is `new` in the period; or the history cannot say (`unknown`). */
	basis: 'compared' | 'new' | 'unknown';
	/** The objectives now, in plan order. */
	objectives: ObjectiveMovement[];
	/** Objectives at the start that are gone now, in the order of the plan then. */
	dropped: DroppedObjective[];
}

/** A progress report account's movement, with what its start values come from or why there are none. */
export interface AccountMovement extends PlanMovement {
	/** Why this plan's history cannot say, when the history as a whole is available. */
	unknownBecause?: 'before-history' | 'unreadable' | 'not-read';
	/** The commit the values at the start come from. */
	commit?: Pick<FileCommit, 'hash' | 'day'>;
}

/** The movement of every account of the progress report in its period. */
export interface ProgressMovement {
	periodStart: string;
	/**
	 * Why no account's movement can be shown (then every objective is `unknown`):
	 * no usable history, or one that begins after the period start.
	 */
	unavailable?: HistoryUnavailable | 'before-history';
	bySlug: Map<string, AccountMovement>;
}

/** Below this, two progress fractions are the same (float arithmetic on the same inputs). */
const EPSILON = 1e-9;

/** What the movement needs of the plan now: its objectives and the engine's view of them (same order). */
export interface PlanNow {
	frontmatter: Pick<PlanFrontmatter, 'objectives'>;
	objectives: readonly Pick<ObjectiveView, 'id' | 'progress' | 'status'>[];
}

/**
 * Each objective of the plan now against the plan at `periodStart`. The
 * objectives at the start are computed as the engine computes them, as of the
 * start date, with the plan's objectives, actions and period as they were then.
 */
export function objectiveMovement(now: PlanNow, atStart: PlanAtStart, periodStart: string, tolerance: number): PlanMovement {
	const objectivesNow = now.frontmatter.objectives ?? [];
	const before = atStart.kind === 'found' ? atStart.frontmatter : undefined;
	const startViews = before ? objectiveViews(before.objectives, before.actions, before.planPeriod?.start, periodStart, tolerance) : [];
	const startById = new Map<string, ObjectivePoint>();
	(before?.objectives ?? []).forEach((objective, index) => {
		const view = startViews[index]!;
		if (!startById.has(objective.id)) startById.set(objective.id, { value: objective.current, progress: view.progress, status: view.status });
	});

	const objectives = objectivesNow.map((objective, index): ObjectiveMovement => {
		const view = now.objectives[index];
		if (!view || view.id !== objective.id) throw new Error(`the computed objectives do not match the plan's at \`${objective.id}\``);
		const base = { id: objective.id, title: objective.title, ...(objective.measure !== undefined && { measure: objective.measure }), unit: objective.unit };
		const point: ObjectivePoint = { value: objective.current, progress: view.progress, status: view.status };
		if (atStart.kind === 'unknown') return { ...base, now: point, state: 'unknown' };
		const start = startById.get(objective.id);
		if (!start) return { ...base, now: point, state: 'new' };
		const moved = start.value !== point.value || Math.abs(point.progress - start.progress) > EPSILON;
		return { ...base, start, now: point, change: moved ? (point.progress - start.progress) * 100 : 0, state: moved ? 'moved' : 'unchanged' };
	});

	const kept = new Set(objectivesNow.map((objective) => objective.id));
	const dropped = (before?.objectives ?? []).flatMap((objective): DroppedObjective[] => {
		if (kept.has(objective.id)) return [];
		kept.add(objective.id); // a duplicated id (refused by the validator) is listed once
		return [{ id: objective.id, title: objective.title, ...(objective.measure !== undefined && { measure: objective.measure }), unit: objective.unit, start: startById.get(objective.id)! }];
	});

	return { basis: atStart.kind === 'found' ? 'compared' : atStart.kind === 'absent' ? 'new' : 'unknown', objectives, dropped };
}
