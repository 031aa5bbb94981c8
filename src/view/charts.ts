/**
 * Chart specs and their data tables, shaped from what the engine computed.
 * Pure presentation: no domain rule lives here, only which numbers go where.
 */
import { TIERS, type Tier } from '../../schemas/enums.ts';
import type { Ui } from '../i18n/index.ts';
import type { AccountView, MoneyByCurrency, Portfolio, Quadrant, Rollup, ScheduleEntry } from '../lib/engine/types.ts';
import type { BarSpec, PyramidSpec, ScatterPoint, ScatterSpec } from '../scripts/charts/spec.ts';
import { compareText } from '../lib/compare.ts';
import { monthAfter } from '../lib/engine/dates.ts';
import type { TableModel } from './table.ts';

/** Tier colours for charts: 3:1 or more against white (WCAG 1.4.11). */
export const TIER_COLOURS: Record<Tier, string> = {
	major: '#6a2c9b',
	named: '#1d64b5',
	'non-named': '#23804f',
	'mass-market': '#66717d',
};

/** Point shapes per tier, so the scatter does not rely on colour alone. */
const TIER_SHAPES: Record<Tier, ScatterSpec['datasets'][number]['pointStyle']> = {
	major: 'rectRot',
	named: 'triangle',
	'non-named': 'circle',
	'mass-market': 'rect',
};

export interface ChartView<S> {
	spec: S;
	table: TableModel;
}

function rollupOfTier(portfolio: Portfolio, tier: Tier): Rollup | undefined {
	return portfolio.rollups.tier.find((rollup) => rollup.key === tier);
}

/** Accounts per tier, top of the pyramid first. */
export function tierPyramid(portfolio: Portfolio, ui: Ui): ChartView<PyramidSpec> {
	const counts = TIERS.map((tier) => rollupOfTier(portfolio, tier)?.count ?? 0);
	return {
		spec: {
			type: 'pyramid',
			locale: ui.locale,
			labels: TIERS.map((tier) => ui.t(`tier.${tier}`)),
			values: counts,
			colors: TIERS.map((tier) => TIER_COLOURS[tier]),
			valueTitle: ui.t('chart.axis.count'),
		},
		table: {
			columns: [{ label: ui.t('col.tier') }, { label: ui.t('col.count'), numeric: true }],
			rows: TIERS.map((tier, i) => [{ text: ui.t(`tier.${tier}`), href: `/tiers/${tier}/` }, ui.fmt.number(counts[i]!)]),
		},
	};
}

/**
 * Current against potential value, one dot per account in the policy currency
 * (amounts in other currencies are not comparable on one axis; the table lists
 * every account).
 */
export function valueQuadrant(portfolio: Portfolio, ui: Ui): ChartView<ScatterSpec> {
	const { policy } = portfolio;
	const currency = policy.currency;
	const inCurrency = portfolio.accounts.filter((account) => account.currency === currency);
	// Thousands of dots say no more than a few thousand, and each one is page weight: plot the most potential.
	const plotted =
		inCurrency.length <= QUADRANT_MAX_DOTS
			? inCurrency
			: [...inCurrency].sort((a, b) => b.frontmatter.value.potential - a.frontmatter.value.potential || compareText(a.slug, b.slug)).slice(0, QUADRANT_MAX_DOTS);
	let smallest: number = policy.quadrant.currentHigh;
	for (const account of plotted) {
		for (const value of [account.frontmatter.value.current, account.frontmatter.value.potential]) if (value > 0 && value < smallest) smallest = value;
	}
	const datasets = TIERS.map((tier) => ({
		label: ui.t(`tier.${tier}`),
		color: TIER_COLOURS[tier],
		pointStyle: TIER_SHAPES[tier],
		points: plotted
			.filter((account) => account.tier === tier)
			.map((account): ScatterPoint => [account.frontmatter.value.current, account.frontmatter.value.potential, account.name, account.slug]),
	})).filter((dataset) => dataset.points.length > 0);
	return {
		spec: {
			type: 'scatter',
			locale: ui.locale,
			currency,
			datasets,
			// A log axis cannot show 0: such values sit below the smallest one; the tooltip and table give the real value.
			floor: Math.max(1, smallest / 4),
			xTitle: ui.t('chart.axis.current'),
			yTitle: ui.t('chart.axis.potential'),
			thresholds: { x: policy.quadrant.currentHigh, y: policy.quadrant.potentialHigh },
			quadrantLabels: [
				ui.t('quadrant.low-current-high-potential'),
				ui.t('quadrant.high-current-high-potential'),
				ui.t('quadrant.low-current-low-potential'),
				ui.t('quadrant.high-current-low-potential'),
			],
		},
		table: portfolio.accounts.length <= QUADRANT_TABLE_MAX_ACCOUNTS ? quadrantAccountsTable(portfolio, ui) : quadrantCountsTable(portfolio, ui),
	};
}

