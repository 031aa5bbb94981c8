/**
 * The review pack: for each of the policy's review questions, the plan's own
 * evidence and the previous review's finding. Pure: built from the engine's
 * view of one account; the page only renders it.
 */
import type { Competitor } from '../../../schemas/competitor.ts';
import { teamIds } from '../../../schemas/team.ts';
import type { Objective } from '../../../schemas/objective.ts';
import type { Policy } from '../../../schemas/policy.ts';
import type { Finding, ReviewRecord } from '../../../schemas/review-record.ts';
import { coldDeciders, uncoveredDeciders } from './relationships.ts';
import { latestReviewRecord } from './review-record.ts';
import type { AccountView, ActionView, ObjectiveView } from './types.ts';

/** A risk the pack names under profit and risk. */
export type PackRisk =
	| { kind: 'tier-mismatch'; tier: AccountView['tier']; suggested: AccountView['tier'] }
	| { kind: 'cold-deciders'; names: string[] }
	| { kind: 'uncovered-deciders'; names: string[] }
	| { kind: 'overdue-actions'; count: number };

/** Whether the account-management cost rose or fell from the year before the last actual year to it. */
export type CostTrend = 'rising' | 'falling' | 'flat';

export interface ReviewPackEvidence {
	/** goals-realistic: objectives against progress, share of wallet against target. */
	goals: { objectives: { objective: Objective; view: ObjectiveView }[]; shareOfWallet?: number; shareOfWalletTarget?: number };
	/** resources-linked: who works on the account, and which actions serve which objective. */
	resources: {
		owner?: string;
		sponsor?: string;
		team: string[];
		actions: number;
		linkedActions: number;
		objectivesWithoutActions: string[];
		/** What the plan asks of other functions: asked in all, agreed or delivered, declined, late. */
		requests: { asked: number; agreed: number; declined: number; late: number };
	};
	/** return-on-effort: profit per year and the cost trend. */
	returns: {
		years: { year: number; revenue: number; profit?: number; cost?: number; contribution?: number }[];
		costTrend?: CostTrend;
		/** Whether the contribution rose or fell over the last two actual years that give it. */
		contributionTrend?: CostTrend;
		/** Cost to serve of the latest actual year with revenue and cost; null without one. */
		costToServe: { year: number; ratio: number } | null;
		/** The plan year's budget and its share of that year's forecast revenue. */
		budget: AccountView['budget'];
	};
	/** competitive: our share and the competitors' shares. */
	competition: { shareOfWallet?: number; competitors: Competitor[] };
	/** new-initiatives: open, overdue and blocked actions. */
	initiatives: { open: number; overdue: number; blocked: number; actions: ActionView[] };
	/** profit-and-risk: the latest margin and the risks. */
	profitRisk: { margin?: { year: number; margin: number }; risks: PackRisk[] };
}

export interface ReviewPack {
	/** The previous review meeting (the latest held), if any. */
	previous: ReviewRecord | null;
	/** The policy's questions in order, with the previous review's finding. */
	questions: { id: string; en: string; 'zh-CN': string; previous?: Finding }[];
	evidence: ReviewPackEvidence;
}

/** Rising or falling by more than this share of the earlier cost; within it the cost is flat. */
const FLAT_COST = 0.02;

function costTrend(years: readonly { cost?: number }[]): CostTrend | undefined {
	return trendOf(years.map((y) => y.cost));
}

/** Rising, falling or flat from the second-last given value to the last. */
function trendOf(values: readonly (number | undefined)[]): CostTrend | undefined {
	const costs = values.filter((c): c is number => c !== undefined);
	if (costs.length < 2) return undefined;
	const [before, last] = costs.slice(-2) as [number, number];
	if (before === 0) return last === 0 ? 'flat' : 'rising';
	const change = (last - before) / before;
	return change > FLAT_COST ? 'rising' : change < -FLAT_COST ? 'falling' : 'flat';
}

