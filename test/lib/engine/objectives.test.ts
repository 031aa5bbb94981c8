import { describe, expect, it } from 'vitest';
import type { Objective } from '../../../schemas/objective.ts';
import { objectiveElapsed, objectiveProgress, objectiveStatus } from '../../../src/lib/engine/objectives.ts';
import { AS_OF, planInput, portfolioOf, testPolicy } from './fixtures.ts';

/** One objective on the base plan (period 2026-01-01 to 2027-06-30, as of 2026-11-22), changed per case. */
function objectiveOf(change: Partial<Objective>, options: { planStart?: string | null; tolerance?: number; asOf?: string } = {}) {
	const portfolio = portfolioOf(
		[
			planInput('acme', (p) => {
				p.objectives = [{ id: 'o', title: 'O', unit: 'share', baseline: 0, target: 1, current: 0.5, due: '2026-12-31', ...change }];
				if (options.planStart === null) delete p.planPeriod;
				else if (options.planStart !== undefined) p.planPeriod = { start: options.planStart, end: '2027-06-30' };
			}),
		],
		{ policy: testPolicy(options.tolerance === undefined ? {} : { objectivePaceTolerance: options.tolerance }), ...(options.asOf ? { asOf: options.asOf } : {}) },
	);
	return portfolio.accounts[0]!.objectives[0]!;
}

describe('objective progress', () => {
	it.each([
		// [case, baseline, target, current, progress]
		['rising, part way', 0.2, 0.4, 0.25, 0.25],
		['rising, at baseline', 0.2, 0.4, 0.2, 0],
		['rising, below baseline: clamped to 0', 0.2, 0.4, 0.1, 0],
		['rising, past target: clamped to 1', 0.2, 0.4, 0.5, 1],
		['falling target (cutting cost), part way', 900_000, 600_000, 825_000, 0.25],
		['falling target, reached', 900_000, 600_000, 600_000, 1],
		['falling target, beaten', 900_000, 600_000, 500_000, 1],
		['falling target, cost went up: clamped to 0', 900_000, 600_000, 1_000_000, 0],
		['count from zero', 0, 8, 2, 0.25],
	])('%s', (_case, baseline, target, current, progress) => {
		expect(objectiveProgress({ baseline, target, current })).toBeCloseTo(progress, 12);
	});
});

describe('objective elapsed time', () => {
	it.each([
		// [case, start, due, asOf, elapsed]
		['half way', '2026-01-01', '2026-01-11', '2026-01-06', 0.5],
		['before the start: 0', '2026-01-01', '2026-01-11', '2025-12-01', 0],
		['on the due date: 1', '2026-01-01', '2026-01-11', '2026-01-11', 1],
		['after the due date: clamped to 1', '2026-01-01', '2026-01-11', '2026-03-01', 1],
		['starts and is due the same day, seen that day: 1', '2026-01-01', '2026-01-01', '2026-01-01', 1],
	])('%s', (_case, start, due, asOf, elapsed) => {
		expect(objectiveElapsed(start, due, asOf)).toBeCloseTo(elapsed, 12);
	});

	it('is null without a start', () => {
		expect(objectiveElapsed(undefined, '2026-12-31', AS_OF)).toBeNull();
	});
});

