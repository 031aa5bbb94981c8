import { describe, expect, it } from 'vitest';
import { reportPeriod } from '../../../src/lib/engine/progress-report.ts';
import { asTier, planInput, portfolioOf, testPolicy } from './fixtures.ts';

describe('progress report period', () => {
	it.each([
		// [as-of, months, start, end, previous start]
		['2026-11-22', 6, '2026-07-01', '2026-12-31', '2026-01-01'],
		['2026-07-01', 6, '2026-07-01', '2026-12-31', '2026-01-01'],
		['2026-06-30', 6, '2026-01-01', '2026-06-30', '2025-07-01'],
		['2026-01-01', 6, '2026-01-01', '2026-06-30', '2025-07-01'],
		['2026-11-22', 3, '2026-10-01', '2026-12-31', '2026-07-01'],
		['2026-11-22', 12, '2026-01-01', '2026-12-31', '2025-01-01'],
	])('as of %s every %i months: %s to %s, previous from %s', (asOf, months, periodStart, periodEnd, previousPeriodStart) => {
		const period = reportPeriod(asOf, testPolicy({ progressReportEveryMonths: months }));
		expect(period).toEqual({ periodStart, periodEnd, previousPeriodStart, due: periodEnd });
	});
});

describe('progress report on major accounts', () => {
	it('lists each major account, slug order, with its movement in the period', () => {
		const portfolio = portfolioOf([
			planInput('zeta', (p) => {
				p.review = { last: '2026-06-15' }; // before this period (and overdue)
				p.actions = [
					{ title: 'done in period', owner: 'li-wei', due: '2026-08-01', status: 'done' },
					{ title: 'done before', owner: 'li-wei', due: '2026-05-01', status: 'done' },
					{ title: 'late', owner: 'li-wei', due: '2026-09-01', status: 'planned' },
				];
			}),
			planInput('alpha'),
			planInput('named', (p) => asTier(p, 'named')),
		]);
		const report = portfolio.progressReport;
		expect(report.accounts.map((a) => a.slug)).toEqual(['alpha', 'zeta']);
		const [alpha, zeta] = report.accounts;
		const base = planInput('x').frontmatter;
		const lastYear = base.financials!.at(-1)!;
		expect(alpha).toEqual({
			slug: 'alpha',
			name: base.name,
			currency: 'CNY',
			current: base.value.current,
			baselineYear: lastYear.year,
			baselineRevenue: lastYear.revenue,
			revenueChange: base.value.current - lastYear.revenue,
			shareOfWallet: base.value.current / base.value.wallet!,
			shareOfWalletTarget: base.targets!.shareOfWallet,
			actionsDoneInPeriod: 1, // the base plan's done action, due 2026-10-30
			actionsOverdue: 0,
			reviewedInPeriod: true,
			reviewStatus: 'ok',
			objectives: [{ id: 'group-framework', title: base.objectives![0]!.title, progress: expect.closeTo((0.3 - 0.2) / (0.35 - 0.2), 12), status: 'on-track' }],
		});
		expect(zeta).toMatchObject({ actionsDoneInPeriod: 1, actionsOverdue: 1, reviewedInPeriod: false, reviewStatus: 'overdue' });
	});

	it('has no revenue change without actuals', () => {
		const [row] = portfolioOf([planInput('new', (p) => delete p.financials)]).progressReport.accounts;
		expect(row!.revenueChange).toBeUndefined();
		expect(row!.baselineYear).toBeUndefined();
	});
});
