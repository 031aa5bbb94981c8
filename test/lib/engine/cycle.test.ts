import { describe, expect, it } from 'vitest';
import type { PlanFrontmatter } from '../../../schemas/plan.ts';
import type { PlanningCycle } from '../../../schemas/planning-cycle.ts';
import { applicationView } from '../../../src/lib/engine/application.ts';
import { cycleView } from '../../../src/lib/engine/cycle.ts';
import { resolveSigners } from '../../../src/lib/engine/signers.ts';

const CYCLE: PlanningCycle = { year: 2027, opens: '2026-10-01', draftsDue: '2026-11-30', reviewsDue: '2026-12-20', tiers: ['major', 'named'] };
const PERIOD_2027 = { start: '2027-01-01', end: '2027-12-31' };
const SIGNERS = ['zhang-min', 'chen-jie'];
type Plan = Pick<PlanFrontmatter, 'tier' | 'planPeriod' | 'review'>;
const review = (date: string, outcome: 'approved' | 'revise' | 'escalate', by: string[]) => ({ date, outcome, by });

describe('cycleView', () => {
	it.each<[string, Plan, string, ReturnType<typeof cycleView>]>([
		['a tier outside the cycle is not in it', { tier: 'non-named', planPeriod: PERIOD_2027 }, '2026-10-15', null],
		['no plan period: not started', { tier: 'major' }, '2026-10-15', { status: 'not-started', late: false, missingSignOff: SIGNERS }],
		['a 2026 period does not cover 2027', { tier: 'major', planPeriod: { start: '2026-01-01', end: '2026-12-31' } }, '2026-11-30', { status: 'not-started', late: false, missingSignOff: SIGNERS }],
		['not started the day after draftsDue: late', { tier: 'major', planPeriod: { start: '2026-01-01', end: '2026-12-31' } }, '2026-12-01', { status: 'not-started', late: true, missingSignOff: SIGNERS }],
		['a period from mid-2026 to mid-2027 covers 2027', { tier: 'named', planPeriod: { start: '2026-07-01', end: '2027-06-30' } }, '2026-10-15', { status: 'drafted', late: false, missingSignOff: SIGNERS }],
		['a review before opens does not count: drafted', { tier: 'major', planPeriod: PERIOD_2027, review: { history: [review('2026-09-30', 'approved', SIGNERS)] } }, '2026-10-15', { status: 'drafted', late: false, missingSignOff: SIGNERS }],
		['drafted, not late on reviewsDue itself', { tier: 'major', planPeriod: PERIOD_2027 }, '2026-12-20', { status: 'drafted', late: false, missingSignOff: SIGNERS }],
		['drafted the day after reviewsDue: late', { tier: 'major', planPeriod: PERIOD_2027 }, '2026-12-21', { status: 'drafted', late: true, missingSignOff: SIGNERS }],
		['a review on opens asking for a revision: in review', { tier: 'major', planPeriod: PERIOD_2027, review: { history: [review('2026-10-01', 'revise', SIGNERS)] } }, '2026-10-15', { status: 'in-review', late: false, missingSignOff: SIGNERS }],
		['review.last alone since opens: in review', { tier: 'major', planPeriod: PERIOD_2027, review: { last: '2026-10-20' } }, '2026-10-25', { status: 'in-review', late: false, missingSignOff: SIGNERS }],
		['approved without one signer: in review, that signer missing', { tier: 'major', planPeriod: PERIOD_2027, review: { history: [review('2026-11-10', 'approved', ['zhang-min', 'li-wei'])] } }, '2026-12-21', { status: 'in-review', late: true, missingSignOff: ['chen-jie'] }],
		['approved by every signer: signed off, nothing missing', { tier: 'major', planPeriod: PERIOD_2027, review: { history: [review('2026-11-10', 'approved', ['chen-jie', 'zhang-min', 'li-wei'])] } }, '2026-12-21', { status: 'signed-off', late: false, missingSignOff: [] }],
		[
			'a full sign-off then a later partial approval: still signed off, the later one lacks a signer',
			{ tier: 'major', planPeriod: PERIOD_2027, review: { history: [review('2026-12-01', 'approved', ['zhang-min']), review('2026-11-10', 'approved', SIGNERS)] } },
			'2026-12-21',
			{ status: 'signed-off', late: false, missingSignOff: ['chen-jie'] },
		],
	])('%s', (_name, plan, asOf, expected) => {
		expect(cycleView(plan, CYCLE, SIGNERS, asOf)).toEqual(expected);
	});

	it('without signers, any approved review since opens signs the plan off', () => {
		expect(cycleView({ tier: 'named', planPeriod: PERIOD_2027, review: { history: [review('2026-10-02', 'approved', ['li-wei'])] } }, CYCLE, [], '2026-10-03')).toEqual({ status: 'signed-off', late: false, missingSignOff: [] });
	});

	it('without a planning cycle, no plan is in one', () => {
		expect(cycleView({ tier: 'major', planPeriod: PERIOD_2027 }, undefined, SIGNERS, '2026-10-03')).toBeNull();
	});
});