describe('objective status (as of 2026-11-22)', () => {
	// Elapsed from start S to due D on AS_OF = days(S, AS_OF) / days(S, D), computed here from the dates.
	const days = (from: string, to: string) => (Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8)) - Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8))) / 86_400_000;
	const elapsedOn = (start: string, due: string) => days(start, AS_OF) / days(start, due);

	it.each([
		// [case, objective change, options, status]
		['target reached: achieved, even when overdue', { current: 1, due: '2026-06-30' }, {}, 'achieved'],
		['past due and short of target: missed', { current: 0.99, due: '2026-11-21' }, {}, 'missed'],
		['due today and short: not missed yet, behind', { current: 0.5, due: AS_OF }, {}, 'behind'],
		['due today, within tolerance of the whole time: on track', { current: 0.9, due: AS_OF }, {}, 'on-track'],
		['start from planPeriod: far behind', { current: 0.1 }, { planStart: '2026-01-01' }, 'behind'],
		['own start overrides planPeriod: just begun, on track', { current: 0.1, start: '2026-11-15' }, { planStart: '2026-01-01' }, 'on-track'],
		['no start known: never behind', { current: 0 }, { planStart: null }, 'on-track'],
		['no start known, past due: missed', { current: 0, due: '2026-11-01' }, { planStart: null }, 'missed'],
		['falling target on pace', { unit: 'money', baseline: 1000, target: 0, current: 100 }, { planStart: '2026-01-01' }, 'on-track'],
		['falling target lagging', { unit: 'money', baseline: 1000, target: 0, current: 900 }, { planStart: '2026-01-01' }, 'behind'],
	] as const)('%s', (_case, change, options, status) => {
		expect(objectiveOf(change, options).status).toBe(status);
	});

	it('puts the tolerance boundary on track and just past it behind', () => {
		const start = '2026-01-01';
		const due = '2026-12-31';
		const elapsed = elapsedOn(start, due);
		const tolerance = 0.15;
		const onLine = objectiveOf({ baseline: 0, target: 1, current: elapsed - tolerance, start, due }, { tolerance });
		expect(onLine.elapsed).toBeCloseTo(elapsed, 12);
		expect(onLine.status).toBe('on-track');
		expect(objectiveOf({ baseline: 0, target: 1, current: elapsed - tolerance - 0.001, start, due }, { tolerance }).status).toBe('behind');
	});

	it('a wider tolerance keeps a lagging objective on track', () => {
		expect(objectiveOf({ current: 0.5, start: '2026-01-01' }).status).toBe('behind');
		expect(objectiveOf({ current: 0.5, start: '2026-01-01' }, { tolerance: 0.5 }).status).toBe('on-track');
	});

	it('reports progress and elapsed as fractions, elapsed null without a start', () => {
		const view = objectiveOf({ baseline: 0.2, target: 0.4, current: 0.3, start: '2026-01-01', due: '2026-12-31' });
		expect(view).toMatchObject({ id: 'o', progress: expect.closeTo(0.5, 12), elapsed: expect.closeTo(elapsedOn('2026-01-01', '2026-12-31'), 12) });
		expect(objectiveOf({}, { planStart: null }).elapsed).toBeNull();
	});

	it('status follows the rule for every progress and elapsed pair', () => {
		for (const progress of [0, 0.3, 0.7, 1]) {
			for (const elapsed of [null, 0, 0.5, 1]) {
				const expected = progress === 1 ? 'achieved' : elapsed !== null && progress < elapsed - 0.15 ? 'behind' : 'on-track';
				expect(objectiveStatus(progress, elapsed, '2027-01-01', AS_OF, 0.15)).toBe(expected);
			}
		}
	});

	it('links each objective to the actions that serve it, in plan order', () => {
		const portfolio = portfolioOf([
			planInput('acme', (p) => {
				p.actions = [
					{ title: 'a', status: 'planned', objective: 'group-framework' },
					{ title: 'b', status: 'planned' },
					{ title: 'c', status: 'done', objective: 'group-framework' },
				];
			}),
		]);
		expect(portfolio.accounts[0]!.objectives[0]!.actions).toEqual([0, 2]);
	});
});

describe('objectives in rollups and attention', () => {
	const plans = () => [
		planInput('a-achieved', (p) => (p.objectives![0]!.current = 0.35)),
		planInput('b-missed', (p) => (p.objectives![0]!.due = '2026-11-01')),
		planInput('c-behind', (p) => (p.objectives![0]!.current = 0.2)),
		planInput('d-two', (p) => p.objectives!.push({ ...p.objectives![0]!, id: 'second', current: 0.35 })),
		planInput('e-none', (p) => (delete p.objectives, (p.tier = 'named'), delete p.sponsor, (p.value = { current: 2_000_000, potential: 6_000_000, wallet: 20_000_000 }))),
	];

	it('counts objectives by status in every rollup, matching the accounts', () => {
		const portfolio = portfolioOf(plans());
		const counted: Record<string, number> = { achieved: 0, missed: 0, behind: 0, 'on-track': 0 };
		for (const account of portfolio.accounts) for (const objective of account.objectives) counted[objective.status]!++;
		expect(portfolio.total.objectives).toEqual(counted);
		expect(counted).toEqual({ achieved: 2, missed: 1, behind: 1, 'on-track': 1 });
		const byTier = Object.fromEntries(portfolio.rollups.tier.map((r) => [r.key, r.objectives]));
		expect(byTier.major).toEqual(counted);
		expect(byTier.named).toEqual({ achieved: 0, missed: 0, behind: 0, 'on-track': 0 });
	});

	it('puts missed and behind objectives on the attention list', () => {
		const portfolio = portfolioOf(plans());
		const kinds = (slug: string) => portfolio.attention.find((e) => e.slug === slug)?.items.map((i) => i.kind) ?? [];
		expect(kinds('b-missed')).toContain('objectives-missed');
		expect(kinds('c-behind')).toEqual(['objectives-behind']);
		expect(kinds('a-achieved')).toEqual([]);
		expect(portfolio.attention.find((e) => e.slug === 'b-missed')!.items.find((i) => i.kind === 'objectives-missed')).toEqual({
			kind: 'objectives-missed',
			params: { count: 1, ids: ['group-framework'] },
			message: '1 objective missed: group-framework',
		});
	});
});
