import type { Policy } from '../../../schemas/policy.ts';
import type { Tier } from '../../../schemas/enums.ts';
import { addMonths, endOfPeriod, isWithin, startOfPeriod } from './dates.ts';
import { latestActual } from './financials.ts';
import type { AccountView, ProgressReport } from './types.ts';
import { compareText } from '../compare.ts';

/**
 * The report period holding the as-of date: `progressReportEveryMonths` long,
 * counted from January (6 months: 1 Jan-30 Jun and 1 Jul-31 Dec). The report is
 * due on the period's last day.
 */
export function reportPeriod(asOf: string, policy: Policy): { periodStart: string; periodEnd: string; previousPeriodStart: string; due: string } {
	const months = policy.progressReportEveryMonths;
	const periodStart = startOfPeriod(asOf, months);
	const periodEnd = endOfPeriod(asOf, months);
	return { periodStart, periodEnd, previousPeriodStart: addMonths(periodStart, -months), due: periodEnd };
}

/** The accounts the progress report covers: the major ones (lost ones included). */
export function inProgressReport(tier: Tier): boolean {
	return tier === 'major';
}

/**
 * The next progress report on the major accounts (lost ones included: their
 * win-back is reported too), slug ascending, each with its movement since the
 * previous period: current value against the last actual year, reviews and
 * actions done within this period, and where it stands now.
 */
export function progressReport(accounts: readonly AccountView[], asOf: string, policy: Policy): ProgressReport {
	const period = reportPeriod(asOf, policy);
	const inPeriod = (date: string | undefined) => date !== undefined && isWithin(date, period.periodStart, period.periodEnd);
	const majors = accounts.filter((a) => inProgressReport(a.tier)).sort((a, b) => compareText(a.slug, b.slug));
	return {
		...period,
		accounts: majors.map((account) => {
			const baseline = latestActual(account.frontmatter.financials);
			const row: ProgressReport['accounts'][number] = {
				slug: account.slug,
				name: account.name,
				currency: account.currency,
				current: account.frontmatter.value.current,
				actionsDoneInPeriod: account.actions.filter((a) => a.status === 'done' && inPeriod(a.due)).length,
				actionsOverdue: account.overdueActions,
				reviewedInPeriod: inPeriod(account.review.last),
				reviewStatus: account.review.status,
				objectives: account.objectives.map((view, index) => ({ id: view.id, title: account.frontmatter.objectives![index]!.title, progress: view.progress, status: view.status })),
			};
			if (baseline) {
				row.baselineYear = baseline.year;
				row.baselineRevenue = baseline.revenue;
				row.revenueChange = account.frontmatter.value.current - baseline.revenue;
			}
			if (account.shareOfWallet !== undefined) row.shareOfWallet = account.shareOfWallet;
			if (account.shareOfWalletTarget !== undefined) row.shareOfWalletTarget = account.shareOfWalletTarget;
			return row;
		}),
	};
}
