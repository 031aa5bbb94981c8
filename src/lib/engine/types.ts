/**
 * What the engine computes: the shapes every page, export and test reads.
 * The engine is pure: plans, people, policy and an as-of date in; these out.
 */
import type { Action } from '../../../schemas/action.ts';
import type { Category, Tier } from '../../../schemas/enums.ts';
import type { Person } from '../../../schemas/person.ts';
import type { PlanFrontmatter } from '../../../schemas/plan.ts';
import type { Policy } from '../../../schemas/policy.ts';
import type { Term } from '../vocabulary.ts';
import type { ContactRole } from '../../../schemas/enums.ts';
import type { ObjectiveStatus } from '../../../schemas/objective.ts';
import type { ReviewOutcome, ReviewRecord } from '../../../schemas/review-record.ts';
import type { ApplicationView } from './application.ts';
import type { CycleView } from './cycle.ts';

export type { ApplicationStatus, ApplicationView } from './application.ts';
export type { CycleStatus, CycleView } from './cycle.ts';
import type { VisitFrontmatter, VisitStatus, VisitType } from '../../../schemas/visit.ts';
import type { TeamMember } from '../../../schemas/team.ts';
import type { CostYear, PlanYearBudget } from './cost.ts';
import type { DepartmentScorecard, PersonScorecard, Scorecard } from './scorecard.ts';
import type { ResourceView, TeamLoad } from './team.ts';

/** A plan as the engine receives it (from the validator or the Astro collection). */
export interface PlanInput {
	slug: string;
	frontmatter: PlanFrontmatter;
	/** Path relative to the content directory, when known. */
	file?: string;
	/** The MDX body, used for the health score's "four parts" check. */
	body?: string;
	/** The plan's visit reports (`visits/<slug>/`), any order. */
	visits?: readonly VisitInput[];
}

/** A visit report as the engine receives it. */
export interface VisitInput {
	/** Path relative to the content directory. */
	file: string;
	/** The file name's topic, after the date. */
	topic: string;
	frontmatter: VisitFrontmatter;
	/** The notes (MDX body), for the plan page. */
	body?: string;
}

/** The visit counts and cadence of a plan (`/data/accounts.json`: computed.visits). */
export interface VisitSummary {
	/** Done visits. */
	count: number;
	/** The latest done visit's date; null without one. */
	last: string | null;
	/** visit-overdue: the tier has a cadence and the latest done visit is older than it, or there is none. */
	overdue: boolean;
	/** The policy gives the plan's tier a `visitEveryDays`. */
	hasCadence: boolean;
	/** The tier's `visitEveryDays`; null without one. */
	everyDays: number | null;
	/** Days from the latest done visit to the as-of date; null without one. */
	daysSinceLast: number | null;
	/** Planned visits on or after the as-of date. */
	planned: number;
	/** The earliest of them; null without one. */
	next: string | null;
}

/** One visit report as pages show it. */
export interface VisitView {
	file: string;
	topic: string;
	date: string;
	type: VisitType;
	status: VisitStatus;
	/** Person ids. */
	ours: string[];
	/** Contact ids of the plan. */
	theirs: string[];
	purpose: string;
	outcome?: string;
	objective?: string;
	/** Its next steps, as the plan's actions. */
	next: ActionView[];
	/** Next steps still open. */
	openSteps: number;
	/** Planned on or after the as-of date. */
	upcoming: boolean;
	/** The notes (MDX body). */
	body?: string;
}

export interface EngineInput {
	plans: readonly PlanInput[];
	/** The visit reports of the content (validated), each naming its plan; a plan's own `visits` take precedence. */
	visits?: readonly (VisitInput & { plan: string })[];
	people: readonly Person[];
	policy: Policy;
	/** The as-of date, YYYY-MM-DD. The engine never reads the clock. */
	asOf: string;
}

