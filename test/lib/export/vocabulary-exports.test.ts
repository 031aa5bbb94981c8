import { describe, expect, it } from 'vitest';
import { buildAccountsCsv, CSV_COLUMNS } from '../../../src/lib/export/accounts-csv.ts';
import { buildAccountsJson } from '../../../src/lib/export/accounts-json.ts';
import { planInput, portfolioOf, testPolicy } from '../engine/fixtures.ts';

const policy = testPolicy({
	regions: [{ id: 'east-china', name: 'East China', aliases: ['华东'] }],
	industries: [{ id: 'construction', name: 'Construction', aliases: ['建筑施工'] }],
	productLines: [
		{ id: 'modular-housing', name: 'Modular site housing', aliases: ['活动板房'] },
		{ id: 'site-services', name: 'Site services' },
	],
});

function portfolio() {
	return portfolioOf(
		[
			planInput('acme', (p) => {
				p.region = '华东';
				p.industry = '建筑施工';
				p.products = [
					{ line: '活动板房', current: 6_000_000, wallet: 12_000_000 },
					{ line: 'site-services', current: 0, wallet: 0 },
				];
			}),
		],
		{ policy },
	);
}

describe('exports of vocabulary fields and products', () => {
	it('accounts.csv carries the region and industry id and name', () => {
		const [header, row] = buildAccountsCsv(portfolio()).replace('\uFEFF', '').split('\r\n');
		const cells = Object.fromEntries(header!.split(',').map((name, i) => [name, row!.split(',')[i]]));
		expect(CSV_COLUMNS).toEqual(expect.arrayContaining(['region', 'regionName', 'industry', 'industryName']));
		expect(cells).toMatchObject({ region: 'east-china', regionName: 'East China', industry: 'construction', industryName: 'Construction' });
	});

	it('accounts.json carries the terms and computed.products by line id, share null without a wallet', () => {
		const json = JSON.parse(buildAccountsJson(portfolio()));
		const computed = json.accounts[0].computed;
		expect(computed.region).toEqual({ id: 'east-china', name: 'East China' });
		expect(computed.industry).toEqual({ id: 'construction', name: 'Construction' });
		expect(computed.products).toEqual([
			{ line: 'modular-housing', name: 'Modular site housing', current: 6_000_000, wallet: 12_000_000, share: 6_000_000 / 12_000_000, whitespace: false },
			{ line: 'site-services', name: 'Site services', current: 0, wallet: 0, share: null, whitespace: false },
		]);
		expect(json.rollups.region).toMatchObject([{ key: 'east-china', name: 'East China', count: 1 }]);
	});
});
