/**
 * The whitespace map's data file: one compact row per account with product
 * lines, in the map's order, whose cells read and sort exactly as the HTML
 * map's do.
 */
import { describe, expect, it } from 'vitest';
import { createUi } from '../../src/i18n/index.ts';
import { sortKey } from '../../src/view/accounts.ts';
import { whitespaceRows } from '../../src/view/whitespace.ts';
import { CELL_KINDS, WHITESPACE_PAGE_SIZE, whitespacePageCount, whitespaceTableData } from '../../src/view/whitespace-table-data.ts';
import { planInput, portfolioOf, testPolicy } from '../lib/engine/fixtures.ts';

const policy = testPolicy({
	regions: [{ id: 'east-china', name: 'East China', aliases: ['华东'] }],
	productLines: [
		{ id: 'modular-housing', name: 'Modular site housing' },
		{ id: 'site-services', name: 'Site services' },
		{ id: 'rental', name: 'Rental fleet' },
	],
});
const portfolio = portfolioOf(
	[
		planInput('small-gap', (p) => {
			p.products = [{ line: 'rental', current: 0, wallet: 100_000 }];
		}),
		planInput('big-gap', (p) => {
			p.region = '华东';
			p.owner = 'wang-fang';
			p.products = [
				{ line: 'modular-housing', current: 0, wallet: 5_000_000 },
				{ line: 'site-services', current: 300_000, wallet: 1_000_000 },
				{ line: 'rental', current: 0, wallet: 0 },
			];
		}),
		planInput('no-lines'),
	],
	{ policy },
);
const ui = createUi('en');
const data = whitespaceTableData(portfolio, ui);

describe('whitespaceTableData', () => {
	it('has a row per account with product lines, the most wallet at stake first', () => {
		expect(data.rows.map((row) => row[0])).toEqual(['big-gap', 'small-gap']);
	});

	it('gives each cell the kind, text and sort key of the HTML map’s cell, and the shade of a share', () => {
		const html = whitespaceRows(portfolio.accounts, portfolio, ui);
		for (const [i, row] of data.rows.entries()) {
			expect(row[9].map(([kind, text, key]) => [data.kinds[kind], text, key])).toEqual(html[i]!.cells.map((cell) => [cell.kind, cell.text, cell.sortKey]));
		}
		const [housing, services, rental] = data.rows[0]![9];
		expect([housing![0], services![0], rental![0]].map((kind) => CELL_KINDS[kind])).toEqual(['whitespace', 'share', 'no-wallet']);
		expect(services![3]).toBe(2);
	});

	it('carries what the row filters and sorts by: tier rank, owner id and name, region id and name, the wallet at stake', () => {
		const bigGap = portfolio.bySlug.get('big-gap')!;
		const [, name, tier, owner, ownerName, region, regionName, whitespace, whitespaceText] = data.rows[0]!;
		expect([name, tier, owner, region, regionName, whitespace]).toEqual([bigGap.name, sortKey(bigGap, 'tier', ''), 'wang-fang', 'east-china', 'East China', 5_000_000]);
		expect(ownerName).not.toBe('');
		expect(whitespaceText).toBe(ui.fmt.money(5_000_000, bigGap.currency));
		expect(data.lines).toEqual(['modular-housing', 'site-services', 'rental']);
	});
});

describe('whitespacePageCount', () => {
	it.each([
		[0, 1],
		[WHITESPACE_PAGE_SIZE, 1],
		[WHITESPACE_PAGE_SIZE + 1, 2],
		[10_000, 50],
	])('%i rows make %i pages', (rows, pages) => {
		expect(whitespacePageCount(rows)).toBe(pages);
	});
});