/** Up to this many accounts, the quadrant's table lists each account; above, it counts them per quadrant and tier. */
export const QUADRANT_TABLE_MAX_ACCOUNTS = 200;

/** The most dots the quadrant draws (those with the highest potential). */
export const QUADRANT_MAX_DOTS = 2000;

/** How many accounts the quadrant leaves out, so the page can say so. */
export function quadrantOmitted(portfolio: Portfolio): number {
	const inCurrency = portfolio.accounts.filter((account) => account.currency === portfolio.policy.currency).length;
	return Math.max(0, inCurrency - QUADRANT_MAX_DOTS);
}

function quadrantAccountsTable(portfolio: Portfolio, ui: Ui): TableModel {
	const ordered = [...portfolio.accounts].sort(
		(a, b) => TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier) || b.frontmatter.value.potential - a.frontmatter.value.potential || compareText(a.name, b.name),
	);
	return {
		columns: [
			{ label: ui.t('col.account') },
			{ label: ui.t('col.tier') },
			{ label: ui.t('col.quadrant') },
			{ label: ui.t('col.current'), numeric: true },
			{ label: ui.t('col.potential'), numeric: true },
		],
		rows: ordered.map((account) => [
			{ text: account.name, href: `/accounts/${account.slug}/` },
			ui.t(`tier.${account.tier}`),
			ui.t(`quadrant.${account.quadrant}`),
			ui.fmt.money(account.frontmatter.value.current, account.currency),
			ui.fmt.money(account.frontmatter.value.potential, account.currency),
		]),
	};
}

/** A large portfolio: accounts per quadrant and tier, each quadrant linking to its filtered accounts table. */
function quadrantCountsTable(portfolio: Portfolio, ui: Ui): TableModel {
	return {
		columns: [{ label: ui.t('col.quadrant') }, ...TIERS.map((tier) => ({ label: ui.t(`tier.${tier}`), numeric: true })), { label: ui.t('common.total'), numeric: true }],
		rows: portfolio.rollups.quadrant.map((rollup) => {
			const members = rollup.slugs.map((slug) => portfolio.bySlug.get(slug)!);
			return [
				{ text: ui.t(`quadrant.${rollup.key as Quadrant}`), href: `/accounts/?quadrant=${rollup.key}` },
				...TIERS.map((tier) => ui.fmt.number(members.filter((account) => account.tier === tier).length)),
				ui.fmt.number(rollup.count),
			];
		}),
	};
}

function forecastYears(rollups: readonly Rollup[], asOf: string): number[] {
	const from = Number(asOf.slice(0, 4));
	const years = new Set<number>();
	for (const rollup of rollups) for (const year of Object.keys(rollup.forecastByYear)) if (Number(year) >= from) years.add(Number(year));
	return [...years].sort((a, b) => a - b).slice(0, 5);
}

/**
 * Revenue of the last 12 months and the forecast years, stacked by tier: one
 * chart per currency, or one in the policy currency when the engine converted
 * every amount. Never adds across currencies.
 */
