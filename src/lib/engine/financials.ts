import type { FinancialYear, ForecastYear } from '../../../schemas/financials.ts';
import type { YearFigure } from './types.ts';

type YearRow = FinancialYear | ForecastYear;

/** Growth from `previous` to `revenue` as a fraction; absent on a zero base. */
export function growth(previous: number | undefined, revenue: number): number | undefined {
	if (previous === undefined || previous === 0) return undefined;
	return (revenue - previous) / previous;
}

/** contribution - cost, when both are given. */
export function profit(row: Pick<YearRow, 'contribution' | 'cost'>): number | undefined {
	return row.contribution !== undefined && row.cost !== undefined ? row.contribution - row.cost : undefined;
}

function byYear(rows: readonly YearRow[] | undefined): YearRow[] {
	return [...(rows ?? [])].sort((a, b) => a.year - b.year);
}

function figure(row: YearRow, previousRevenue: number | undefined): YearFigure {
	const result: YearFigure = { year: row.year, revenue: row.revenue };
	const change = growth(previousRevenue, row.revenue);
	if (change !== undefined) result.growth = change;
	const earned = profit(row);
	if (earned !== undefined) result.profit = earned;
	return result;
}

/** Actual years, oldest first, each with growth over the previous listed year and profit. */
export function actualFigures(financials: readonly FinancialYear[] | undefined): YearFigure[] {
	const rows = byYear(financials);
	return rows.map((row, index) => figure(row, index > 0 ? rows[index - 1]!.revenue : undefined));
}

/**
 * Forecast years, oldest first. Growth is over the previous year listed in
 * either list, so the first forecast year is compared with the last actual one
 * (an actual beats a forecast for the same year).
 */
export function forecastFigures(forecast: readonly ForecastYear[] | undefined, financials: readonly FinancialYear[] | undefined): YearFigure[] {
	const actuals = byYear(financials);
	const rows = byYear(forecast);
	return rows.map((row, index) => {
		const previousForecast = index > 0 ? rows[index - 1] : undefined;
		const previousActual = actuals.filter((a) => a.year < row.year).at(-1);
		const previous =
			previousActual && (!previousForecast || previousActual.year >= previousForecast.year) ? previousActual : previousForecast;
		return figure(row, previous?.revenue);
	});
}

/** The most recent actual year, if any. */
export function latestActual(financials: readonly FinancialYear[] | undefined): FinancialYear | undefined {
	return byYear(financials).at(-1);
}
