import { describe, expect, expectTypeOf, it } from 'vitest';
import type { PlanFrontmatter } from '../../../schemas/plan.ts';
import { ATTENTION_KINDS, type AttentionKind, type AttentionReason } from '../../../src/lib/engine/types.ts';
import { planInput, portfolioOf } from './fixtures.ts';

const late = (p: PlanFrontmatter) => (p.review = { last: '2026-05-01' });
const lateAction = (p: PlanFrontmatter) => p.actions!.push({ title: 'late', owner: 'li-wei', due: '2026-11-01', status: 'planned' });

describe('attention list', () => {
	it('leaves out accounts that need nothing', () => {
		expect(portfolioOf([planInput('fine')]).attention).toEqual([]);
	});

	it.each([
		['review-overdue', late],
		['actions-overdue', lateAction],
		['period-expired', (p: PlanFrontmatter) => (p.planPeriod = { start: '2025-01-01', end: '2025-12-31' })],
		['never-reviewed', (p: PlanFrontmatter) => delete p.review],
		['period-ending', (p: PlanFrontmatter) => (p.planPeriod = { start: '2026-01-01', end: '2026-12-31' })],
		['tier-mismatch', (p: PlanFrontmatter) => (p.value = { current: 2_000_000, potential: 6_000_000, wallet: 20_000_000 })], // a named account's value
		['low-health', (p: PlanFrontmatter) => (delete p.contacts, delete p.forecast, delete p.sponsor, delete p.objectives, p.actions!.push({ title: 'unowned', status: 'planned' }))],
	] as const)('flags %s', (kind, change) => {
		const [entry] = portfolioOf([planInput('acme', change)]).attention;
		expect(entry!.items.map((i) => i.kind)).toEqual([kind]);
		expect(entry!.reasons).toEqual(entry!.items.map((i) => i.message));
	});

	it('orders by the most urgent kind, then more reasons, then longest overdue, then slug', () => {
		const portfolio = portfolioOf([
			planInput('ending', (p) => (p.planPeriod = { start: '2026-01-01', end: '2026-12-31' })),
			planInput('late-b', late),
			planInput('late-a', late),
			planInput('later', (p) => (p.review = { last: '2026-01-01' })),
			planInput('late-and-actions', (p) => (late(p), lateAction(p))),
			planInput('actions', lateAction),
		]);
		expect(portfolio.attention.map((e) => e.slug)).toEqual(['late-and-actions', 'later', 'late-a', 'late-b', 'actions', 'ending']);
		const ranks = portfolio.attention.map((e) => ATTENTION_KINDS.indexOf(e.items[0]!.kind));
		expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
	});

	it.each([
		['review-overdue', late, { due: '2026-08-01', daysOverdue: 113 }, 'review overdue by 113 days (due 2026-08-01)'],
		['actions-overdue', lateAction, { count: 1 }, '1 action overdue'],
		['period-expired', (p: PlanFrontmatter) => (p.planPeriod = { start: '2025-01-01', end: '2025-12-31' }), { end: '2025-12-31' }, 'plan period ended 2025-12-31; write the plan for the next period'],
		['never-reviewed', (p: PlanFrontmatter) => delete p.review, {}, 'never reviewed; review due now'],
		['period-ending', (p: PlanFrontmatter) => (p.planPeriod = { start: '2026-01-01', end: '2026-12-31' }), { end: '2026-12-31', daysLeft: 39 }, 'plan period ends 2026-12-31 (in 39 days); start planning the next one'],
		['tier-mismatch', (p: PlanFrontmatter) => (p.value = { current: 2_000_000, potential: 6_000_000, wallet: 20_000_000 }), { tier: 'major', suggested: 'named' }, 'declared tier major, value suggests named'],
		[
			'low-health',
			(p: PlanFrontmatter) => (delete p.contacts, delete p.forecast, delete p.sponsor, delete p.objectives, p.actions!.push({ title: 'unowned', status: 'planned' })),
			{ score: 50, max: 100, threshold: 60 },
			'plan health 50/100',
		],
	] as const)('%s carries its values, and the English message', (kind, change, params, message) => {
		const [entry] = portfolioOf([planInput('acme', change)]).attention;
		expect(entry!.items).toEqual([{ kind, params, message }]);
	});

	it('has a params shape for every kind, and no other kind', () => {
		expectTypeOf<AttentionReason['kind']>().toEqualTypeOf<AttentionKind>();
	});
});
