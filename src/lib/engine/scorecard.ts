/**
 * The account managers' scorecards (绩效考核指标): for each person who owns
 * plans, the policy's indicators over those plans, each a number 0..1 or null
 * when nothing counts, and a weighted score out of 100.
 */
import type { ObjectiveStatus } from '../../../schemas/objective.ts';
import type { ScorecardKpi } from '../../../schemas/scorecard.ts';
import { compareText } from '../compare.ts';

/** Per account, whether it has a visit cadence and whether it is visit-overdue (from the visits). */
export interface VisitCadence {
	hasCadence: boolean;
	overdue: boolean;
}

/** What one account contributes to its owner's scorecard. */
export interface ScorecardAccount {
	slug: string;
	owner?: string;
	/** value.current (in the policy currency when the policy has the rate). */
	current: number;
	/** targets.revenue, else targets.shareOfWallet × value.wallet; absent with neither. */
	targetRevenue?: number;
	/** targets.shareOfWallet, when given. */
	shareTarget?: number;
	/** value.current / value.wallet; absent without a wallet. */
	shareOfWallet?: number;
	reviewOverdue: boolean;
	objectives: readonly ObjectiveStatus[];
	/** The decider contacts' flags. */
	deciders: readonly { cold: boolean; covered: boolean }[];
	/** The plan's actions (visit next steps included, when the engine counts them). */
	actions: readonly { status: string; overdue: boolean }[];
	/** Absent: the visits are not known, and `visits-on-cadence` leaves the account out. */
	cadence?: VisitCadence;
}

/** How a KPI came about, for the explanation: what met the mark out of what counted, and the plans behind it. */
export interface KpiDetail {
	/** 0..1, or null when nothing counts. */
	value: number | null;
	/** What met the mark: an amount (revenue-vs-target: Σ current) or a count. */
	met: number;
	/** What counted: an amount (revenue-vs-target: Σ target revenue) or a count. */
	of: number;
	/** The plans that count, slug order. */
	slugs: string[];
	/** Of those, the plans that fall short, slug order. */
	short: string[];
}

export interface Scorecard {
	/** Number of plans. */
	accounts: number;
	slugs: string[];
	kpis: Record<ScorecardKpi, KpiDetail>;
	/** 100 × Σ(weight × KPI) / Σ weight over the non-null KPIs, one decimal; null when all are null. */
	score: number | null;
}

export interface PersonScorecard extends Scorecard {
	person: string;
	/** The person's department as a term id ('' without one). */
	department: string;
}

export interface DepartmentScorecard extends Scorecard {
	/** The departments entry's id, the text as written without a list, or '' for people without one. */
	department: string;
	name: string;
	/** Owners in id order. */
	people: string[];
}

const ratio = (met: number, of: number): number | null => (of === 0 ? null : met / of);

function detail(value: number | null, met: number, of: number, counted: ScorecardAccount[], short: ScorecardAccount[]): KpiDetail {
	return { value, met, of, slugs: counted.map((a) => a.slug), short: short.map((a) => a.slug) };
}

