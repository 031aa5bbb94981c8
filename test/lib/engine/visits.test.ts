/**
 * What the engine computes from visit reports: the effective last contact,
 * visit next steps as plan actions (overdue counts, rollups, objectives,
 * attention), and the visit cadence. Expected values are worked out by hand
 * from AS_OF = 2026-11-22.
 */
import { describe, expect, it } from 'vitest';
import type { VisitFrontmatter } from '../../../schemas/visit.ts';
import { effectiveLastContact, lastVisitByContact, visitActions, visitSummary } from '../../../src/lib/engine/visits.ts';
import type { VisitInput } from '../../../src/lib/engine/types.ts';
import { AS_OF, planInput, portfolioOf, testPolicy } from './fixtures.ts';

/** A done visit on `date` that met `theirs`; one change per case. */
function visit(date: string, change: Partial<VisitFrontmatter> = {}, topic = 'meeting'): VisitInput {
	return { file: `visits/acme/${date}-${topic}.mdx`, topic, frontmatter: { date, type: 'visit', status: 'done', purpose: 'Talk', outcome: 'Agreed', theirs: ['zhao-lei'], ...change } };
}

describe('effective last contact', () => {
	const cases: { name: string; lastContact?: string; visits: VisitInput[]; expected: string | undefined }[] = [
		{ name: 'neither: not recorded', visits: [], expected: undefined },
		{ name: 'only lastContact', lastContact: '2026-10-01', visits: [], expected: '2026-10-01' },
		{ name: 'a later done visit wins', lastContact: '2026-10-01', visits: [visit('2026-11-05')], expected: '2026-11-05' },
		{ name: 'an earlier done visit does not', lastContact: '2026-10-01', visits: [visit('2026-09-01')], expected: '2026-10-01' },
		{ name: 'the latest of several visits', visits: [visit('2026-08-01'), visit('2026-11-10', {}, 'b'), visit('2026-09-01', {}, 'c')], expected: '2026-11-10' },
		{ name: 'a planned visit does not count', lastContact: '2026-10-01', visits: [visit('2026-11-20', { status: 'planned', outcome: undefined })], expected: '2026-10-01' },
		{ name: 'a cancelled visit does not count', visits: [visit('2026-11-20', { status: 'cancelled' })], expected: undefined },
		{ name: 'a visit that met someone else does not count', lastContact: '2026-10-01', visits: [visit('2026-11-20', { theirs: ['wang-jun'] })], expected: '2026-10-01' },
	];
	it.each(cases)('$name → $expected', ({ lastContact, visits, expected }) => {
		expect(effectiveLastContact({ id: 'zhao-lei', ...(lastContact && { lastContact }) }, lastVisitByContact(visits))).toBe(expected);
	});

	it('a contact without an id keeps its own lastContact', () => {
		expect(effectiveLastContact({ lastContact: '2026-01-01' }, lastVisitByContact([visit('2026-11-20')]))).toBe('2026-01-01');
	});
});

describe('visit cadence (policy visitEveryDays { major: 30, named: 90 })', () => {
	const policy = testPolicy({ visitEveryDays: { major: 30, named: 90 } });
	const cases: { name: string; tier: 'major' | 'named' | 'non-named'; visits: VisitInput[]; expected: { count: number; last: string | null; overdue: boolean; daysSinceLast: number | null } }[] = [
		// 2026-10-23 → 2026-11-22: 8 days of October left + 22 = 30 days: not more than 30.
		{ name: 'major, last visit exactly 30 days ago: on cadence', tier: 'major', visits: [visit('2026-10-23')], expected: { count: 1, last: '2026-10-23', overdue: false, daysSinceLast: 30 } },
		// 2026-10-22 → 2026-11-22: 31 days.
		{ name: 'major, 31 days ago: overdue', tier: 'major', visits: [visit('2026-10-22')], expected: { count: 1, last: '2026-10-22', overdue: true, daysSinceLast: 31 } },
		{ name: 'major, never visited: overdue', tier: 'major', visits: [], expected: { count: 0, last: null, overdue: true, daysSinceLast: null } },
		{ name: 'major, only a planned visit ahead: still overdue', tier: 'major', visits: [visit('2026-12-01', { status: 'planned', outcome: undefined })], expected: { count: 0, last: null, overdue: true, daysSinceLast: null } },
		// 2026-08-24 → 2026-11-22: 7 + 30 + 31 + 22 = 90 days.
		{ name: 'named, 90 days ago: on cadence', tier: 'named', visits: [visit('2026-08-24')], expected: { count: 1, last: '2026-08-24', overdue: false, daysSinceLast: 90 } },
		{ name: 'named, latest of two counts', tier: 'named', visits: [visit('2026-05-01'), visit('2026-09-01', {}, 'b')], expected: { count: 2, last: '2026-09-01', overdue: false, daysSinceLast: 82 } },
		{ name: 'non-named has no cadence: never overdue', tier: 'non-named', visits: [], expected: { count: 0, last: null, overdue: false, daysSinceLast: null } },
	];
	it.each(cases)('$name', ({ tier, visits, expected }) => {
		expect(visitSummary(visits, tier, policy, AS_OF)).toMatchObject(expected);
	});

	it('without visitEveryDays no plan has a cadence', () => {
		expect(visitSummary([], 'major', testPolicy(), AS_OF)).toMatchObject({ hasCadence: false, overdue: false, everyDays: null });
	});

	it('counts planned visits ahead and names the soonest', () => {
		const summary = visitSummary([visit('2027-01-10', { status: 'planned' }), visit('2026-12-01', { status: 'planned' }, 'b'), visit('2026-11-01', { status: 'planned' }, 'c')], 'major', policy, AS_OF);
		expect(summary).toMatchObject({ planned: 2, next: '2026-12-01', count: 0 });
	});
});

