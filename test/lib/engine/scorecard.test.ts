/** The account managers' scorecards: each KPI and the score on cases worked out by hand. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORECARD, type ScorecardKpi } from '../../../schemas/scorecard.ts';
import { type ScorecardAccount, scoreOf, scorecardKpis, scorecards } from '../../../src/lib/engine/scorecard.ts';

function account(slug: string, fields: Partial<ScorecardAccount> = {}): ScorecardAccount {
	return { slug, owner: 'li-wei', current: 0, reviewOverdue: false, objectives: [], deciders: [], actions: [], ...fields };
}

const valueOf = (accounts: ScorecardAccount[], kpi: ScorecardKpi) => scorecardKpis(accounts)[kpi].value;

describe('KPIs', () => {
	it.each([
		{ name: 'no account with a target: null', accounts: [account('a', { current: 100 })], expected: null },
		{ name: '(60 + 40) / (100 + 100) = 0.5', accounts: [account('a', { current: 60, targetRevenue: 100 }), account('b', { current: 40, targetRevenue: 100 }), account('c', { current: 999 })], expected: 0.5 },
		{ name: 'capped at 1: 300 / 200', accounts: [account('a', { current: 300, targetRevenue: 200 })], expected: 1 },
		{ name: 'a target of 0 is met: 1', accounts: [account('a', { current: 0, targetRevenue: 0 })], expected: 1 },
	])('revenue-vs-target: $name', ({ accounts, expected }) => {
		expect(valueOf(accounts, 'revenue-vs-target')).toBe(expected);
	});

	it.each([
		{ name: 'no share target: null', accounts: [account('a', { shareOfWallet: 0.5 })], expected: null },
		{
			name: '2 of 4 reach it (equal counts; no wallet does not)',
			accounts: [
				account('a', { shareTarget: 0.3, shareOfWallet: 0.3 }),
				account('b', { shareTarget: 0.3, shareOfWallet: 0.4 }),
				account('c', { shareTarget: 0.3, shareOfWallet: 0.29 }),
				account('d', { shareTarget: 0.3 }),
			],
			expected: 0.5,
		},
	])('share-vs-target: $name', ({ accounts, expected }) => {
		expect(valueOf(accounts, 'share-vs-target')).toBe(expected);
	});

	it.each([
		{ name: 'no objectives: null', accounts: [account('a')], expected: null },
		{
			name: '(1 achieved + 2 on-track) / 4 = 0.75',
			accounts: [account('a', { objectives: ['achieved', 'on-track'] }), account('b', { objectives: ['behind', 'on-track'] })],
			expected: 0.75,
		},
		{ name: 'missed and behind count against: 0 / 2', accounts: [account('a', { objectives: ['missed', 'behind'] })], expected: 0 },
	])('objectives-on-track: $name', ({ accounts, expected }) => {
		expect(valueOf(accounts, 'objectives-on-track')).toBe(expected);
	});

	it.each([
		{ name: 'no accounts: null', accounts: [], expected: null },
		{ name: '3 of 4 not overdue = 0.75', accounts: [account('a'), account('b'), account('c'), account('d', { reviewOverdue: true })], expected: 0.75 },
	])('reviews-on-time: $name', ({ accounts, expected }) => {
		expect(valueOf(accounts, 'reviews-on-time')).toBe(expected);
	});

	it.each([
		{ name: 'no deciders: null', accounts: [account('a')], expected: null },
		{
			name: '1 warm and covered of 4 (cold, uncovered, both) = 0.25',
			accounts: [
				account('a', { deciders: [{ cold: false, covered: true }, { cold: true, covered: true }] }),
				account('b', { deciders: [{ cold: false, covered: false }, { cold: true, covered: false }] }),
			],
			expected: 0.25,
		},
	])('deciders-warm: $name', ({ accounts, expected }) => {
		expect(valueOf(accounts, 'deciders-warm')).toBe(expected);
	});

	it.each([
		{ name: 'no actions: null', accounts: [account('a')], expected: null },
		{ name: 'only dropped actions: null', accounts: [account('a', { actions: [{ status: 'dropped', overdue: false }] })], expected: null },
		{
			name: '1 − 1 overdue / 4 not dropped = 0.75 (the dropped one left out)',
			accounts: [
				account('a', {
					actions: [
						{ status: 'planned', overdue: true },
						{ status: 'done', overdue: false },
						{ status: 'dropped', overdue: false },
					],
				}),
				account('b', { actions: [{ status: 'in-progress', overdue: false }, { status: 'blocked', overdue: false }] }),
			],
			expected: 0.75,
		},
	])('actions-on-time: $name', ({ accounts, expected }) => {
		expect(valueOf(accounts, 'actions-on-time')).toBe(expected);
	});

	it.each([
		{ name: 'cadence unknown: null', accounts: [account('a')], expected: null },
		{ name: 'no account with a cadence: null', accounts: [account('a', { cadence: { hasCadence: false, overdue: false } })], expected: null },
		{
			name: '2 of 3 with a cadence on time = 2/3',
			accounts: [
				account('a', { cadence: { hasCadence: true, overdue: false } }),
				account('b', { cadence: { hasCadence: true, overdue: true } }),
				account('c', { cadence: { hasCadence: true, overdue: false } }),
				account('d', { cadence: { hasCadence: false, overdue: false } }),
			],
			expected: 2 / 3,
		},
	])('visits-on-cadence: $name', ({ accounts, expected }) => {
		expect(valueOf(accounts, 'visits-on-cadence')).toBe(expected);
	});

	it('explains a KPI: what met the mark of what counted, the plans counted and those short', () => {
		const kpis = scorecardKpis([account('b', { reviewOverdue: true }), account('a'), account('c', { reviewOverdue: true })]);
		expect(kpis['reviews-on-time']).toEqual({ value: 1 / 3, met: 1, of: 3, slugs: ['a', 'b', 'c'], short: ['b', 'c'] });
	});
});

describe('score', () => {
	const kpis = (values: Partial<Record<ScorecardKpi, number | null>>) =>
		Object.fromEntries(
			['revenue-vs-target', 'share-vs-target', 'objectives-on-track', 'reviews-on-time', 'deciders-warm', 'actions-on-time', 'visits-on-cadence'].map((k) => [
				k,
				{ value: values[k as ScorecardKpi] ?? null },
			]),
		) as Record<ScorecardKpi, { value: number | null }>;

	it.each([
		{
			name: 'all six default KPIs: 100 × (30×1 + 20×0.5 + 20×0.75 + 10×1 + 10×0 + 10×0.5) / 100 = 70',
			values: { 'revenue-vs-target': 1, 'share-vs-target': 0.5, 'objectives-on-track': 0.75, 'reviews-on-time': 1, 'deciders-warm': 0, 'actions-on-time': 0.5 },
			expected: 70,
		},
		{
			name: 'null KPIs leave their weight out: 100 × (30×0.5 + 10×1) / 40 = 62.5',
			values: { 'revenue-vs-target': 0.5, 'reviews-on-time': 1 },
			expected: 62.5,
		},
		{
			name: 'rounded to one decimal: 100 × (10×(2/3)) / 10 = 66.666… → 66.7',
			values: { 'actions-on-time': 2 / 3 },
			expected: 66.7,
		},
		{ name: 'all null: null', values: {}, expected: null },
		{ name: 'a KPI the policy does not weigh does not count: visits only → null', values: { 'visits-on-cadence': 1 }, expected: null },
	])('$name', ({ values, expected }) => {
		expect(scoreOf(kpis(values), DEFAULT_SCORECARD)).toBe(expected);
	});

	it('weighs the optional visits-on-cadence when the policy lists it: 100 × (1×1 + 1×0) / 2 = 50', () => {
		expect(scoreOf(kpis({ 'visits-on-cadence': 1, 'reviews-on-time': 0 }), [{ kpi: 'visits-on-cadence', weight: 1 }, { kpi: 'reviews-on-time', weight: 1 }])).toBe(50);
	});
});

describe('scorecards of people and departments', () => {
	const accounts = [
		account('a', { owner: 'wang-fang', reviewOverdue: true }),
		account('b', { owner: 'li-wei' }),
		account('c', { owner: 'li-wei', reviewOverdue: true }),
		account('d', { owner: 'gao-yan' }),
		account('e', { owner: undefined }),
	];
	const departments: Record<string, { id: string; name: string }> = { 'li-wei': { id: 'sales', name: 'Key accounts' }, 'wang-fang': { id: 'sales', name: 'Key accounts' } };
	const result = scorecards(accounts, [{ kpi: 'reviews-on-time', weight: 1 }], (p) => departments[p]);

	it('scores each owner over their plans, people in id order; a plan without owner counts for nobody', () => {
		expect(result.people.map((p) => [p.person, p.department, p.accounts, p.kpis['reviews-on-time'].value, p.score])).toEqual([
			['gao-yan', '', 1, 1, 100],
			['li-wei', 'sales', 2, 0.5, 50],
			['wang-fang', 'sales', 1, 0, 0],
		]);
	});

	it('totals each department over its people\u2019s plans (1 of 3 on time), owners without a department last', () => {
		expect(result.departments.map((d) => [d.department, d.name, d.people, d.accounts, d.score])).toEqual([
			['sales', 'Key accounts', ['li-wei', 'wang-fang'], 3, 33.3],
			['', '', ['gao-yan'], 1, 100],
		]);
		expect([result.total.accounts, result.total.score]).toEqual([4, 50]);
	});
});