/** `current >= currentHigh` x `potential >= potentialHigh`. */
export type Quadrant = 'high-current-high-potential' | 'high-current-low-potential' | 'low-current-high-potential' | 'low-current-low-potential';
export const QUADRANTS: readonly Quadrant[] = [
	'high-current-high-potential',
	'high-current-low-potential',
	'low-current-high-potential',
	'low-current-low-potential',
];

export type ReviewStatus = 'overdue' | 'due-soon' | 'ok';
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['overdue', 'due-soon', 'ok'];

/** current: running; ending: ends within 12 weeks (time to plan the next); expired: ended; upcoming: not started; none: no period given. */
export type PeriodState = 'current' | 'ending' | 'expired' | 'upcoming' | 'none';

/** Amounts kept per currency, never silently summed across currencies. */
export type MoneyByCurrency = Record<string, number>;

export interface ReviewInfo {
	last?: string;
	/** Next review date, YYYY-MM-DD (the as-of date when never reviewed). */
	due: string;
	status: ReviewStatus;
	/** Days from the as-of date to `due`; negative when overdue. */
	daysUntilDue: number;
	neverReviewed: boolean;
	/** Non-named and mass-market plans are reviewed collectively, per owner. */
	collective: boolean;
}

/** No values: the reason says it all. */
export type NoParams = Record<string, never>;

/**
 * Why a health item earned or lost its points: a stable `reason` and the values
 * that explain it (dates YYYY-MM-DD, person ids, section ids), for the UI to
 * put into words in its own language.
 */
export type HealthReason =
	| { reason: 'owner-not-needed'; params: NoParams }
	| { reason: 'owner-named'; params: { owner: string } }
	| { reason: 'owner-missing'; params: NoParams }
	| { reason: 'sponsor-not-needed'; params: NoParams }
	| { reason: 'sponsor-named'; params: { sponsor: string } }
	| { reason: 'sponsor-missing'; params: NoParams }
	| { reason: 'parts-complete'; params: { total: number } }
	/** `missing`: the ids of the policy's sections the body lacks, in policy order. */
	| { reason: 'parts-missing'; params: { found: number; total: number; missing: string[] } }
	| { reason: 'decider-not-needed'; params: NoParams }
	| { reason: 'decider-named'; params: NoParams }
	| { reason: 'contacts-missing'; params: NoParams }
	| { reason: 'decider-missing'; params: { contacts: number } }
	| { reason: 'review-never'; params: NoParams }
	| { reason: 'review-overdue'; params: { due: string; daysOverdue: number } }
	| { reason: 'review-fresh'; params: { last: string; due: string } }
	| { reason: 'actions-none-open'; params: NoParams }
	| { reason: 'actions-all-owned'; params: { open: number } }
	| { reason: 'actions-unowned'; params: { unowned: number; open: number } }
	| { reason: 'forecast-not-needed'; params: NoParams }
	| { reason: 'forecast-given'; params: { years: number } }
	| { reason: 'forecast-missing'; params: NoParams }
	| { reason: 'objectives-not-needed'; params: NoParams }
	| { reason: 'objectives-none'; params: NoParams }
	| { reason: 'objectives-missed'; params: { missed: number; total: number } }
	| { reason: 'objectives-set'; params: { total: number } };

export type HealthReasonId = HealthReason['reason'];

export type HealthItemId = 'owner' | 'sponsor' | 'parts' | 'decider' | 'fresh-review' | 'actions-owned' | 'forecast' | 'objectives';

export type HealthItem = {
	id: HealthItemId;
	/** Points earned, 0..max. */
	earned: number;
	max: number;
	/** Why the points were earned or lost, in plain English (exports); the UI words `reason` and `params`. */
	detail: string;
} & HealthReason;

export interface YearFigure {
	year: number;
	revenue: number;
	/** Growth over the previous listed year, as a fraction (0.25 = +25 %); absent for the first year or a zero base. */
	growth?: number;
	/** contribution - cost, when both are given. */
	profit?: number;
}

export interface ActionView extends Action {
	/** Index in the account's actions: the plan's `actions` first, then the visits' next steps. */
	index: number;
	overdue: boolean;
	open: boolean;
	/** For a visit's next step: the visit it came from (`step`: its index in `next`). */
	visit?: { file: string; date: string; topic: string; step: number };
}