export function forecastByTier(portfolio: Portfolio, ui: Ui): (ChartView<BarSpec> & { currency: string })[] {
	const tierRollups = TIERS.map((tier) => rollupOfTier(portfolio, tier)).filter((r): r is Rollup => r !== undefined);
	const years = forecastYears(tierRollups, portfolio.asOf);
	const labels = [ui.t('common.lastTwelveMonths'), ...years.map(String)];
	type Pick = (rollup: Rollup) => { current: number; byYear: (year: number) => number };
	const build = (currency: string, pick: Pick): ChartView<BarSpec> & { currency: string } => {
		const rows = tierRollups.map((rollup) => {
			const values = pick(rollup);
			return { tier: rollup.key as Tier, data: [values.current, ...years.map(values.byYear)] };
		});
		const shown = rows.filter((row) => row.data.some((value) => value > 0));
		const total = pick(portfolio.total);
		const totals = [total.current, ...years.map(total.byYear)];
		return {
			currency,
			spec: {
				type: 'bar',
				locale: ui.locale,
				labels,
				stacked: true,
				format: { kind: 'money', currency },
				valueTitle: ui.t('chart.axis.revenue'),
				datasets: shown.map((row) => ({ label: ui.t(`tier.${row.tier}`), data: row.data, color: TIER_COLOURS[row.tier], hatchFrom: 1 })),
			},
			table: {
				columns: [{ label: ui.t('col.tier') }, ...labels.map((label) => ({ label, numeric: true }))],
				rows: [
					...shown.map((row) => [{ text: ui.t(`tier.${row.tier}`), href: `/tiers/${row.tier}/` }, ...row.data.map((v) => ui.fmt.money(v, currency))]),
					[ui.t('common.total'), ...totals.map((v) => ui.fmt.money(v, currency))],
				],
			},
		};
	};
	const converted = portfolio.total.converted;
	if (converted) {
		return [
			build(converted.currency, (rollup) => ({
				current: rollup.converted?.current ?? 0,
				byYear: (year) => rollup.converted?.forecastByYear[year] ?? 0,
			})),
		];
	}
	const currencies = currenciesOf(portfolio.total.current, portfolio.policy.currency);
	return currencies.map((currency) =>
		build(currency, (rollup) => ({
			current: rollup.current[currency] ?? 0,
			byYear: (year) => rollup.forecastByYear[year]?.[currency] ?? 0,
		})),
	);
}

/** The policy currency first, then the others alphabetically. */
export function currenciesOf(amounts: MoneyByCurrency, policyCurrency: string): string[] {
	return Object.keys(amounts).sort((a, b) => (a === policyCurrency ? -1 : b === policyCurrency ? 1 : compareText(a, b)));
}

/** A rollup's forecast as a table: what RollupForecast renders. */
export interface ForecastTable {
	/** Years ascending. */
	years: number[];
	/** One column per currency, in the charts' order (the policy currency first). */
	currencies: string[];
	/** The converted total, when it adds a column: some amount is in another currency. */
	converted?: { currency: string; byYear: Record<number, number> };
}

export function forecastTable(rollup: Rollup, policyCurrency: string): ForecastTable {
	const years = Object.keys(rollup.forecastByYear)
		.map(Number)
		.sort((a, b) => a - b);
	const seen: MoneyByCurrency = {};
	for (const year of years) for (const currency of Object.keys(rollup.forecastByYear[year] ?? {})) seen[currency] = 0;
	const currencies = currenciesOf(seen, policyCurrency);
	const table: ForecastTable = { years, currencies };
	const converted = rollup.converted;
	if (converted && currencies.some((c) => c !== converted.currency)) table.converted = { currency: converted.currency, byYear: converted.forecastByYear };
	return table;
}

const SCHEDULE_KINDS: ScheduleEntry['kind'][] = ['plan', 'collective', 'progress-report'];

/**
 * The engine's review calendar counted per month for the coming 12 months,
 * overdue entries in a bar of their own in front.
 */
