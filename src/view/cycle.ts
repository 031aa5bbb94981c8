/**
 * The planning cycle page and the dashboard's progress card: every plan the
 * cycle covers, late ones first, and counts by status, owner and region.
 */
import { CYCLE_STATUSES, type CycleStatus } from '../lib/engine/cycle.ts';
import type { AccountView, Portfolio } from '../lib/engine/types.ts';
import type { Term } from '../lib/vocabulary.ts';
import { compareText } from '../lib/compare.ts';

export interface CycleRow {
	slug: string;
	name: string;
	tier: AccountView['tier'];
	owner?: string;
	region?: Term;
	status: CycleStatus;
	late: boolean;
	/** Person ids who still have to sign, in the policy's order. */
	missing: string[];
	periodStart?: string;
	periodEnd?: string;
	/** The latest review's date, when there is one. */
	lastReview?: string;
}

export type StatusCounts = Record<CycleStatus, number>;

export interface CycleGroup {
	/** Owner id or region id; '' for none. */
	key: string;
	/** The region's name (owners are named by the page). */
	name?: string;
	total: number;
	late: number;
	byStatus: StatusCounts;
}

const STATUS_RANK: Record<CycleStatus, number> = { 'not-started': 0, drafted: 1, 'in-review': 2, 'signed-off': 3 };

const emptyCounts = (): StatusCounts => ({ 'not-started': 0, drafted: 0, 'in-review': 0, 'signed-off': 0 });

/** Every plan of the cycle: late first, then the furthest behind, then by name. */
export function cycleRows(portfolio: Pick<Portfolio, 'accounts'>): CycleRow[] {
	const rows: CycleRow[] = [];
	for (const account of portfolio.accounts) {
		if (!account.cycle) continue;
		const row: CycleRow = { slug: account.slug, name: account.name, tier: account.tier, status: account.cycle.status, late: account.cycle.late, missing: account.cycle.missingSignOff };
		if (account.frontmatter.owner !== undefined) row.owner = account.frontmatter.owner;
		if (account.region) row.region = account.region;
		if (account.period.start !== undefined) row.periodStart = account.period.start;
		if (account.period.end !== undefined) row.periodEnd = account.period.end;
		if (account.review.last !== undefined) row.lastReview = account.review.last;
		rows.push(row);
	}
	return rows.sort((a, b) => Number(b.late) - Number(a.late) || STATUS_RANK[a.status] - STATUS_RANK[b.status] || compareText(a.name, b.name) || compareText(a.slug, b.slug));
}

/** Counts by status over rows. */
export function statusCounts(rows: readonly CycleRow[]): StatusCounts {
	const counts = emptyCounts();
	for (const row of rows) counts[row.status]++;
	return counts;
}

/** The rows grouped by owner or region, in key order ('' — none — last). */
export function cycleGroups(rows: readonly CycleRow[], by: 'owner' | 'region'): CycleGroup[] {
	const groups = new Map<string, CycleGroup>();
	for (const row of rows) {
		const key = by === 'owner' ? (row.owner ?? '') : (row.region?.id ?? '');
		let group = groups.get(key);
		if (!group) {
			group = { key, total: 0, late: 0, byStatus: emptyCounts() };
			if (by === 'region' && row.region) group.name = row.region.name;
			groups.set(key, group);
		}
		group.total++;
		if (row.late) group.late++;
		group.byStatus[row.status]++;
	}
	return [...groups.values()].sort((a, b) => Number(a.key === '') - Number(b.key === '') || compareText(a.name ?? a.key, b.name ?? b.key));
}

/**
 * Whether the dashboard shows the cycle's progress: from `opens` to
 * `reviewsDue`, and after it while some plan is late, until the plan year ends.
 */
export function cycleIsRunning(portfolio: Pick<Portfolio, 'policy' | 'asOf'>, rows: readonly CycleRow[]): boolean {
	const cycle = portfolio.policy.planningCycle;
	if (!cycle || portfolio.asOf < cycle.opens) return false;
	if (portfolio.asOf <= cycle.reviewsDue) return true;
	return portfolio.asOf <= `${cycle.year}-12-31` && rows.some((row) => row.late);
}

export { CYCLE_STATUSES };
