/**
 * The KAM engine: plans, people, policy and an as-of date in; every number the
 * portal shows out. Pure: no clock, no file system, no Astro.
 */
import { accountView } from './account.ts';
import { attentionList } from './attention.ts';
import { coverageRows } from './coverage.ts';
import { parseDate } from './dates.ts';
import { buildGroupIndex } from './groups.ts';
import { progressReport } from './progress-report.ts';
import { rollupOf, rollupsBy } from './rollups.ts';
import { reviewSchedule } from './schedule.ts';
import type { EngineInput, Portfolio } from './types.ts';
import { compareText } from '../compare.ts';
import { managerLookup } from './signers.ts';
import { visitsByPlan } from './visits.ts';
import { scorecards } from './scorecard.ts';
import { scorecardAccountOf } from './scorecard-account.ts';
import { teamLoads } from './team.ts';
import { resolveTerm } from '../vocabulary.ts';
import { defineLazy, type PortfolioMemo } from './memo.ts';

export { PortfolioMemo } from './memo.ts';

export type * from './types.ts';
export { ATTENTION_KINDS, QUADRANTS, REVIEW_STATUSES } from './types.ts';

/**
 * Computes the whole portfolio once. The same input gives an identical output:
 * accounts are in slug order and every list has an explicit sort.
 *
 * With a `memo` (the live preview, after every save), accounts whose inputs
 * did not change keep their views from the last call, and the totals (rollups,
 * coverage, schedule, attention, team loads, scorecards) are computed when
 * first read: the result reads the same.
 */
export function computePortfolio(input: EngineInput, memo?: PortfolioMemo): Portfolio {
	const { policy, asOf } = input;
	parseDate(asOf); // fail early and clearly on a bad as-of date
	const visitsOf = visitsByPlan(input.visits);
	const plans = [...input.plans].sort((a, b) => compareText(a.slug, b.slug)).map((plan) => (plan.visits || !visitsOf.has(plan.slug) ? plan : { ...plan, visits: visitsOf.get(plan.slug)! }));
	const groups = buildGroupIndex(plans.map((p) => ({ slug: p.slug, parent: p.frontmatter.parent })));
	const managerOf = managerLookup(input.people);
	memo?.start(policy, input.people, asOf);
	const accounts = plans.map((plan) => (memo ? memo.view(plan, groups, () => accountView(plan, groups, policy, asOf, managerOf)) : accountView(plan, groups, policy, asOf, managerOf)));
	memo?.retain(new Set(plans.map((plan) => plan.slug)));
	const departmentOf = new Map(input.people.flatMap((p) => (p.department === undefined ? [] : [[p.id, p.department] as const])));
	const parts = {
		rollups: () => rollupsBy(accounts, policy, memo !== undefined),
		total: () => rollupOf('all', '', accounts, policy),
		coverage: () => coverageRows(plans, policy),
		schedule: () => reviewSchedule(accounts, portfolio.progressReport, policy, asOf),
		progressReport: () => progressReport(accounts, asOf, policy),
		attention: () => attentionList(accounts),
		teamLoads: () => teamLoads(plans),
		scorecards: () =>
			scorecards(
				accounts.map((account) => scorecardAccountOf(account, policy, account.visits)),
				policy.scorecard,
				(person) => {
					const department = departmentOf.get(person);
					return department === undefined ? undefined : resolveTerm(policy.departments, department);
				},
			),
	} satisfies { [K in keyof Portfolio]?: () => Portfolio[K] };
	const portfolio = { asOf, policy, people: input.people, accounts, bySlug: new Map(accounts.map((a) => [a.slug, a])) } as Portfolio;
	if (memo) {
		for (const key of Object.keys(parts) as (keyof typeof parts)[]) defineLazy(portfolio, key, parts[key] as () => never);
		return portfolio;
	}
	// The progress report first: the schedule reads it.
	const report = parts.progressReport();
	return {
		...portfolio,
		rollups: parts.rollups(),
		total: parts.total(),
		coverage: parts.coverage(),
		schedule: reviewSchedule(accounts, report, policy, asOf),
		progressReport: report,
		attention: parts.attention(),
		teamLoads: parts.teamLoads(),
		scorecards: parts.scorecards(),
	};
}