/** Everything a review meeting works from for one account. */
export function reviewPack(account: AccountView, policy: Pick<Policy, 'reviewQuestions'>): ReviewPack {
	const fm = account.frontmatter;
	const previous = latestReviewRecord(fm.review?.history) ?? null;
	const objectives = (fm.objectives ?? []).map((objective, index) => ({ objective, view: account.objectives[index]! }));
	const financials = fm.financials ?? [];
	const years = [...financials]
		.sort((a, b) => a.year - b.year)
		.map((row) => {
			const figure = account.financials.find((f) => f.year === row.year);
			return {
				year: row.year,
				revenue: row.revenue,
				...(figure?.profit !== undefined ? { profit: figure.profit } : {}),
				...(row.cost !== undefined ? { cost: row.cost } : {}),
				...(row.contribution !== undefined ? { contribution: row.contribution } : {}),
			};
		});
	const lastWithProfit = [...years].reverse().find((y) => y.profit !== undefined && y.revenue > 0);
	const risks: PackRisk[] = [];
	if (account.tierMismatch) risks.push({ kind: 'tier-mismatch', tier: account.tier, suggested: account.suggestedTier });
	const cold = coldDeciders(account.contacts).map((c) => c.name);
	if (cold.length > 0) risks.push({ kind: 'cold-deciders', names: cold });
	const uncovered = uncoveredDeciders(account.contacts).map((c) => c.name);
	if (uncovered.length > 0) risks.push({ kind: 'uncovered-deciders', names: uncovered });
	if (account.overdueActions > 0) risks.push({ kind: 'overdue-actions', count: account.overdueActions });
	const trend = costTrend(years);
	const contributionTrend = trendOf(years.map((y) => y.contribution));
	const latestCost = account.costToServeYears.at(-1);

	return {
		previous,
		questions: policy.reviewQuestions.map((q) => ({ ...q, ...(previous?.findings?.[q.id] !== undefined ? { previous: previous.findings[q.id] } : {}) })),
		evidence: {
			goals: {
				objectives,
				...(account.shareOfWallet !== undefined ? { shareOfWallet: account.shareOfWallet } : {}),
				...(account.shareOfWalletTarget !== undefined ? { shareOfWalletTarget: account.shareOfWalletTarget } : {}),
			},
			resources: {
				...(fm.owner !== undefined ? { owner: fm.owner } : {}),
				...(fm.sponsor !== undefined ? { sponsor: fm.sponsor } : {}),
				team: teamIds(fm),
				actions: account.actions.length,
				linkedActions: account.actions.filter((a) => a.objective !== undefined).length,
				objectivesWithoutActions: account.objectives.filter((o) => o.actions.length === 0).map((o) => o.id),
				requests: {
					asked: account.resources.length,
					agreed: account.resources.filter((r) => r.status === 'agreed' || r.status === 'delivered').length,
					declined: account.resources.filter((r) => r.status === 'declined').length,
					late: account.resources.filter((r) => r.late).length,
				},
			},
			returns: {
				years,
				...(trend !== undefined ? { costTrend: trend } : {}),
				...(contributionTrend !== undefined ? { contributionTrend } : {}),
				costToServe: latestCost ? { year: latestCost.year, ratio: latestCost.ratio } : null,
				budget: account.budget,
			},
			competition: { ...(account.shareOfWallet !== undefined ? { shareOfWallet: account.shareOfWallet } : {}), competitors: fm.competitors ?? [] },
			initiatives: {
				open: account.openActions,
				overdue: account.overdueActions,
				blocked: account.actions.filter((a) => a.status === 'blocked').length,
				actions: account.actions.filter((a) => a.open),
			},
			profitRisk: {
				...(lastWithProfit ? { margin: { year: lastWithProfit.year, margin: lastWithProfit.profit! / lastWithProfit.revenue } } : {}),
				risks,
			},
		},
	};
}
