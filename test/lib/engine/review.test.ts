import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../../src/lib/engine/dates.ts';
import { dueStatus, isReviewedCollectively, reviewInfo } from '../../../src/lib/engine/review.ts';
import { TIERS } from '../../../schemas/enums.ts';
import { AS_OF, planInput, portfolioOf, testPolicy } from './fixtures.ts';

const policy = testPolicy();
const soon = policy.dueSoonDays;

describe('dueStatus boundaries', () => {
	it.each([
		// [days from as-of to due, status]
		[-30, 'overdue'],
		[-1, 'overdue'],
		[0, 'due-soon'], // due today is not late yet
		[1, 'due-soon'],
		[soon - 1, 'due-soon'],
		[soon, 'due-soon'], // exactly dueSoonDays away
		[soon + 1, 'ok'], // one more
		[365, 'ok'],
	] as const)('due in %i days: %s', (days, status) => {
		expect(dueStatus(addDays(AS_OF, days), AS_OF, soon)).toEqual({ status, daysUntilDue: days });
	});

	it('with dueSoonDays 0 only today is due soon', () => {
		expect(dueStatus(AS_OF, AS_OF, 0).status).toBe('due-soon');
		expect(dueStatus(addDays(AS_OF, 1), AS_OF, 0).status).toBe('ok');
	});
});

describe('reviewInfo', () => {
	it.each(TIERS.map((tier) => [tier, policy.tiers[tier].reviewEveryMonths] as const))('%s: due %i months after the last review', (tier, months) => {
		const info = reviewInfo(tier, '2026-05-31', policy, AS_OF);
		expect(info.due).toBe(addMonths('2026-05-31', months));
		expect(info.last).toBe('2026-05-31');
		expect(info.neverReviewed).toBe(false);
		expect(info.collective).toBe(isReviewedCollectively(tier));
	});

	it('clamps a month-end review: 2026-11-30 + 3 months is due 2027-02-28', () => {
		expect(reviewInfo('major', '2026-11-30', policy, AS_OF).due).toBe('2027-02-28');
	});

	it('a plan never reviewed is due now: on the as-of date, due soon, 0 days left', () => {
		const info = reviewInfo('named', undefined, policy, AS_OF);
		expect(info).toEqual({ due: AS_OF, status: 'due-soon', daysUntilDue: 0, neverReviewed: true, collective: false });
		expect('last' in info).toBe(false);
	});

	it('an overdue review counts negative days', () => {
		const info = reviewInfo('major', '2026-07-01', policy, AS_OF);
		expect(info.due).toBe('2026-10-01');
		expect(info.status).toBe('overdue');
		expect(info.daysUntilDue).toBe(-52);
	});

	it('non-named and mass-market are collective, major and named are not', () => {
		expect(TIERS.filter(isReviewedCollectively)).toEqual(['non-named', 'mass-market']);
	});

	it('follows the policy cadence and due-soon window', () => {
		const custom = testPolicy({ dueSoonDays: 10, tiers: { major: { reviewEveryMonths: 1 } } });
		const info = reviewInfo('major', '2026-10-31', custom, AS_OF);
		expect(info.due).toBe('2026-11-30');
		expect(info.status).toBe('due-soon');
		expect(reviewInfo('major', '2026-11-05', custom, AS_OF).status).toBe('ok'); // due 2026-12-05, 13 days away
	});

	it('reaches the account view', () => {
		const portfolio = portfolioOf([planInput('never', (p) => delete p.review)]);
		expect(portfolio.accounts[0]!.review.neverReviewed).toBe(true);
	});
});
