import { describe, expect, it } from 'vitest';
import type { PlanFrontmatter } from '../../../schemas/plan.ts';
import { planInput, portfolioOf, testPolicy } from './fixtures.ts';

const POLICY = testPolicy({
	regions: [
		{ id: 'east-china', name: 'East China', aliases: ['华东'] },
		{ id: 'south-china', name: 'South China', aliases: ['华南'] },
	],
	industries: [{ id: 'construction', name: 'Construction', aliases: ['建筑施工'] }],
	productLines: [
		{ id: 'modular-housing', name: 'Modular site housing', aliases: ['活动板房'] },
		{ id: 'site-services', name: 'Site services' },
		{ id: 'rental', name: 'Rental fleet' },
	],
	tags: ['premium', 'strategic'],
});

describe('vocabularies in the engine', () => {
	it('rolls East China and 华东 up as one region, keyed by id and named by name', () => {
		const { rollups, bySlug } = portfolioOf(
			[planInput('a', (p) => (p.region = 'East China')), planInput('b', (p) => (p.region = '华东')), planInput('c', (p) => (p.region = 'south-china'))],
			{ policy: POLICY },
		);
		expect(rollups.region.map((r) => [r.key, r.name, r.count])).toEqual([
			['east-china', 'East China', 2],
			['south-china', 'South China', 1],
		]);
		expect(bySlug.get('b')!.region).toEqual({ id: 'east-china', name: 'East China' });
	});

	it('keeps free text as both id and name without a vocabulary', () => {
		const { rollups } = portfolioOf([planInput('a', (p) => (p.region = 'East China')), planInput('b', (p) => (p.region = '华东'))]);
		expect(rollups.region.map((r) => [r.key, r.name])).toEqual([
			['East China', 'East China'],
			['华东', '华东'],
		]);
	});

	it('resolves industry and tags in any case', () => {
		const account = portfolioOf([planInput('a', (p) => ((p.industry = '建筑施工'), (p.tags = ['PREMIUM', 'Strategic'])))], { policy: POLICY }).accounts[0]!;
		expect(account.industry).toEqual({ id: 'construction', name: 'Construction' });
		expect(account.tags).toEqual([
			{ id: 'premium', name: 'premium' },
			{ id: 'strategic', name: 'strategic' },
		]);
	});
});

type Lines = NonNullable<PlanFrontmatter['products']>;

describe('whitespace', () => {
	const lines: Lines = [
		{ line: '活动板房', current: 4_000_000, wallet: 10_000_000 },
		{ line: 'site-services', current: 0, wallet: 3_000_000 },
		{ line: 'Rental fleet', current: 0, wallet: 0 },
	];

	it.each([
		{ line: 'modular-housing', current: 4_000_000, wallet: 10_000_000, share: 4_000_000 / 10_000_000, whitespace: false },
		{ line: 'site-services', current: 0, wallet: 3_000_000, share: 0, whitespace: true },
		{ line: 'rental', current: 0, wallet: 0, share: null, whitespace: false },
	])('computes share and whitespace of $line', (expected) => {
		const account = portfolioOf([planInput('a', (p) => (p.products = lines))], { policy: POLICY }).accounts[0]!;
		expect(account.products.find((p) => p.line === expected.line)).toMatchObject(expected);
	});

	it('sums the wallet at stake on whitespace lines', () => {
		const account = portfolioOf([planInput('a', (p) => (p.products = lines))], { policy: POLICY }).accounts[0]!;
		expect(account.whitespaceWallet).toBe(3_000_000);
	});

	it('rolls up by product line per currency: current, wallet, share and the whitespace count', () => {
		const { total, rollups } = portfolioOf(
			[
				planInput('a', (p) => (p.products = lines)),
				planInput('b', (p) => {
					p.owner = 'wang-fang';
					p.products = [
						{ line: 'modular-housing', current: 0, wallet: 6_000_000 },
						{ line: 'site-services', current: 1_000_000, wallet: 2_000_000 },
					];
				}),
				planInput('c', (p) => {
					p.currency = 'USD';
					p.products = [{ line: 'modular-housing', current: 0, wallet: 500_000 }];
				}),
			],
			{ policy: POLICY },
		);
		const housing = total.products.find((r) => r.line === 'modular-housing')!;
		expect(housing).toMatchObject({
			name: 'Modular site housing',
			accounts: 3,
			current: { CNY: 4_000_000, USD: 0 },
			wallet: { CNY: 16_000_000, USD: 500_000 },
			share: { CNY: 4_000_000 / 16_000_000, USD: 0 },
			whitespace: 2,
			whitespaceWallet: { CNY: 6_000_000, USD: 500_000 },
		});
		const services = total.products.find((r) => r.line === 'site-services')!;
		expect(services).toMatchObject({ current: { CNY: 1_000_000 }, wallet: { CNY: 5_000_000 }, share: { CNY: 1_000_000 / 5_000_000 }, whitespace: 1 });
		// The rental line: listed by one account, with no wallet, so no share and no whitespace.
		expect(total.products.find((r) => r.line === 'rental')).toMatchObject({ accounts: 1, share: {}, whitespace: 0 });
		expect(total.products.map((r) => r.line)).toEqual(['modular-housing', 'site-services', 'rental']);

		const owner = rollups.owner.find((r) => r.key === 'wang-fang')!;
		expect(owner.products.find((r) => r.line === 'modular-housing')).toMatchObject({ accounts: 1, whitespace: 1, wallet: { CNY: 6_000_000 } });
		const major = rollups.tier.find((r) => r.key === 'major')!;
		expect(major.products.find((r) => r.line === 'site-services')!.whitespace).toBe(1);
	});

	it('rolls a group up with its descendants', () => {
		const { rollups } = portfolioOf(
			[
				planInput('parent', (p) => (p.products = [{ line: 'site-services', current: 0, wallet: 1_000_000 }])),
				planInput('child', (p) => {
					p.parent = 'parent';
					p.products = [{ line: 'site-services', current: 0, wallet: 2_000_000 }];
				}),
			],
			{ policy: POLICY },
		);
		const group = rollups.group.find((r) => r.key === 'parent')!;
		expect(group.products.find((r) => r.line === 'site-services')).toMatchObject({ whitespace: 2, whitespaceWallet: { CNY: 3_000_000 } });
	});

	it('has no product-line rollups without policy product lines', () => {
		expect(portfolioOf([planInput('a')]).total.products).toEqual([]);
	});
});
