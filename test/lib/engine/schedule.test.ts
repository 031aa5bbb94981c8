import { describe, expect, it } from 'vitest';
import { compareDates } from '../../../src/lib/engine/dates.ts';
import type { ScheduleEntry } from '../../../src/lib/engine/types.ts';
import { asTier, AS_OF, planInput, portfolioOf } from './fixtures.ts';

function scheduleOf(...plans: Parameters<typeof portfolioOf>[0]) {
	return portfolioOf(plans).schedule;
}

describe('review schedule', () => {
	it('has one entry per major and named plan, with its own due date', () => {
		const schedule = scheduleOf(
			planInput('major-a'),
			planInput('named-b', (p) => (asTier(p, 'named'), (p.review = { last: '2026-02-10' }))),
		);
		const plans = schedule.filter((e) => e.kind === 'plan');
		expect(plans).toEqual([
			{ kind: 'plan', slug: 'major-a', owner: 'li-wei', tier: 'major', due: '2027-01-01', status: 'ok', daysUntilDue: 40 },
			{ kind: 'plan', slug: 'named-b', owner: 'li-wei', tier: 'named', due: '2027-02-10', status: 'ok', daysUntilDue: 80 },
		]);
	});

	it('has one collective review per owner, due when its earliest account is due', () => {
		const schedule = scheduleOf(
			planInput('nn-1', (p) => (asTier(p, 'non-named'), (p.review = { last: '2026-03-31' }))),
			planInput('nn-2', (p) => (asTier(p, 'non-named'), (p.review = { last: '2025-12-01' }))),
			planInput('mm-3', (p) => (asTier(p, 'mass-market'), (p.review = { last: '2026-06-01' }))),
			planInput('nn-other', (p) => (asTier(p, 'non-named'), (p.owner = 'wang-fang'))),
			planInput('mm-unowned-1', (p) => (asTier(p, 'mass-market'), delete p.owner, (p.review = { last: '2026-01-31' }))),
			planInput('mm-unowned-2', (p) => (asTier(p, 'mass-market'), delete p.owner, delete p.review)),
		);
		const collective = schedule.filter((e): e is Extract<ScheduleEntry, { kind: 'collective' }> => e.kind === 'collective');
		expect(collective.map((e) => [e.owner, e.slugs, e.due, e.status])).toEqual([
			[null, ['mm-unowned-1', 'mm-unowned-2'], AS_OF, 'due-soon'], // never reviewed: due now
			['li-wei', ['mm-3', 'nn-1', 'nn-2'], '2026-12-01', 'due-soon'], // nn-2: 2025-12-01 + 12 months
			['wang-fang', ['nn-other'], '2027-10-01', 'ok'],
		]);
		expect(schedule.some((e) => e.kind === 'plan')).toBe(false);
	});

	it('keeps lost accounts: their win-back plan is reviewed too', () => {
		const schedule = scheduleOf(planInput('lost-one', (p) => (asTier(p, 'named'), (p.category = 'lost'), (p.lost = { date: '2026-01-01', reason: 'price' }))));
		expect(schedule.map((e) => e.kind)).toEqual(['plan']);
	});

	it('adds the next progress report when there are major accounts', () => {
		const withMajor = scheduleOf(planInput('major-a'));
		expect(withMajor.find((e) => e.kind === 'progress-report')).toEqual({
			kind: 'progress-report',
			due: '2026-12-31',
			periodStart: '2026-07-01',
			periodEnd: '2026-12-31',
			status: 'ok',
			daysUntilDue: 39,
		});
		expect(scheduleOf(planInput('named-b', (p) => asTier(p, 'named'))).some((e) => e.kind === 'progress-report')).toBe(false);
	});

	it('is sorted by due date, then kind, then slug or owner', () => {
		const schedule = scheduleOf(
			planInput('z-late', (p) => (p.review = { last: '2026-06-01' })),
			planInput('a-late', (p) => (p.review = { last: '2026-06-01' })),
			planInput('never', (p) => delete p.review),
			planInput('nn', (p) => (asTier(p, 'non-named'), delete p.review)),
		);
		const dues = schedule.map((e) => e.due);
		expect([...dues].sort(compareDates)).toEqual(dues);
		expect(schedule.map((e) => (e.kind === 'plan' ? e.slug : e.kind))).toEqual(['a-late', 'z-late', 'never', 'collective', 'progress-report']);
	});
});