/** An objective's progress on the as-of date (`/data/accounts.json`: computed.objectives). */
export interface ObjectiveView {
	id: string;
	/** (current − baseline) / (target − baseline), 0..1. */
	progress: number;
	/** Share of the time from start to due that has passed, 0..1; null when no start is known. */
	elapsed: number | null;
	status: ObjectiveStatus;
	/** The start used: the objective's own, else planPeriod.start. */
	start?: string;
	/** Indices in the account's `actions` (the plan's, then the visits' next steps) of the actions that serve it. */
	actions: number[];
}

/** The latest review meeting (`/data/accounts.json`: computed.latestReview). */
export interface LatestReview {
	date: string;
	outcome: ReviewOutcome;
	/** Person ids of the reviewers. */
	by: string[];
	/** Ids of the questions answered `concern`. */
	concerns: string[];
}

/** A contact with its relationship flags (`/data/accounts.json`: computed.contacts). */
export interface ContactView {
	/** The contact's id; null when the plan gives none. */
	id: string | null;
	/** Index in the plan's `contacts`. */
	index: number;
	name: string;
	role: ContactRole;
	/** A decider or influencer last contacted more than `contactStaleDays` ago. */
	cold: boolean;
	/** Someone on our side owns the relationship (`coveredBy`). */
	covered: boolean;
	coveredBy?: string;
	/** The effective last contact: the latest of `lastContact` and the done visits that met them; null when neither says. */
	lastContact: string | null;
	/** Days from the effective last contact to the as-of date; absent when not recorded. */
	daysSinceContact?: number;
}

/** One contact in the org chart (an index into the plan's `contacts`) and who reports to them. */
export interface OrgNode {
	contact: number;
	reports: OrgNode[];
}

/** One account with everything computed for it. */
export interface AccountView {
	slug: string;
	file?: string;
	frontmatter: PlanFrontmatter;
	name: string;
	tier: Tier;
	category: Category;
	/** The plan's currency (its own, else the policy's). */
	currency: string;
	quadrant: Quadrant;
	suggestedTier: Tier;
	tierMismatch: boolean;
	/** current / wallet; absent without a wallet. */
	shareOfWallet?: number;
	shareOfWalletTarget?: number;
	financials: YearFigure[];
	forecast: YearFigure[];
	review: ReviewInfo;
	actions: ActionView[];
	overdueActions: number;
	openActions: number;
	period: { state: PeriodState; start?: string; end?: string; daysLeft?: number };
	health: { score: number; items: HealthItem[] };
	/** Parent chain, nearest first. */
	ancestors: string[];
	children: string[];
	/** All descendants at any depth. */
	descendants: string[];
	/** The region as a policy entry (id, name); without `policy.regions` the text as written is both. */
	region?: Term;
	/** The industry as a policy entry (id, name); without `policy.industries` the text as written is both. */
	industry?: Term;
	/** The tags, plan order, as policy tags (or as written without `policy.tags`). */
	tags: Term[];
	/** Our business by product line, plan order: share and whitespace per line. */
	products: ProductLineView[];
	/** The wallet at stake on whitespace lines, in the account's currency (0 without any). */
	whitespaceWallet: number;
	/** Objectives with progress and status, plan order. */
	objectives: ObjectiveView[];
	/** Objectives counted by status. */
	objectivesByStatus: Record<ObjectiveStatus, number>;
	/** The latest review meeting's record; null without a review history. */
	latestReview: LatestReview | null;
	/** The review meetings, newest first. */
	reviewHistory: ReviewRecord[];
	/** Contacts with relationship flags, plan order. */
	contacts: ContactView[];
	/** The buying centre as an org chart from `reportsTo`. */
	orgChart: OrgNode[];
	/** Where the plan stands in the planning cycle; null when the cycle does not cover it (or there is none). */
	cycle: CycleView | null;
	/** The plan's application: status, payback, age; null without one. */
	application: ApplicationView | null;
	/** Visit counts and cadence (`/data/accounts.json`: computed.visits). */
	visits: VisitSummary;
	/** The visit reports, latest first (pages only: not in `/data/accounts.json`). */
	visitReports: VisitView[];
	/** The account team, plan order; role and effort null when not given. */
	team: TeamMember[];
	/** Cost / revenue of the latest actual year with revenue > 0 and a cost; null otherwise. */
	costToServe: number | null;
	/** Cost to serve of every actual year that has one, oldest first (the chart on the plan page). */
	costToServeYears: CostYear[];
	/** The plan year's budget and its share of that year's forecast revenue. */
	budget: PlanYearBudget;
	/** The budget share is above the policy's `maxCostToServe`. */
	budgetAboveMax: boolean;
	/** What the plan asks of other functions, plan order. */
	resources: ResourceView[];
}

