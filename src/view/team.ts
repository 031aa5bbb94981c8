/**
 * The account team and its return, shaped for pages: the cost-to-serve chart,
 * the rows of /resources/ and /scorecards/ (and their data files for paging,
 * filtering and sorting in the browser), and the words that explain a KPI.
 * Pure presentation: the figures come from the engine.
 */
import { type Locale, TIERS } from '../../schemas/enums.ts';
import { RESOURCE_STATUSES } from '../../schemas/resources.ts';
import type { ScorecardKpi } from '../../schemas/scorecard.ts';
import type { Ui } from '../i18n/index.ts';
import { compareText } from '../lib/compare.ts';
import type { KpiDetail, PersonScorecard } from '../lib/engine/scorecard.ts';
import type { AccountView, Portfolio, Rollup } from '../lib/engine/types.ts';
import { rollupOf } from '../lib/engine/rollups.ts';
import { nameOfId } from '../lib/vocabulary.ts';
import type { BarSpec } from '../scripts/charts/spec.ts';
import type { ChartView } from './charts.ts';
import { personName } from './people.ts';

/** Cost to serve by actual year: a bar per year, and its table (revenue, cost, share). */
export function costToServeChart(account: AccountView, ui: Ui): ChartView<BarSpec> | undefined {
	const years = account.costToServeYears;
	if (years.length === 0) return undefined;
	const money = (amount: number) => ui.fmt.money(amount, account.currency);
	return {
		spec: {
			type: 'bar',
			locale: ui.locale,
			labels: years.map((y) => String(y.year)),
			format: { kind: 'percent' },
			valueTitle: ui.t('col.costToServe'),
			stacked: false,
			datasets: [{ label: ui.t('col.costToServe'), color: '#a35a00', data: years.map((y) => y.ratio) }],
		},
		table: {
			columns: [{ label: ui.t('col.year') }, { label: ui.t('col.revenue'), numeric: true }, { label: ui.t('col.cost'), numeric: true }, { label: ui.t('col.costToServe'), numeric: true }],
			rows: years.map((y) => [String(y.year), money(y.revenue), money(y.cost), ui.fmt.percent(y.ratio)]),
		},
	};
}

/** The name of a resource's function: the departments entry's name, the text as written, or '' when not given. */
export function functionName(portfolio: Portfolio, from: string | null): string {
	return from === null ? '' : nameOfId(portfolio.policy.departments, from);
}

/** One request of a plan to another function, as /resources/ lists it. */
export interface ResourceRow {
	account: AccountView;
	/** Index in the plan's `resources`. */
	index: number;
	need: string;
	/** The function's key (department id, text as written, '' when none) and name. */
	from: string;
	fromName: string;
	status: (typeof RESOURCE_STATUSES)[number];
	by?: string;
	late: boolean;
	objectiveId?: string;
	objectiveTitle?: string;
}

/** Every plan's resources: by function name (none last), then status, then date needed (none last), then plan. */
export function resourceRows(portfolio: Portfolio): ResourceRow[] {
	const rows: ResourceRow[] = [];
	for (const account of portfolio.accounts) {
		const written = account.frontmatter.resources ?? [];
		account.resources.forEach((view, index) => {
			const resource = written[index]!;
			const objective = resource.objective === undefined ? undefined : account.frontmatter.objectives?.find((o) => o.id === resource.objective);
			const row: ResourceRow = { account, index, need: view.need, from: view.from ?? '', fromName: functionName(portfolio, view.from), status: view.status, late: view.late };
			if (resource.by !== undefined) row.by = resource.by;
			if (resource.objective !== undefined) row.objectiveId = resource.objective;
			if (objective) row.objectiveTitle = objective.title;
			rows.push(row);
		});
	}
	const statusOrder = (s: ResourceRow['status']) => RESOURCE_STATUSES.indexOf(s);
	return rows.sort(
		(a, b) =>
			(a.from === '' ? 1 : 0) - (b.from === '' ? 1 : 0) ||
			compareText(a.fromName, b.fromName) ||
			statusOrder(a.status) - statusOrder(b.status) ||
			(a.by === undefined ? 1 : 0) - (b.by === undefined ? 1 : 0) ||
			compareText(a.by ?? '', b.by ?? '') ||
			compareText(a.account.slug, b.account.slug) ||
			a.index - b.index,
	);
}

