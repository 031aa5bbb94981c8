/**
 * The applications page: pending applications oldest first, decided ones
 * newest first, each with its business case; the pipeline's totals, by
 * owner and region. Money stays per currency.
 */
import type { ApplicationAdvantage, ApplicationRisk } from '../../schemas/application.ts';
import type { ApplicationStatus } from '../lib/engine/application.ts';
import type { MoneyByCurrency, Portfolio } from '../lib/engine/types.ts';
import type { Term } from '../lib/vocabulary.ts';
import { compareText } from '../lib/compare.ts';

export interface ApplicationRow {
	slug: string;
	name: string;
	currency: string;
	/** Who applied (person id). */
	applicant: string;
	/** The plan's owner, when it has one. */
	owner?: string;
	region?: Term;
	status: ApplicationStatus;
	proposed: string;
	decided?: { date: string; by: string };
	/** Days from the proposal to the decision, or to the as-of date while pending. */
	age: number;
	/** Years; null without contribution. */
	payback: number | null;
	expectedRevenue: number;
	expectedContribution: number;
	developmentCost: number;
	risk: ApplicationRisk;
	advantages: ApplicationAdvantage[];
}

export interface ApplicationGroup {
	key: string;
	name?: string;
	count: number;
	pending: number;
	/** Expected revenue of the pipeline (pending and approved), per currency. */
	revenue: MoneyByCurrency;
	/** Development cost of the pipeline, per currency. */
	cost: MoneyByCurrency;
}

export interface ApplicationsPage {
	pending: ApplicationRow[];
	decided: ApplicationRow[];
	counts: Record<ApplicationStatus, number>;
	/** The pipeline: applications pending or approved, the accounts being won. */
	pipeline: { count: number; revenue: MoneyByCurrency; contribution: MoneyByCurrency; cost: MoneyByCurrency };
	/** By the plan's owner (the applicant when the plan has no owner). */
	byOwner: ApplicationGroup[];
	byRegion: ApplicationGroup[];
}

const add = (sums: MoneyByCurrency, currency: string, amount: number) => {
	sums[currency] = (sums[currency] ?? 0) + amount;
};
const inPipeline = (row: ApplicationRow) => row.status === 'pending' || row.status === 'approved';

export function applicationRows(portfolio: Pick<Portfolio, 'accounts'>): ApplicationRow[] {
	const rows: ApplicationRow[] = [];
	for (const account of portfolio.accounts) {
		const application = account.frontmatter.application;
		if (!application || !account.application) continue;
		const row: ApplicationRow = {
			slug: account.slug,
			name: account.name,
			currency: account.currency,
			applicant: application.by,
			status: account.application.status,
			proposed: application.proposed,
			age: account.application.age,
			payback: account.application.payback,
			expectedRevenue: application.expectedRevenue,
			expectedContribution: application.expectedContribution,
			developmentCost: application.developmentCost,
			risk: application.risk,
			advantages: application.advantages ?? [],
		};
		if (account.frontmatter.owner !== undefined) row.owner = account.frontmatter.owner;
		if (account.region) row.region = account.region;
		if (application.decision) row.decided = { date: application.decision.date, by: application.decision.by };
		rows.push(row);
	}
	return rows;
}

function groups(rows: readonly ApplicationRow[], keyOf: (row: ApplicationRow) => [string, string | undefined]): ApplicationGroup[] {
	const map = new Map<string, ApplicationGroup>();
	for (const row of rows) {
		const [key, name] = keyOf(row);
		let group = map.get(key);
		if (!group) {
			group = { key, count: 0, pending: 0, revenue: {}, cost: {} };
			if (name !== undefined) group.name = name;
			map.set(key, group);
		}
		group.count++;
		if (row.status === 'pending') group.pending++;
		if (inPipeline(row)) {
			add(group.revenue, row.currency, row.expectedRevenue);
			add(group.cost, row.currency, row.developmentCost);
		}
	}
	return [...map.values()].sort((a, b) => Number(a.key === '') - Number(b.key === '') || compareText(a.name ?? a.key, b.name ?? b.key));
}

export function applicationsPage(portfolio: Pick<Portfolio, 'accounts'>): ApplicationsPage {
	const rows = applicationRows(portfolio);
	const pending = rows.filter((r) => r.status === 'pending').sort((a, b) => compareText(a.proposed, b.proposed) || compareText(a.name, b.name));
	const decided = rows.filter((r) => r.status !== 'pending').sort((a, b) => compareText(b.decided!.date, a.decided!.date) || compareText(a.name, b.name));
	const counts: Record<ApplicationStatus, number> = { pending: 0, approved: 0, rejected: 0, deferred: 0 };
	const pipeline = { count: 0, revenue: {} as MoneyByCurrency, contribution: {} as MoneyByCurrency, cost: {} as MoneyByCurrency };
	for (const row of rows) {
		counts[row.status]++;
		if (!inPipeline(row)) continue;
		pipeline.count++;
		add(pipeline.revenue, row.currency, row.expectedRevenue);
		add(pipeline.contribution, row.currency, row.expectedContribution);
		add(pipeline.cost, row.currency, row.developmentCost);
	}
	return {
		pending,
		decided,
		counts,
		pipeline,
		byOwner: groups(rows, (row) => [row.owner ?? row.applicant, undefined]),
		byRegion: groups(rows, (row) => [row.region?.id ?? '', row.region?.name]),
	};
}

const withApplications = new WeakMap<object, boolean>();

/** Whether any plan has an application (remembered per portfolio: every page's navigation asks). */
export function hasApplications(portfolio: Pick<Portfolio, 'accounts'>): boolean {
	let known = withApplications.get(portfolio.accounts);
	if (known === undefined) {
		known = portfolio.accounts.some((a) => a.application !== null);
		withApplications.set(portfolio.accounts, known);
	}
	return known;
}
