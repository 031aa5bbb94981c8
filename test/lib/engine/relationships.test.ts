import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../schemas/contact.ts';
import type { PlanFrontmatter } from '../../../schemas/plan.ts';
import type { ReviewRecord } from '../../../schemas/review-record.ts';
import { orgChart } from '../../../src/lib/engine/relationships.ts';
import { AS_OF, planInput, portfolioOf, testPolicy } from './fixtures.ts';

const decider = (change: Partial<Contact> = {}): Contact => ({ id: 'wang-jun', name: 'Wang Jun', role: 'decider', coveredBy: 'li-wei', lastContact: '2026-11-01', ...change });

function accountWith(change: (p: PlanFrontmatter) => void, policy = testPolicy()) {
	return portfolioOf([planInput('acme', change)], { policy }).accounts[0]!;
}

describe('relationship flags (as of 2026-11-22, contactStaleDays 90)', () => {
	it.each([
		// [case, contact, cold, covered]
		['a decider contacted recently', decider(), false, true],
		['a decider contacted exactly 90 days ago', decider({ lastContact: '2026-08-24' }), false, true],
		['a decider contacted 91 days ago is cold', decider({ lastContact: '2026-08-23' }), true, true],
		['an influencer contacted long ago is cold', decider({ role: 'influencer', lastContact: '2025-01-01' }), true, true],
		['a buyer contacted long ago is not watched', decider({ role: 'buyer', lastContact: '2025-01-01' }), false, true],
		['no lastContact: not recorded, not flagged', decider({ lastContact: undefined }), false, true],
		['no coveredBy: uncovered', decider({ coveredBy: undefined }), false, false],
	])('%s', (_case, contact, cold, covered) => {
		const account = accountWith((p) => (p.contacts = [JSON.parse(JSON.stringify(contact))]));
		expect(account.contacts[0]).toMatchObject({ id: 'wang-jun', name: 'Wang Jun', cold, covered });
	});

	it('gives the days since the last contact, and a null id when the plan gives none', () => {
		const account = accountWith((p) => (p.contacts = [decider(), { name: 'No Id', role: 'user' }]));
		expect(account.contacts[0]!.daysSinceContact).toBe(21);
		expect(account.contacts[1]).toMatchObject({ id: null, cold: false, covered: false });
		expect(account.contacts[1]!.daysSinceContact).toBeUndefined();
	});

	it('follows policy.contactStaleDays', () => {
		const account = accountWith((p) => (p.contacts = [decider()]), testPolicy({ contactStaleDays: 20 }));
		expect(account.contacts[0]!.cold).toBe(true);
	});

	it('puts cold and uncovered deciders on the attention list, by name', () => {
		const portfolio = portfolioOf([
			planInput('acme', (p) => (p.contacts = [decider({ lastContact: '2026-01-01' }), decider({ id: 'li-na', name: 'Li Na', coveredBy: undefined })])),
		]);
		expect(portfolio.attention[0]!.items).toEqual([
			{ kind: 'deciders-cold', params: { count: 1, names: ['Wang Jun'] }, message: '1 decider gone cold: Wang Jun' },
			{ kind: 'deciders-uncovered', params: { count: 1, names: ['Li Na'] }, message: '1 decider not covered by anyone: Li Na' },
		]);
	});

	it('does not flag a cold influencer for attention (only deciders)', () => {
		const portfolio = portfolioOf([planInput('acme', (p) => p.contacts!.push(decider({ id: 'x', role: 'influencer', lastContact: '2025-01-01' })))]);
		expect(portfolio.attention).toEqual([]);
	});
});

describe('org chart', () => {
	const contact = (id: string, reportsTo?: string): Contact => ({ id, name: id, role: 'user', ...(reportsTo ? { reportsTo } : {}) });

	it('puts contacts without a manager at the top and nests reports in plan order', () => {
		expect(orgChart([contact('ceo'), contact('cfo', 'ceo'), contact('buyer', 'cfo'), contact('cto', 'ceo'), contact('other')])).toEqual([
			{ contact: 0, reports: [{ contact: 1, reports: [{ contact: 2, reports: [] }] }, { contact: 3, reports: [] }] },
			{ contact: 4, reports: [] },
		]);
	});

	it('shows every contact once even when a cycle slipped through', () => {
		const chart = orgChart([contact('a', 'b'), contact('b', 'a')]);
		const seen: number[] = [];
		const walk = (nodes: typeof chart) => nodes.forEach((n) => (seen.push(n.contact), walk(n.reports)));
		walk(chart);
		expect(seen.sort()).toEqual([0, 1]);
	});
});

describe('review record', () => {
	const record = (date: string, outcome: ReviewRecord['outcome'], change: Partial<ReviewRecord> = {}): ReviewRecord => ({ date, by: ['zhang-min'], outcome, ...change });

	it('takes the latest entry by date, with its concerns', () => {
		const account = accountWith(
			(p) =>
				(p.review = {
					history: [record('2026-10-01', 'revise', { by: ['zhang-min', 'li-wei'], findings: { 'goals-realistic': 'concern', competitive: 'ok', 'profit-and-risk': 'concern' } }), record('2026-07-01', 'approved')],
				}),
		);
		expect(account.latestReview).toEqual({ date: '2026-10-01', outcome: 'revise', by: ['zhang-min', 'li-wei'], concerns: ['goals-realistic', 'profit-and-risk'] });
		expect(account.reviewHistory.map((r) => r.date)).toEqual(['2026-10-01', '2026-07-01']);
	});

	it('is null without a history', () => {
		expect(accountWith(() => {}).latestReview).toBeNull();
	});

	it('dates the last review from the history when review.last is left out', () => {
		const account = accountWith((p) => (p.review = { history: [record('2026-10-01', 'approved')] }));
		expect(account.review).toMatchObject({ last: '2026-10-01', due: '2027-01-01', neverReviewed: false });
	});

	it.each([
		['revise', true],
		['escalate', true],
		['approved', false],
	] as const)('a latest outcome of %s needs attention: %s', (outcome, flagged) => {
		const portfolio = portfolioOf([planInput('acme', (p) => (p.review = { history: [record('2026-10-01', outcome)] }))]);
		expect(portfolio.attention.flatMap((e) => e.items.map((i) => i.kind)).includes('review-outcome')).toBe(flagged);
	});

	it('an approved review after a revise clears the attention', () => {
		const portfolio = portfolioOf([planInput('acme', (p) => (p.review = { history: [record('2026-07-01', 'escalate'), record('2026-10-01', 'approved')] }))]);
		expect(portfolio.attention).toEqual([]);
	});

	it('the attention item carries the outcome and date', () => {
		const portfolio = portfolioOf([planInput('acme', (p) => (p.review = { history: [record('2026-10-01', 'escalate')] }))]);
		expect(portfolio.attention[0]!.items[0]).toMatchObject({ kind: 'review-outcome', params: { outcome: 'escalate', date: '2026-10-01' } });
		expect(AS_OF).toBe('2026-11-22');
	});
});