/** One product line of a plan: what we sell there against what the customer spends. */
export interface ProductLineView {
	/** The productLines entry's id. */
	line: string;
	/** The entry's name, for display. */
	name: string;
	current: number;
	wallet: number;
	/** current / wallet; null when the wallet is 0. */
	share: number | null;
	/** The customer spends on the line (wallet > 0) and we sell nothing (current = 0). */
	whitespace: boolean;
}

/** One product line summed over a set of accounts (money per currency). */
export interface ProductLineRollup {
	/** The productLines entry's id. */
	line: string;
	name: string;
	/** Accounts that list the line. */
	accounts: number;
	current: MoneyByCurrency;
	wallet: MoneyByCurrency;
	/** Sum(current)/Sum(wallet) per currency, over accounts with a wallet on the line. */
	share: Record<string, number>;
	/** Accounts where the line is whitespace. */
	whitespace: number;
	/** The wallet at stake on those accounts. */
	whitespaceWallet: MoneyByCurrency;
}

export type RollupDimension = 'tier' | 'category' | 'owner' | 'region' | 'industry' | 'quadrant' | 'group';

export interface Rollup {
	/** The dimension grouped by; `all` for the portfolio total. */
	dimension: RollupDimension | 'all';
	/** The group's key: tier id, owner id, region text, parent slug... ('' for "none"). */
	key: string;
	count: number;
	slugs: string[];
	current: MoneyByCurrency;
	potential: MoneyByCurrency;
	wallet: MoneyByCurrency;
	/** Sum(current)/Sum(wallet) over accounts with a wallet, per currency. */
	shareOfWallet: Record<string, number>;
	/** Forecast revenue by year, per currency. */
	forecastByYear: Record<number, MoneyByCurrency>;
	overdueReviews: number;
	overdueActions: number;
	/** The group's display name: the vocabulary entry's name for a region or industry; absent for other dimensions. */
	name?: string;
	/** By product line, in policy order (empty without policy.productLines). */
	products: ProductLineRollup[];
	/** Objectives of the accounts counted by status. */
	objectives: Record<ObjectiveStatus, number>;
	/** The plan-year budgets summed, per currency. */
	budget: MoneyByCurrency;
	/** Σ cost / Σ revenue of each account's cost-to-serve year, per currency (accounts without one left out). */
	costToServe: Record<string, number>;
	/** Converted into the policy currency when policy has rates for every currency; else absent. */
	converted?: { currency: string; current: number; potential: number; wallet: number; shareOfWallet?: number; forecastByYear: Record<number, number> };
}

export interface CoverageRow {
	owner: string;
	tier: Exclude<Tier, 'mass-market'>;
	count: number;
	limit: number;
	overloaded: boolean;
	slugs: string[];
}

export type ScheduleEntry =
	| { kind: 'plan'; slug: string; owner?: string; tier: Tier; due: string; status: ReviewStatus; daysUntilDue: number }
	| { kind: 'collective'; owner: string | null; slugs: string[]; due: string; status: ReviewStatus; daysUntilDue: number }
	| { kind: 'progress-report'; due: string; status: ReviewStatus; daysUntilDue: number; periodStart: string; periodEnd: string };