describe('resolveSigners', () => {
	const managers: Record<string, string> = { 'li-wei': 'zhang-min', 'wang-fang': 'li-wei' };
	const managerOf = (id: string) => managers[id];
	it.each<[string, string[], { owner?: string; sponsor?: string }, { signers: string[]; unresolved: string[] }]>([
		['owner-manager and sponsor', ['owner-manager', 'sponsor'], { owner: 'li-wei', sponsor: 'chen-jie' }, { signers: ['zhang-min', 'chen-jie'], unresolved: [] }],
		['the same person twice counts once', ['owner-manager', 'sponsor'], { owner: 'li-wei', sponsor: 'zhang-min' }, { signers: ['zhang-min'], unresolved: [] }],
		['no sponsor: left out, unresolved', ['owner', 'sponsor'], { owner: 'wang-fang' }, { signers: ['wang-fang'], unresolved: ['sponsor'] }],
		['an owner without a manager', ['owner-manager'], { owner: 'zhang-min' }, { signers: [], unresolved: ['owner-manager'] }],
		['no owner', ['owner', 'owner-manager'], {}, { signers: [], unresolved: ['owner', 'owner-manager'] }],
		['a person id stands for itself', ['gao-yan', 'owner'], { owner: 'li-wei' }, { signers: ['gao-yan', 'li-wei'], unresolved: [] }],
	])('%s', (_name, rule, subject, expected) => {
		expect(resolveSigners(rule, subject, managerOf)).toEqual(expected);
	});
});

describe('applicationView', () => {
	const base = { proposed: '2026-10-12', by: 'li-wei', expectedRevenue: 8_000_000, expectedContribution: 1_600_000, developmentCost: 300_000, risk: 'medium' as const };
	it.each<[string, Parameters<typeof applicationView>[0], string, ReturnType<typeof applicationView>]>([
		['pending: age to the as-of date', base, '2026-11-01', { status: 'pending', payback: 0.1875, age: 20 }],
		['approved: age to the decision', { ...base, decision: { date: '2026-11-02', by: 'zhang-min', outcome: 'approved' } }, '2027-03-01', { status: 'approved', payback: 0.1875, age: 21 }],
		['rejected across a month end', { ...base, decision: { date: '2026-12-31', by: 'zhang-min', outcome: 'rejected' } }, '2027-03-01', { status: 'rejected', payback: 0.1875, age: 80 }],
		['deferred on the day proposed', { ...base, decision: { date: '2026-10-12', by: 'zhang-min', outcome: 'deferred' } }, '2027-03-01', { status: 'deferred', payback: 0.1875, age: 0 }],
		['no contribution: no payback', { ...base, expectedContribution: 0 }, '2026-10-12', { status: 'pending', payback: null, age: 0 }],
		['cost twice the contribution: two years', { ...base, developmentCost: 3_200_000 }, '2027-10-12', { status: 'pending', payback: 2, age: 365 }],
		['no application', undefined, '2026-10-12', null],
	])('%s', (_name, application, asOf, expected) => {
		expect(applicationView(application, asOf)).toEqual(expected);
	});
});
