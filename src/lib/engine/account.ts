import type { Policy } from '../../../schemas/policy.ts';
import { actionViews } from './actions.ts';
import { actualFigures, forecastFigures } from './financials.ts';
import type { GroupIndex } from './groups.ts';
import { healthScore } from './health.ts';
import { periodInfo } from './period.ts';
import { productLineViews, whitespaceWallet } from './products.ts';
import { quadrantOf } from './quadrant.ts';
import { reviewInfo } from './review.ts';
import { countObjectivesByStatus, objectiveViews } from './objectives.ts';
import { contactViews, orgChart } from './relationships.ts';
import { lastReviewDate, latestReview, reviewsNewestFirst } from './review-record.ts';
import { shareOfWallet } from './share.ts';
import { hasTierMismatch, suggestTier } from './tiering.ts';
import type { AccountView, PlanInput } from './types.ts';
import { resolveTerm, vocabularyOf } from '../vocabulary.ts';
import { applicationView } from './application.ts';
import { cycleView } from './cycle.ts';
import { type ManagerOf, planSigners } from './signers.ts';
import { lastVisitByContact, visitActions, visitSummary, visitViews } from './visits.ts';
import { teamMembers } from '../../../schemas/team.ts';
import { budgetAboveMax, costToServe, costToServeYears, planYear, planYearBudget } from './cost.ts';
import { resourceViews } from './team.ts';

/** Everything computed for one plan on the as-of date. */
export function accountView(plan: PlanInput, groups: GroupIndex, policy: Policy, asOf: string, managerOf: ManagerOf = () => undefined): AccountView {
	const fm = plan.frontmatter;
	const review = reviewInfo(fm.tier, lastReviewDate(fm.review), policy, asOf);
	const visits = plan.visits ?? [];
	// A visit's next steps are actions of the plan everywhere actions count.
	const actions = [...actionViews(fm.actions, asOf), ...visitActions(visits, fm.actions?.length ?? 0, asOf)];
	const objectives = objectiveViews(fm.objectives, actions, fm.planPeriod?.start, asOf, policy.objectivePaceTolerance);
	const period = periodInfo(fm.planPeriod, asOf);
	const products = productLineViews(fm.products, policy);
	const budget = planYearBudget(fm.budget, fm.forecast, planYear(fm.planPeriod, asOf));
	const view: AccountView = {
		slug: plan.slug,
		frontmatter: fm,
		name: fm.name,
		tier: fm.tier,
		category: fm.category,
		currency: fm.currency ?? policy.currency,
		quadrant: quadrantOf(fm.value, policy),
		suggestedTier: suggestTier(fm.value, policy),
		tierMismatch: hasTierMismatch(fm, policy),
		financials: actualFigures(fm.financials),
		forecast: forecastFigures(fm.forecast, fm.financials),
		review,
		actions,
		overdueActions: actions.filter((a) => a.overdue).length,
		openActions: actions.filter((a) => a.open).length,
		period,
		health: healthScore({ frontmatter: fm, body: plan.body, review, actions, objectives }, policy),
		ancestors: groups.ancestorsOf(plan.slug),
		children: groups.childrenOf(plan.slug),
		descendants: groups.descendantsOf(plan.slug),
		tags: (fm.tags ?? []).map((tag) => resolveTerm(vocabularyOf(policy, 'tags'), tag)),
		products,
		whitespaceWallet: whitespaceWallet(products),
		objectives,
		objectivesByStatus: countObjectivesByStatus(objectives),
		latestReview: latestReview(fm.review?.history),
		reviewHistory: reviewsNewestFirst(fm.review?.history),
		contacts: contactViews(fm.contacts, asOf, policy.contactStaleDays, lastVisitByContact(visits)),
		orgChart: orgChart(fm.contacts),
		cycle: cycleView(fm, policy.planningCycle, planSigners(fm, policy, managerOf).signers, asOf),
		application: applicationView(fm.application, asOf),
		visits: visitSummary(visits, fm.tier, policy, asOf),
		visitReports: visitViews(visits, actions, asOf),
		team: teamMembers(fm),
		costToServe: costToServe(fm.financials),
		costToServeYears: costToServeYears(fm.financials),
		budget,
		budgetAboveMax: budgetAboveMax(budget, policy.maxCostToServe),
		resources: resourceViews(fm.resources, policy.departments, asOf),
	};
	if (fm.region !== undefined) view.region = resolveTerm(policy.regions, fm.region);
	if (fm.industry !== undefined) view.industry = resolveTerm(policy.industries, fm.industry);
	if (plan.file !== undefined) view.file = plan.file;
	const share = shareOfWallet(fm.value);
	if (share !== undefined) view.shareOfWallet = share;
	if (fm.targets?.shareOfWallet !== undefined) view.shareOfWalletTarget = fm.targets.shareOfWallet;
	return view;
}
