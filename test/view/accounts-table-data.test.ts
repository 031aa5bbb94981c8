/**
 * The accounts page's data file: one compact row per account in the table's
 * default order, whose cells sort exactly as the HTML table's do, with the
 * labels of the portal's language.
 */
import { describe, expect, it } from 'vitest';
import { createUi } from '../../src/i18n/index.ts';
import { ACCOUNT_COLUMNS, defaultOrder, filterValues, sortKey } from '../../src/view/accounts.ts';
import { ACCOUNTS_PAGE_SIZE, accountsPageCount, accountsTableData } from '../../src/view/accounts-table-data.ts';
import { personName } from '../../src/view/people.ts';
import { planInput, portfolioOf } from '../lib/engine/fixtures.ts';

const portfolio = portfolioOf([
	planInput('acme'),
	planInput('beta', (p) => {
		p.owner = 'wang-fang';
		p.value.current = 9_000_000;
	}),
	planInput('gamma', (p) => {
		delete p.owner;
		delete p.sponsor;
		p.tier = 'mass-market';
		delete p.targets;
	}),
]);

describe('accountsTableData', () => {
	const data = accountsTableData(portfolio, createUi('en'));

	it('has a row per account, in the HTML table’s default order', () => {
		expect(data.rows.map((row) => row[0])).toEqual(defaultOrder(portfolio.accounts).map((a) => a.slug));
	});

	it('carries each column’s sort key as the HTML table computes it', () => {
		for (const row of data.rows) {
			const account = portfolio.bySlug.get(row[0])!;
			const owner = account.frontmatter.owner ? personName(portfolio.people, account.frontmatter.owner) : '';
			expect(row.slice(1, ACCOUNT_COLUMNS.length + 1)).toEqual(ACCOUNT_COLUMNS.map((column) => sortKey(account, column, owner)));
		}
	});

	it('ends each row with the owner’s id, currency, share target, review status, and region and industry filter values', () => {
		const gamma = data.rows.find((row) => row[0] === 'gamma')!;
		const account = portfolio.bySlug.get('gamma')!;
		const { region, industry } = filterValues(account);
		expect(gamma.slice(ACCOUNT_COLUMNS.length + 1)).toEqual(['', account.currency, -1, account.review.status, region, industry]);
		const beta = data.rows.find((row) => row[0] === 'beta')!;
		expect(beta[ACCOUNT_COLUMNS.length + 1]).toBe('wang-fang');
	});

	it('labels the closed lists in the portal’s language, in rank order', () => {
		expect(Object.keys(data.labels.tier)).toEqual(['major', 'named', 'non-named', 'mass-market']);
		expect(accountsTableData(portfolio, createUi('zh-CN')).labels.tier.major).toBe('重要客户');
	});
});

describe('accountsPageCount', () => {
	it.each([
		[0, 1],
		[1, 1],
		[ACCOUNTS_PAGE_SIZE, 1],
		[ACCOUNTS_PAGE_SIZE + 1, 2],
		[10_000, Math.ceil(10_000 / ACCOUNTS_PAGE_SIZE)],
	])('%i accounts make %i pages', (accounts, pages) => {
		expect(accountsPageCount(accounts)).toBe(pages);
	});
});