export interface ProgressReport {
	/** The current report period [start, end]. */
	periodStart: string;
	periodEnd: string;
	previousPeriodStart: string;
	due: string;
	accounts: {
		slug: string;
		name: string;
		/** The account's currency, for `current`, `baselineRevenue` and `revenueChange`. */
		currency: string;
		/** value.current now. */
		current: number;
		/** The last actual year in `financials`, the baseline of `revenueChange`. */
		baselineYear?: number;
		baselineRevenue?: number;
		/** Movement since the previous period: current value now vs the last financial year, reviews, actions done in the period... */
		revenueChange?: number;
		shareOfWallet?: number;
		shareOfWalletTarget?: number;
		actionsDoneInPeriod: number;
		actionsOverdue: number;
		reviewedInPeriod: boolean;
		reviewStatus: ReviewStatus;
		/** The account's objectives: how far each has moved from its baseline towards its target, and its status. */
		objectives: { id: string; title: string; progress: number; status: ObjectiveStatus }[];
	}[];
}

export interface Portfolio {
	asOf: string;
	policy: Policy;
	people: readonly Person[];
	accounts: AccountView[];
	bySlug: Map<string, AccountView>;
	rollups: Record<RollupDimension, Rollup[]>;
	/** Everything together. */
	total: Rollup;
	coverage: CoverageRow[];
	schedule: ScheduleEntry[];
	progressReport: ProgressReport;
	/** Accounts needing attention now (overdue review, overdue actions, tier mismatch, expired period...), most urgent first. */
	attention: AttentionEntry[];
	/** Every team member's memberships and load over all plans, people in id order. */
	teamLoads: TeamLoad[];
	/** The account managers' scorecards, their departments' and everyone's together. */
	scorecards: { people: PersonScorecard[]; departments: DepartmentScorecard[]; total: Scorecard };
}

/** Why an account needs attention, most urgent first. */
export const ATTENTION_KINDS = [
	'review-overdue',
	'actions-overdue',
	'review-outcome',
	'objectives-missed',
	'period-expired',
	'never-reviewed',
	'objectives-behind',
	'deciders-cold',
	'deciders-uncovered',
	'visit-overdue',
	'period-ending',
	'tier-mismatch',
	'low-health',
] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

/** Why an account needs attention: its kind and the values that explain it, for the UI to put into words. */
export type AttentionReason =
	| { kind: 'review-overdue'; params: { due: string; daysOverdue: number } }
	| { kind: 'actions-overdue'; params: { count: number } }
	| { kind: 'period-expired'; params: { end: string } }
	| { kind: 'never-reviewed'; params: NoParams }
	| { kind: 'period-ending'; params: { end: string; daysLeft: number } }
	| { kind: 'tier-mismatch'; params: { tier: Tier; suggested: Tier } }
	/** `threshold`: the score below which a plan needs attention; `max`: the best score. */
	| { kind: 'low-health'; params: { score: number; max: number; threshold: number } }
	/** The latest review asked for a revision or escalated the plan. */
	| { kind: 'review-outcome'; params: { outcome: 'revise' | 'escalate'; date: string } }
	/** `ids`: the objectives, plan order. */
	| { kind: 'objectives-missed'; params: { count: number; ids: string[] } }
	| { kind: 'objectives-behind'; params: { count: number; ids: string[] } }
	/** `names`: the contacts' names, plan order. */
	| { kind: 'deciders-cold'; params: { count: number; names: string[] } }
	| { kind: 'deciders-uncovered'; params: { count: number; names: string[] } }
	/** No done visit within the tier's `visitEveryDays`; `last` null (and `days` null) when never visited. */
	| { kind: 'visit-overdue'; params: { everyDays: number; last: string | null; days: number | null } };

export type AttentionItem = AttentionReason & {
	/** Plain English (exports); the UI words `kind` and `params`. */
	message: string;
};

export interface AttentionEntry {
	slug: string;
	/** The messages of `items`, in the same order. */
	reasons: string[];
	items: AttentionItem[];
}
