/**
 * What the account team costs against what the account brings: cost to serve
 * from the actuals, the plan year's budget and its share of that year's
 * forecast revenue.
 */
import type { FinancialYear, ForecastYear } from '../../../schemas/financials.ts';
import type { BudgetLine } from '../../../schemas/resources.ts';
import { parseDate } from './dates.ts';

/** One actual year's cost to serve: cost / revenue. */
export interface CostYear {
	year: number;
	cost: number;
	revenue: number;
	/** cost / revenue. */
	ratio: number;
}

/** Every actual year with revenue > 0 and a cost, oldest first: cost to serve over the years. */
export function costToServeYears(financials: readonly FinancialYear[] | undefined): CostYear[] {
	return (financials ?? [])
		.filter((row): row is FinancialYear & { cost: number } => row.revenue > 0 && row.cost !== undefined)
		.map((row) => ({ year: row.year, cost: row.cost, revenue: row.revenue, ratio: row.cost / row.revenue }))
		.sort((a, b) => a.year - b.year);
}

/** Cost to serve: cost / revenue of the latest actual year with revenue > 0 and a cost; null otherwise. */
export function costToServe(financials: readonly FinancialYear[] | undefined): number | null {
	return costToServeYears(financials).at(-1)?.ratio ?? null;
}

/** The plan year: the year of `planPeriod.start`, else of the as-of date. */
export function planYear(planPeriod: { start: string } | undefined, asOf: string): number {
	return parseDate(planPeriod?.start ?? asOf).year;
}

/** The plan year's budget and its share of that year's forecast revenue (`computed.budget`). */
export interface PlanYearBudget {
	year: number;
	/** Sum of the budget amounts for the year (0 without any). */
	total: number;
	/** total / the forecast revenue of the year; null without that year's forecast (or when it is 0). */
	share: number | null;
}

export function planYearBudget(budget: readonly BudgetLine[] | undefined, forecast: readonly ForecastYear[] | undefined, year: number): PlanYearBudget {
	const total = (budget ?? []).filter((line) => line.year === year).reduce((sum, line) => sum + line.amount, 0);
	const revenue = (forecast ?? []).find((row) => row.year === year)?.revenue;
	return { year, total, share: revenue === undefined || revenue === 0 ? null : total / revenue };
}

/** The budget share is above the policy's `maxCostToServe` (never without either). */
export function budgetAboveMax(budget: PlanYearBudget, maxCostToServe: number | undefined): boolean {
	return maxCostToServe !== undefined && budget.share !== null && budget.share > maxCostToServe;
}