/** Each indicator over a set of accounts (every indicator, whether the policy weighs it or not). */
export function scorecardKpis(accounts: readonly ScorecardAccount[]): Record<ScorecardKpi, KpiDetail> {
	const sorted = [...accounts].sort((a, b) => compareText(a.slug, b.slug));

	const withTarget = sorted.filter((a) => a.targetRevenue !== undefined);
	const revenue = withTarget.reduce((sum, a) => sum + a.current, 0);
	const target = withTarget.reduce((sum, a) => sum + a.targetRevenue!, 0);
	const revenueValue = withTarget.length === 0 ? null : target === 0 ? 1 : Math.min(1, revenue / target);

	const withShareTarget = sorted.filter((a) => a.shareTarget !== undefined);
	const shareShort = withShareTarget.filter((a) => !(a.shareOfWallet !== undefined && a.shareOfWallet >= a.shareTarget!));

	const withObjectives = sorted.filter((a) => a.objectives.length > 0);
	const objectives = withObjectives.flatMap((a) => a.objectives);
	const onTrack = objectives.filter((s) => s === 'achieved' || s === 'on-track').length;
	const objectivesShort = withObjectives.filter((a) => a.objectives.some((s) => s !== 'achieved' && s !== 'on-track'));

	const reviewsShort = sorted.filter((a) => a.reviewOverdue);

	const withDeciders = sorted.filter((a) => a.deciders.length > 0);
	const deciders = withDeciders.flatMap((a) => a.deciders);
	const warm = deciders.filter((d) => !d.cold && d.covered).length;
	const decidersShort = withDeciders.filter((a) => a.deciders.some((d) => d.cold || !d.covered));

	const withActions = sorted.filter((a) => a.actions.some((x) => x.status !== 'dropped'));
	const counted = withActions.flatMap((a) => a.actions.filter((x) => x.status !== 'dropped'));
	const overdue = counted.filter((x) => x.overdue).length;
	const actionsShort = withActions.filter((a) => a.actions.some((x) => x.overdue));

	const withCadence = sorted.filter((a) => a.cadence?.hasCadence === true);
	const visitsShort = withCadence.filter((a) => a.cadence!.overdue);

	return {
		'revenue-vs-target': detail(revenueValue, revenue, target, withTarget, withTarget.filter((a) => a.current < a.targetRevenue!)),
		'share-vs-target': detail(ratio(withShareTarget.length - shareShort.length, withShareTarget.length), withShareTarget.length - shareShort.length, withShareTarget.length, withShareTarget, shareShort),
		'objectives-on-track': detail(ratio(onTrack, objectives.length), onTrack, objectives.length, withObjectives, objectivesShort),
		'reviews-on-time': detail(ratio(sorted.length - reviewsShort.length, sorted.length), sorted.length - reviewsShort.length, sorted.length, sorted, reviewsShort),
		'deciders-warm': detail(ratio(warm, deciders.length), warm, deciders.length, withDeciders, decidersShort),
		'actions-on-time': detail(counted.length === 0 ? null : 1 - overdue / counted.length, counted.length - overdue, counted.length, withActions, actionsShort),
		'visits-on-cadence': detail(ratio(withCadence.length - visitsShort.length, withCadence.length), withCadence.length - visitsShort.length, withCadence.length, withCadence, visitsShort),
	};
}

/** 100 × Σ(weight × KPI) / Σ weight over the weighed KPIs that are not null, rounded to one decimal; null when none counts. */
export function scoreOf(kpis: Readonly<Record<ScorecardKpi, { value: number | null }>>, weights: readonly { kpi: ScorecardKpi; weight: number }[]): number | null {
	let weighted = 0;
	let total = 0;
	for (const { kpi, weight } of weights) {
		const value = kpis[kpi].value;
		if (value === null) continue;
		weighted += weight * value;
		total += weight;
	}
	if (total === 0) return null;
	return Math.round((1000 * weighted) / total) / 10;
}

export function scorecardOf(accounts: readonly ScorecardAccount[], weights: readonly { kpi: ScorecardKpi; weight: number }[]): Scorecard {
	const kpis = scorecardKpis(accounts);
	const slugs = accounts.map((a) => a.slug).sort(compareText);
	return { accounts: accounts.length, slugs, kpis, score: scoreOf(kpis, weights) };
}

/**
 * The scorecard of each person who owns plans (people in id order), and of
 * each department over the plans its people own ('' for owners without one, last).
 */
export function scorecards(
	accounts: readonly ScorecardAccount[],
	weights: readonly { kpi: ScorecardKpi; weight: number }[],
	departmentOf: (person: string) => { id: string; name: string } | undefined,
): { people: PersonScorecard[]; departments: DepartmentScorecard[]; total: Scorecard } {
	const byOwner = new Map<string, ScorecardAccount[]>();
	for (const account of accounts) {
		if (account.owner === undefined) continue;
		const list = byOwner.get(account.owner);
		if (list) list.push(account);
		else byOwner.set(account.owner, [account]);
	}
	const owners = [...byOwner.keys()].sort(compareText);
	const people = owners.map((person) => ({ person, department: departmentOf(person)?.id ?? '', ...scorecardOf(byOwner.get(person)!, weights) }));
	const groups = new Map<string, { name: string; people: string[] }>();
	for (const person of owners) {
		const term = departmentOf(person);
		const key = term?.id ?? '';
		const group = groups.get(key);
		if (group) group.people.push(person);
		else groups.set(key, { name: term?.name ?? '', people: [person] });
	}
	const keys = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : compareText(a, b)));
	const departments = keys.map((department) => {
		const { name, people: members } = groups.get(department)!;
		return { department, name, people: members, ...scorecardOf(members.flatMap((p) => byOwner.get(p)!), weights) };
	});
	return { people, departments, total: scorecardOf(accounts.filter((a) => a.owner !== undefined), weights) };
}