export function reviewsPerMonth(portfolio: Portfolio, ui: Ui): ChartView<BarSpec> {
	const months = Array.from({ length: 12 }, (_, i) => monthAfter(portfolio.asOf, i));
	const columns = ['overdue', ...months];
	const counts = new Map(SCHEDULE_KINDS.map((kind) => [kind, columns.map(() => 0)]));
	for (const entry of portfolio.schedule) {
		const column = entry.status === 'overdue' ? 0 : months.indexOf(entry.due.slice(0, 7)) + 1;
		if (column <= 0 && entry.status !== 'overdue') continue;
		counts.get(entry.kind)![column]!++;
	}
	const labels = [ui.t('chart.reviews.overdueBar'), ...months.map((m) => ui.fmt.month(m))];
	const series: Record<ScheduleEntry['kind'], { label: string; color: string }> = {
		plan: { label: ui.t('chart.series.planReview'), color: '#1d64b5' },
		collective: { label: ui.t('chart.series.collective'), color: '#23804f' },
		'progress-report': { label: ui.t('chart.series.progress'), color: '#a35a00' },
	};
	return {
		spec: {
			type: 'bar',
			locale: ui.locale,
			labels,
			stacked: true,
			format: { kind: 'count' },
			valueTitle: ui.t('chart.axis.reviews'),
			datasets: SCHEDULE_KINDS.map((kind) => ({ label: series[kind].label, color: series[kind].color, data: counts.get(kind)! })),
		},
		table: {
			columns: [{ label: ui.t('col.month') }, ...SCHEDULE_KINDS.map((kind) => ({ label: series[kind].label, numeric: true }))],
			rows: labels.map((label, i) => [label, ...SCHEDULE_KINDS.map((kind) => ui.fmt.number(counts.get(kind)![i]!))]),
		},
	};
}

/** One account's revenue: actual years, forecast years (hatched) and profit. */
export function planForecast(account: AccountView, ui: Ui): ChartView<BarSpec> | undefined {
	const actual = new Map(account.financials.map((y) => [y.year, y]));
	const forecast = new Map(account.forecast.map((y) => [y.year, y]));
	const years = [...new Set([...actual.keys(), ...forecast.keys()])].sort((a, b) => a - b);
	if (years.length === 0) return undefined;
	const currency = account.currency;
	const money = (value: number | undefined) => (value === undefined ? '—' : ui.fmt.money(value, currency));
	const hasProfit = account.financials.some((y) => y.profit !== undefined) || account.forecast.some((y) => y.profit !== undefined);
	const profitOf = (year: number) => actual.get(year)?.profit ?? forecast.get(year)?.profit;
	return {
		spec: {
			type: 'bar',
			locale: ui.locale,
			labels: years.map(String),
			format: { kind: 'money', currency },
			valueTitle: ui.t('chart.axis.revenue'),
			stacked: false,
			datasets: [
				{ label: ui.t('chart.series.actual'), color: '#1d64b5', data: years.map((y) => actual.get(y)?.revenue ?? null) },
				{ label: ui.t('chart.series.forecast'), color: '#6a2c9b', data: years.map((y) => forecast.get(y)?.revenue ?? null), hatchFrom: 0 },
				...(hasProfit ? [{ label: ui.t('chart.series.profit'), color: '#a35a00', line: true, data: years.map((y) => profitOf(y) ?? null) }] : []),
			],
		},
		table: {
			columns: [
				{ label: ui.t('col.year') },
				{ label: ui.t('chart.series.actual'), numeric: true },
				{ label: ui.t('chart.series.forecast'), numeric: true },
				{ label: ui.t('col.growth'), numeric: true },
				...(hasProfit ? [{ label: ui.t('col.profit'), numeric: true }] : []),
			],
			rows: years.map((year) => {
				const figure = actual.get(year) ?? forecast.get(year);
				return [
					String(year),
					money(actual.get(year)?.revenue),
					money(forecast.get(year)?.revenue),
					figure?.growth === undefined ? '—' : ui.fmt.signedPercent(figure.growth),
					...(hasProfit ? [money(profitOf(year))] : []),
				];
			}),
		},
	};
}
