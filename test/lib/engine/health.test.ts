import { describe, expect, it } from 'vitest';
import type { PlanFrontmatter } from '../../../schemas/plan.ts';
import { HEALTH_WEIGHTS } from '../../../src/lib/engine/health.ts';
import type { HealthItem } from '../../../src/lib/engine/types.ts';
import { asTier, BASE_BODY, planInput, portfolioOf } from './fixtures.ts';

function healthOf(change: (plan: PlanFrontmatter) => void = () => {}, body: string = BASE_BODY) {
	return portfolioOf([planInput('acme', change, body)]).accounts[0]!.health;
}

function earned(health: { items: HealthItem[] }, id: HealthItem['id']) {
	return health.items.find((item) => item.id === id)!.earned;
}

describe('health score', () => {
	it('weights add up to 100', () => {
		expect(Object.values(HEALTH_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
	});

	it('the base plan earns everything, item by item', () => {
		const health = healthOf();
		expect(health.score).toBe(100);
		expect(health.items.map((i) => i.id)).toEqual(['owner', 'sponsor', 'parts', 'decider', 'fresh-review', 'actions-owned', 'forecast', 'objectives']);
		for (const item of health.items) expect(item.earned).toBe(item.max);
	});

	it.each([
		// [case, change, item that loses points, points left]
		['no owner', (p: PlanFrontmatter) => delete p.owner, 'owner', 0],
		['no sponsor on a major account', (p: PlanFrontmatter) => delete p.sponsor, 'sponsor', 0],
		['no decider', (p: PlanFrontmatter) => (p.contacts = [{ name: 'x', role: 'buyer' }]), 'decider', 0],
		['no contacts', (p: PlanFrontmatter) => delete p.contacts, 'decider', 0],
		['overdue review', (p: PlanFrontmatter) => (p.review = { last: '2026-01-01' }), 'fresh-review', 0],
		['never reviewed', (p: PlanFrontmatter) => delete p.review, 'fresh-review', 0],
		['no forecast', (p: PlanFrontmatter) => delete p.forecast, 'forecast', 0],
		['no objectives on a major account', (p: PlanFrontmatter) => delete p.objectives, 'objectives', 0],
		['a missed objective', (p: PlanFrontmatter): void => void (p.objectives![0]!.due = '2026-11-01'), 'objectives', 0],
		['one of two open actions unowned', (p: PlanFrontmatter) => p.actions!.push({ title: 'x', status: 'planned' }), 'actions-owned', HEALTH_WEIGHTS['actions-owned'] / 2],
	] as const)('%s loses points on %s', (_case, change, id, left) => {
		const health = healthOf(change);
		expect(earned(health, id)).toBe(left);
		expect(health.score).toBe(100 - HEALTH_WEIGHTS[id] + left);
		expect(health.items.find((i) => i.id === id)!.detail).not.toBe('');
	});

	it('a missing part costs its share of the parts points and is named', () => {
		const body = BASE_BODY.replace('## Competitive assessment\n\nRival Co holds the tunnel projects.\n\n', '');
		const health = healthOf(() => {}, body);
		expect(earned(health, 'parts')).toBe((HEALTH_WEIGHTS.parts * 3) / 4);
		expect(health.items.find((i) => i.id === 'parts')!.detail).toContain('Competitive assessment');
	});

	it('Chinese headings count as the parts', () => {
		const body = '## 客户信息\n甲\n## 客户业绩\n乙\n## 竞争评估\n丙\n## 行动计划\n丁\n';
		expect(earned(healthOf(() => {}, body), 'parts')).toBe(HEALTH_WEIGHTS.parts);
	});

	it('a plan without a body has none of the parts', () => {
		const plan = planInput('acme');
		delete plan.body;
		expect(portfolioOf([plan]).accounts[0]!.health.items.find((i) => i.id === 'parts')!.earned).toBe(0);
	});

	it.each([
		// Items that do not apply are earned, so the score stays out of 100.
		['named without sponsor', (p: PlanFrontmatter) => asTier(p, 'named'), 'sponsor'],
		['non-named without forecast', (p: PlanFrontmatter) => (asTier(p, 'non-named'), delete p.forecast), 'forecast'],
		['mass-market without owner', (p: PlanFrontmatter) => (asTier(p, 'mass-market'), delete p.owner), 'owner'],
		['mass-market without contacts', (p: PlanFrontmatter) => (asTier(p, 'mass-market'), delete p.contacts), 'decider'],
		['no open actions', (p: PlanFrontmatter) => (p.actions = []), 'actions-owned'],
	] as const)('%s: %s not applicable, earned', (_case, change, id) => {
		const health = healthOf(change);
		expect(earned(health, id)).toBe(HEALTH_WEIGHTS[id]);
		expect(health.score).toBe(100);
	});

	describe('structured reasons', () => {
		const itemOf = (health: { items: HealthItem[] }, id: HealthItem['id']) => health.items.find((item) => item.id === id)!;

		it('the base plan: one reason per item, with its values', () => {
			const health = healthOf();
			expect(health.items.map(({ id, reason, params }) => ({ id, reason, params }))).toEqual([
				{ id: 'owner', reason: 'owner-named', params: { owner: 'li-wei' } },
				{ id: 'sponsor', reason: 'sponsor-named', params: { sponsor: 'zhang-min' } },
				{ id: 'parts', reason: 'parts-complete', params: { total: 4 } },
				{ id: 'decider', reason: 'decider-named', params: {} },
				{ id: 'fresh-review', reason: 'review-fresh', params: { last: '2026-10-01', due: '2027-01-01' } },
				{ id: 'actions-owned', reason: 'actions-all-owned', params: { open: 1 } },
				{ id: 'forecast', reason: 'forecast-given', params: { years: 2 } },
				{ id: 'objectives', reason: 'objectives-set', params: { total: 1 } },
			]);
		});

		it.each([
			['no owner', (p: PlanFrontmatter) => delete p.owner, 'owner', { reason: 'owner-missing', params: {} }],
			['no sponsor', (p: PlanFrontmatter) => delete p.sponsor, 'sponsor', { reason: 'sponsor-missing', params: {} }],
			['no decider', (p: PlanFrontmatter) => (p.contacts = [{ name: 'x', role: 'buyer' }]), 'decider', { reason: 'decider-missing', params: { contacts: 1 } }],
			['no contacts', (p: PlanFrontmatter) => delete p.contacts, 'decider', { reason: 'contacts-missing', params: {} }],
			['overdue review', (p: PlanFrontmatter) => (p.review = { last: '2026-01-01' }), 'fresh-review', { reason: 'review-overdue', params: { due: '2026-04-01', daysOverdue: 235 } }],
			['never reviewed', (p: PlanFrontmatter) => delete p.review, 'fresh-review', { reason: 'review-never', params: {} }],
			['no forecast', (p: PlanFrontmatter) => delete p.forecast, 'forecast', { reason: 'forecast-missing', params: {} }],
			['an unowned open action', (p: PlanFrontmatter) => p.actions!.push({ title: 'x', status: 'planned' }), 'actions-owned', { reason: 'actions-unowned', params: { unowned: 1, open: 2 } }],
			['no open actions', (p: PlanFrontmatter) => (p.actions = []), 'actions-owned', { reason: 'actions-none-open', params: {} }],
			['named', (p: PlanFrontmatter) => asTier(p, 'named'), 'sponsor', { reason: 'sponsor-not-needed', params: {} }],
			['non-named', (p: PlanFrontmatter) => asTier(p, 'non-named'), 'forecast', { reason: 'forecast-not-needed', params: {} }],
			['mass-market without owner', (p: PlanFrontmatter) => (asTier(p, 'mass-market'), delete p.owner), 'owner', { reason: 'owner-not-needed', params: {} }],
			['mass-market', (p: PlanFrontmatter) => asTier(p, 'mass-market'), 'decider', { reason: 'decider-not-needed', params: {} }],
			['no objectives', (p: PlanFrontmatter) => delete p.objectives, 'objectives', { reason: 'objectives-none', params: {} }],
			['a missed objective', (p: PlanFrontmatter): void => void (p.objectives![0]!.due = '2026-11-01'), 'objectives', { reason: 'objectives-missed', params: { missed: 1, total: 1 } }],
			['non-named without objectives', (p: PlanFrontmatter) => (asTier(p, 'non-named'), delete p.objectives), 'objectives', { reason: 'objectives-not-needed', params: {} }],
		] as const)('%s: %s says why', (_case, change, id, expected) => {
			expect(itemOf(healthOf(change), id)).toMatchObject(expected);
		});

		it('a missing part is named by its section id, the English detail by its title', () => {
			const body = BASE_BODY.replace('## Competitive assessment\n\nRival Co holds the tunnel projects.\n\n', '');
			const parts = itemOf(healthOf(() => {}, body), 'parts');
			expect(parts).toMatchObject({ reason: 'parts-missing', params: { found: 3, total: 4, missing: ['competition'] } });
			expect(parts.detail).toBe('3 of 4 parts present; missing Competitive assessment');
		});

		it('keeps the English detail for exports', () => {
			const review = itemOf(healthOf((p) => (p.review = { last: '2026-01-01' })), 'fresh-review');
			expect(review.detail).toBe('review overdue since 2026-04-01');
		});
	});
});