describe('visit next steps as actions', () => {
	const steps = (date: string, topic: string, next: VisitFrontmatter['next']): VisitInput => visit(date, { next, objective: 'group-framework' }, topic);

	it('numbers them after the plan actions, oldest visit first, and marks where each came from', () => {
		const actions = visitActions(
			[
				steps('2026-11-10', 'later', [{ title: 'C', owner: 'li-wei', due: '2026-12-01', status: 'planned' }]),
				steps('2026-10-01', 'earlier', [
					{ title: 'A', owner: 'li-wei', due: '2026-11-01', status: 'planned' },
					{ title: 'B', owner: 'li-wei', due: '2026-11-01', status: 'done' },
				]),
			],
			2,
			AS_OF,
		);
		expect(actions.map((a) => [a.title, a.index, a.open, a.overdue, a.objective, a.visit?.date, a.visit?.step])).toEqual([
			['A', 2, true, true, 'group-framework', '2026-10-01', 0],
			['B', 3, false, false, 'group-framework', '2026-10-01', 1],
			['C', 4, true, false, 'group-framework', '2026-11-10', 0],
		]);
	});

	it('count in the overdue actions of the account, its rollups and the attention list', () => {
		const plan = planInput('acme', () => {}, undefined);
		plan.visits = [steps('2026-10-01', 'review', [{ title: 'Send the offer', owner: 'li-wei', due: '2026-11-01', status: 'planned' }])];
		const portfolio = portfolioOf([plan]);
		const account = portfolio.bySlug.get('acme')!;
		// The base plan has no overdue action of its own; the visit's step is due 2026-11-01 < AS_OF.
		expect(account.overdueActions).toBe(1);
		expect(account.openActions).toBe(2);
		expect(portfolio.total.overdueActions).toBe(1);
		expect(portfolio.rollups.owner.find((r) => r.key === 'li-wei')?.overdueActions).toBe(1);
		expect(portfolio.attention[0]?.items.map((i) => i.kind)).toContain('actions-overdue');
	});

	it("are among the actions of the visit's objective", () => {
		const plan = planInput('acme', (fm) => {
			fm.objectives = [{ id: 'group-framework', title: 'Win', unit: 'share', baseline: 0.2, target: 0.35, current: 0.3, due: '2027-06-30' }];
		});
		plan.visits = [steps('2026-10-01', 'review', [{ title: 'Send the offer', owner: 'li-wei', due: '2026-12-01', status: 'planned' }])];
		const account = portfolioOf([plan]).bySlug.get('acme')!;
		// Plan actions 0 and 1 serve no objective; the visit's step is action 2.
		expect(account.objectives[0]?.actions).toEqual([2]);
	});
});

describe('the account view', () => {
	it('warms a cold decider with a done visit, and computes contacts[].lastContact', () => {
		const plan = planInput('acme', (fm) => {
			fm.contacts = [{ id: 'zhao-lei', name: 'Zhao Lei', role: 'decider', coveredBy: 'li-wei', lastContact: '2026-06-01' }];
		});
		const cold = portfolioOf([plan]).bySlug.get('acme')!.contacts[0]!;
		expect(cold).toMatchObject({ cold: true, lastContact: '2026-06-01', daysSinceContact: 174 });
		plan.visits = [visit('2026-11-02')];
		const warm = portfolioOf([plan]).bySlug.get('acme')!.contacts[0]!;
		expect(warm).toMatchObject({ cold: false, lastContact: '2026-11-02', daysSinceContact: 20 });
	});

	it('makes visit-overdue a reason for attention only with a cadence', () => {
		const plan = planInput('acme');
		plan.visits = [visit('2026-09-01')];
		const withCadence = portfolioOf([plan], { policy: testPolicy({ visitEveryDays: { major: 30 } }) });
		const item = withCadence.attention.find((e) => e.slug === 'acme')?.items.find((i) => i.kind === 'visit-overdue');
		// 2026-09-01 → 2026-11-22: 29 + 31 + 22 = 82 days.
		expect(item?.params).toEqual({ everyDays: 30, last: '2026-09-01', days: 82 });
		expect(withCadence.bySlug.get('acme')!.visits).toMatchObject({ count: 1, last: '2026-09-01', overdue: true, hasCadence: true });
		const without = portfolioOf([plan]);
		expect(without.attention.flatMap((e) => e.items).some((i) => i.kind === 'visit-overdue')).toBe(false);
	});

	it('lists the visit reports latest first', () => {
		const plan = planInput('acme');
		plan.visits = [visit('2026-09-01', {}, 'a'), visit('2026-12-01', { status: 'planned', outcome: undefined }, 'b'), visit('2026-10-01', {}, 'c')];
		const reports = portfolioOf([plan]).bySlug.get('acme')!.visitReports;
		expect(reports.map((r) => [r.date, r.upcoming])).toEqual([
			['2026-12-01', true],
			['2026-10-01', false],
			['2026-09-01', false],
		]);
	});
});