/** Per function: requests by status and how many are late, functions as in resourceRows. */
export function resourcesByFunction(rows: readonly ResourceRow[]): { from: string; fromName: string; byStatus: Record<ResourceRow['status'], number>; late: number; total: number }[] {
	const groups = new Map<string, { from: string; fromName: string; byStatus: Record<ResourceRow['status'], number>; late: number; total: number }>();
	for (const row of rows) {
		let group = groups.get(row.from);
		if (!group) groups.set(row.from, (group = { from: row.from, fromName: row.fromName, byStatus: { requested: 0, agreed: 0, declined: 0, delivered: 0 }, late: 0, total: 0 }));
		group.byStatus[row.status]++;
		group.total++;
		if (row.late) group.late++;
	}
	return [...groups.values()];
}

/** Rows per page of /resources/ and /scorecards/: the page's HTML and each page of the browser's view. */
export const RESOURCES_PAGE_SIZE = 200;
export const SCORECARDS_PAGE_SIZE = 100;

export function pageCount(rows: number, size: number): number {
	return Math.max(1, Math.ceil(rows / size));
}

/** One request in the data file: what its row shows and what it filters and sorts by. */
export type ResourceTableRow = [
	slug: string,
	planName: string,
	/** Index in TIERS. */
	tier: number,
	from: string,
	fromName: string,
	/** Index in RESOURCE_STATUSES. */
	status: number,
	by: string,
	byText: string,
	need: string,
	objectiveTitle: string,
	late: 0 | 1,
];

export interface ResourceTableData {
	locale: Locale;
	labels: { tier: Record<string, string>; status: string[]; late: string; noFunction: string };
	rows: ResourceTableRow[];
}

export function resourceTableData(portfolio: Portfolio, ui: Ui): ResourceTableData {
	return {
		locale: ui.locale,
		labels: {
			tier: Object.fromEntries(TIERS.map((tier) => [tier, ui.t(`tier.${tier}`)])),
			status: RESOURCE_STATUSES.map((s) => ui.t(`resourceStatus.${s}`)),
			late: ui.t('resources.late'),
			noFunction: ui.t('resources.noFunction'),
		},
		rows: resourceRows(portfolio).map((row): ResourceTableRow => [
			row.account.slug,
			row.account.name,
			TIERS.indexOf(row.account.tier),
			row.from,
			row.fromName,
			RESOURCE_STATUSES.indexOf(row.status),
			row.by ?? '',
			row.by === undefined ? '—' : ui.fmt.date(row.by),
			row.need,
			row.objectiveTitle ?? '',
			row.late ? 1 : 0,
		]),
	};
}

/** A KPI value as a percentage, or a dash when nothing counts. */
export function kpiText(value: number | null, ui: Ui): string {
	return value === null ? '—' : ui.fmt.percent(value);
}

/** What a KPI counted, in words: "3 of 4", or the revenue against its target. */
export function kpiCounts(kpi: ScorecardKpi, detail: KpiDetail, ui: Ui, currency: string): string {
	if (detail.value === null) return ui.t('kpiWhy.none');
	if (kpi === 'revenue-vs-target') return ui.t('kpiWhy.money', { met: ui.fmt.moneyCompact(detail.met, currency), of: ui.fmt.moneyCompact(detail.of, currency), count: detail.slugs.length });
	return ui.t('kpiWhy.count', { met: detail.met, of: detail.of });
}

/** A person's display name and their department's name ('' without one). */
export function scorecardPerson(portfolio: Portfolio, card: PersonScorecard): { name: string; department: string } {
	return { name: personName(portfolio.people, card.person), department: card.department === '' ? '' : nameOfId(portfolio.policy.departments, card.department) };
}

/** One person in the scorecards data file. */
export type ScorecardTableRow = [
	person: string,
	name: string,
	department: string,
	departmentName: string,
	accounts: number,
	/** The score, or -1 when null (sorts last). */
	score: number,
	scoreText: string,
	/** Per KPI of the policy's scorecard, in its order: [value or -1, percent text, counts text]. */
	kpis: [number, string, string][],
];

