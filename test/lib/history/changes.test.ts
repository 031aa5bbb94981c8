import { beforeEach, describe, expect, it } from 'vitest';
import type { PlanFrontmatter } from '../../../schemas/plan.ts';
import { createUi } from '../../../src/i18n/index.ts';
import { planChanges } from '../../../src/lib/history/changes.ts';
import { describeChange } from '../../../src/view/history.ts';
import { validPlan } from '../../helpers/content-fixture.ts';
import { testPolicy } from '../engine/fixtures.ts';

const people = [
	{ id: 'li-wei', name: 'Li Wei' },
	{ id: 'zhang-min', name: '张敏' },
];

describe('planChanges', () => {
	let before: PlanFrontmatter;
	let after: PlanFrontmatter;
	beforeEach(() => {
		before = validPlan() as PlanFrontmatter;
		after = structuredClone(before);
	});

	it('finds nothing when only the review date moved', () => {
		after.review = { last: '2026-12-01' };
		expect(planChanges(before, after)).toEqual([]);
	});

	it('reports a tier change', () => {
		before.tier = 'named';
		expect(planChanges(before, after)).toEqual([{ kind: 'scalar', field: 'tier', from: 'named', to: 'major' }]);
	});

	it('reports an amount with its relative change', () => {
		after.value = { ...after.value, potential: 30_000_000 };
		expect(planChanges(before, after)).toEqual([{ kind: 'amount', field: 'value.potential', from: 25_000_000, to: 30_000_000, change: 0.2 }]);
	});

	it('reports a share target without a relative change', () => {
		after.targets = { shareOfWallet: 0.4 };
		expect(planChanges(before, after)).toEqual([{ kind: 'amount', field: 'targets.shareOfWallet', from: 0.35, to: 0.4 }]);
	});

	it('counts actions closed (done or dropped) separately from other action edits', () => {
		before.actions = [
			{ title: 'A', status: 'planned' },
			{ title: 'B', status: 'in-progress' },
			{ title: 'C', status: 'done' },
		];
		after.actions = [
			{ title: 'A', status: 'done' },
			{ title: 'B', status: 'dropped', due: '2026-12-01' },
			{ title: 'C', status: 'done' },
			{ title: 'D', status: 'planned' },
		];
		expect(planChanges(before, after)).toEqual([
			{ kind: 'actions-closed', titles: ['A', 'B'] },
			{ kind: 'list', field: 'actions', added: ['D'], removed: [], changed: ['B'] },
		]);
	});

	it('reports new and removed contacts by name', () => {
		after.contacts = [{ name: 'Qian Xiaohong', role: 'buyer' }];
		expect(planChanges(before, after)).toEqual([{ kind: 'list', field: 'contacts', added: ['Qian Xiaohong'], removed: ['Zhao Lei'], changed: [] }]);
	});

	describe('with the policy’s vocabularies', () => {
		const policy = testPolicy({
			regions: [
				{ id: 'east-china', name: 'East China', aliases: ['华东'] },
				{ id: 'south-china', name: 'South China', aliases: ['华南'] },
			],
			productLines: [{ id: 'rental', name: 'Rental fleet', aliases: ['租赁'] }],
			tags: ['strategic'],
		});

		it('finds no change when a region is spelled another way (`华东` → `East China`)', () => {
			before.region = '华东';
			after.region = 'east-china';
			expect(planChanges(before, after, policy)).toEqual([]);
		});

		it('reports a region change in the entries’ names', () => {
			before.region = '华南';
			after.region = '华东';
			expect(planChanges(before, after, policy)).toEqual([{ kind: 'scalar', field: 'region', from: 'South China', to: 'East China' }]);
		});

		it('still compares free text as written without a vocabulary', () => {
			before.region = '华东';
			after.region = 'East China';
			expect(planChanges(before, after)).toEqual([{ kind: 'scalar', field: 'region', from: '华东', to: 'East China' }]);
		});

		it('compares tags and product lines by entry, and names a changed line', () => {
			before.tags = ['STRATEGIC'];
			after.tags = ['strategic'];
			before.products = [{ line: '租赁', current: 0, wallet: 100 }];
			after.products = [{ line: 'rental', current: 50, wallet: 100 }];
			expect(planChanges(before, after, policy)).toEqual([{ kind: 'list', field: 'products', added: [], removed: [], changed: ['Rental fleet'] }]);
		});
	});

	it('reports objectives added and removed by title', () => {
		const objective = { id: 'share', title: 'Grow share', unit: 'share', baseline: 0.2, target: 0.4, current: 0.25, due: '2027-06-30' } as const;
		before.objectives = [objective];
		after.objectives = [{ ...objective, id: 'margin', title: 'Lift margin' }];
		expect(planChanges(before, after)).toEqual([{ kind: 'list', field: 'objectives', added: ['Lift margin'], removed: ['Grow share'], changed: [] }]);
	});

	it('reports a category change and a new lost block', () => {
		after.category = 'lost';
		after.lost = { date: '2026-10-01', reason: 'Price' };
		expect(planChanges(before, after)).toEqual([
			{ kind: 'scalar', field: 'category', from: 'key', to: 'lost' },
			{ kind: 'scalar', field: 'lost', to: '2026-10-01' },
		]);
	});
});

describe('describeChange', () => {
	const en = { ui: createUi('en'), people, currency: 'CNY' };
	const zh = { ui: createUi('zh-CN'), people, currency: 'CNY' };

	it('words tiers, amounts and closed actions in English', () => {
		expect(describeChange({ kind: 'scalar', field: 'tier', from: 'named', to: 'major' }, en)).toBe('Tier: Named → Major');
		expect(describeChange({ kind: 'amount', field: 'value.potential', from: 5_000_000, to: 6_000_000, change: 0.2 }, en)).toBe('Potential value: CN¥5,000,000 → CN¥6,000,000 (+20%)');
		expect(describeChange({ kind: 'actions-closed', titles: ['A', 'B', 'C'] }, en)).toBe('3 actions closed: A, B, C');
		expect(describeChange({ kind: 'scalar', field: 'sponsor', to: 'zhang-min' }, en)).toBe('Executive sponsor: 张敏 (new)');
		expect(describeChange({ kind: 'list', field: 'contacts', added: ['Qian'], removed: ['Zhao'], changed: [] }, en)).toBe('Contacts: added Qian; removed Zhao');
	});

	it('words them in Chinese', () => {
		expect(describeChange({ kind: 'scalar', field: 'tier', from: 'named', to: 'major' }, zh)).toBe('客户分级：命名客户 → 重要客户');
		expect(describeChange({ kind: 'list', field: 'team', added: ['li-wei'], removed: [], changed: [] }, zh)).toBe('客户团队：新增 Li Wei');
	});
});
