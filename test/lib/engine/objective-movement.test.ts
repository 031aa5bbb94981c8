import { describe, expect, it } from 'vitest';
import type { Objective } from '../../../schemas/objective.ts';
import type { PlanFrontmatter } from '../../../schemas/plan.ts';
import { objectiveMovement, type PlanAtStart } from '../../../src/lib/engine/objective-movement.ts';
import { objectiveViews } from '../../../src/lib/engine/objectives.ts';
import { AS_OF, basePlan } from './fixtures.ts';

/** The report period of AS_OF (2026-11-22) with 6-month reports. */
const PERIOD_START = '2026-07-01';
const TOLERANCE = 0.15;

/** One objective on the base plan (period 2026-01-01 to 2027-06-30), changed per case. */
const objective = (change: Partial<Objective> = {}): Objective => ({
	id: 'share',
	title: 'Raise our share',
	measure: 'Share of modular spend',
	unit: 'share',
	baseline: 0.2,
	target: 0.4,
	current: 0.25,
	due: '2027-06-30',
	...change,
});

const planWith = (objectives: Objective[]): PlanFrontmatter => ({ ...basePlan(), objectives });

/** The plan now as the engine sees it on AS_OF. */
function now(objectives: Objective[]) {
	const frontmatter = planWith(objectives);
	return { frontmatter, objectives: objectiveViews(frontmatter.objectives, frontmatter.actions, frontmatter.planPeriod?.start, AS_OF, TOLERANCE) };
}

const found = (objectives: Objective[]): PlanAtStart => ({ kind: 'found', frontmatter: planWith(objectives) });

describe('objective movement in the report period', () => {
	it.each([
		// [case, objective at the start, objective now, state, change in points]
		['moved up: 0.25 → 0.30 of 0.20 → 0.40 is 25 % → 50 %', {}, { current: 0.3 }, 'moved', 25],
		['moved down: 0.25 → 0.22 is 25 % → 10 %', {}, { current: 0.22 }, 'moved', -15],
		['unchanged: the same value', {}, {}, 'unchanged', 0],
		['falling target, cost cut: 900k → 825k of 900k → 600k is 0 % → 25 %', { unit: 'money', baseline: 900_000, target: 600_000, current: 900_000 }, { unit: 'money', baseline: 900_000, target: 600_000, current: 825_000 }, 'moved', 25],
		['falling target, cost went up: 825k → 870k is 25 % → 10 %', { unit: 'money', baseline: 900_000, target: 600_000, current: 825_000 }, { unit: 'money', baseline: 900_000, target: 600_000, current: 870_000 }, 'moved', -15],
		['target moved, value did not: progress 25 % → 12.5 %', {}, { target: 0.6 }, 'moved', -12.5],
		['value moved past the target both times: still moved, 0 points', { current: 0.5 }, { current: 0.45 }, 'moved', 0],
	] as const)('%s', (_case, start, current, state, change) => {
		const [movement] = objectiveMovement(now([objective(current)]), found([objective(start)]), PERIOD_START, TOLERANCE).objectives;
		expect(movement!.state).toBe(state);
		expect(movement!.change).toBeCloseTo(change, 9);
	});

	it('gives the value, progress and status at the start (computed on the start date) and now', () => {
		// Elapsed on 2026-07-01 of 2026-01-01 → 2027-06-30 is 181/545 ≈ 0.33: 5 % progress is behind (< 0.33 − 0.15).
		// Elapsed on 2026-11-22 is 325/545 ≈ 0.60: 50 % progress is on track.
		const movement = objectiveMovement(now([objective({ current: 0.3 })]), found([objective({ current: 0.21 })]), PERIOD_START, TOLERANCE);
		expect(movement).toEqual({
			basis: 'compared',
			objectives: [
				{
					id: 'share',
					title: 'Raise our share',
					measure: 'Share of modular spend',
					unit: 'share',
					start: { value: 0.21, progress: expect.closeTo(0.05, 9), status: 'behind' },
					now: { value: 0.3, progress: expect.closeTo(0.5, 9), status: 'on-track' },
					change: expect.closeTo(45, 9),
					state: 'moved',
				},
			],
			dropped: [],
		});
	});

	it('an objective unchanged in value can change status as time passes', () => {
		const [movement] = objectiveMovement(now([objective({ current: 0.24 })]), found([objective({ current: 0.24 })]), PERIOD_START, TOLERANCE).objectives;
		expect(movement).toMatchObject({ state: 'unchanged', change: 0, start: { status: 'on-track' }, now: { status: 'behind' } });
	});

	it('an objective added in the period is new, without start values', () => {
		const added = objective({ id: 'framework', title: 'Win the framework', unit: 'count', baseline: 0, target: 1, current: 0 });
		const movement = objectiveMovement(now([objective(), added]), found([objective()]), PERIOD_START, TOLERANCE);
		expect(movement.basis).toBe('compared');
		expect(movement.objectives.map((o) => [o.id, o.state])).toEqual([
			['share', 'unchanged'],
			['framework', 'new'],
		]);
		expect(movement.objectives[1]).not.toHaveProperty('start');
		expect(movement.objectives[1]).not.toHaveProperty('change');
	});

	it('an objective removed in the period is listed as dropped, with its values at the start', () => {
		const gone = objective({ id: 'pilot', title: 'Run a pilot', measure: undefined, unit: 'count', baseline: 0, target: 2, current: 1 });
		const movement = objectiveMovement(now([objective()]), found([gone, objective()]), PERIOD_START, TOLERANCE);
		expect(movement.objectives.map((o) => o.id)).toEqual(['share']);
		expect(movement.dropped).toEqual([{ id: 'pilot', title: 'Run a pilot', unit: 'count', start: { value: 1, progress: 0.5, status: 'on-track' } }]);
	});

	it('a plan added in the period has only new objectives and nothing dropped', () => {
		const movement = objectiveMovement(now([objective()]), { kind: 'absent' }, PERIOD_START, TOLERANCE);
		expect(movement).toMatchObject({ basis: 'new', objectives: [{ id: 'share', state: 'new' }], dropped: [] });
		expect(movement.objectives[0]).not.toHaveProperty('start');
	});

	it('a plan with no history has every objective unknown, with its values now', () => {
		const movement = objectiveMovement(now([objective({ current: 0.3 })]), { kind: 'unknown' }, PERIOD_START, TOLERANCE);
		expect(movement).toEqual({
			basis: 'unknown',
			objectives: [{ id: 'share', title: 'Raise our share', measure: 'Share of modular spend', unit: 'share', now: { value: 0.3, progress: expect.closeTo(0.5, 9), status: 'on-track' }, state: 'unknown' }],
			dropped: [],
		});
	});

	it('a plan without objectives then or now has nothing to show', () => {
		expect(objectiveMovement(now([]), found([]), PERIOD_START, TOLERANCE)).toEqual({ basis: 'compared', objectives: [], dropped: [] });
	});

	it('refuses computed objectives that do not match the plan', () => {
		const plan = now([objective()]);
		expect(() => objectiveMovement({ ...plan, objectives: [] }, found([]), PERIOD_START, TOLERANCE)).toThrow(/do not match the plan's at `share`/);
	});
});