export interface ScorecardTableData {
	locale: Locale;
	kpis: ScorecardKpi[];
	rows: ScorecardTableRow[];
}

export function scoreText(score: number | null, ui: Ui): string {
	return score === null ? '—' : ui.fmt.decimal(score);
}

export function scorecardTableData(portfolio: Portfolio, ui: Ui): ScorecardTableData {
	const kpis = portfolio.policy.scorecard.map((entry) => entry.kpi);
	return {
		locale: ui.locale,
		kpis,
		rows: portfolio.scorecards.people.map((card): ScorecardTableRow => {
			const { name, department } = scorecardPerson(portfolio, card);
			return [
				card.person,
				name,
				card.department,
				department,
				card.accounts,
				card.score ?? -1,
				scoreText(card.score, ui),
				kpis.map((kpi) => [card.kpis[kpi].value ?? -1, kpiText(card.kpis[kpi].value, ui), kpiCounts(kpi, card.kpis[kpi], ui, portfolio.policy.currency)]),
			];
		}),
	};
}

/** One line of a budget and cost-to-serve rollup table. */
export interface TeamCostLine {
	label: string;
	href?: string;
	count: number;
	budget: Rollup['budget'];
	costToServe: Rollup['costToServe'];
}

/** Owners listed on the dashboard and tier pages: the largest budgets (the owner pages have each). */
export const TEAM_COST_OWNERS = 10;

/** The budget in the policy currency for ordering (other currencies at policy rates, else left out). */
function budgetForOrder(rollup: Rollup, policy: Portfolio['policy']): number {
	return Object.entries(rollup.budget).reduce((sum, [currency, amount]) => sum + amount * (currency === policy.currency ? 1 : (policy.exchangeRates?.[currency] ?? 0)), 0);
}

/**
 * Budget and cost to serve by tier, region and owner, over a set of accounts
 * (all of them on the dashboard, one tier's on its page): regions and owners
 * with the largest budgets first, at most TEAM_COST_OWNERS owners.
 */
export function teamCostLines(portfolio: Portfolio, accounts: readonly AccountView[], ui: Ui): { tier: TeamCostLine[]; region: TeamCostLine[]; owner: TeamCostLine[]; owners: number } {
	const group = (keyOf: (a: AccountView) => string) => {
		const groups = new Map<string, AccountView[]>();
		for (const account of accounts) {
			const key = keyOf(account);
			const list = groups.get(key);
			if (list) list.push(account);
			else groups.set(key, [account]);
		}
		return groups;
	};
	const line = (label: string, rollup: Rollup, href?: string): TeamCostLine => ({ label, count: rollup.count, budget: rollup.budget, costToServe: rollup.costToServe, ...(href !== undefined ? { href } : {}) });
	const ordered = (groups: Map<string, AccountView[]>, dimension: 'region' | 'owner') =>
		[...groups].map(([key, list]) => ({ key, rollup: rollupOf(dimension, key, list, portfolio.policy) })).sort((a, b) => budgetForOrder(b.rollup, portfolio.policy) - budgetForOrder(a.rollup, portfolio.policy) || compareText(a.key, b.key));
	const tiers = group((a) => a.tier);
	const regions = ordered(group((a) => a.region?.id ?? ''), 'region');
	const owners = ordered(group((a) => a.frontmatter.owner ?? ''), 'owner').filter((o) => o.key !== '');
	const regionName = (key: string) => (key === '' ? ui.t('filter.none') : (accounts.find((a) => a.region?.id === key)?.region?.name ?? key));
	return {
		tier: TIERS.filter((tier) => tiers.has(tier)).map((tier) => line(ui.t(`tier.${tier}`), rollupOf('tier', tier, tiers.get(tier)!, portfolio.policy), `/tiers/${tier}/`)),
		region: regions.map(({ key, rollup }) => line(regionName(key), rollup)),
		owner: owners.slice(0, TEAM_COST_OWNERS).map(({ key, rollup }) => line(personName(portfolio.people, key), rollup, `/owners/${key}/`)),
		owners: owners.length,
	};
}
