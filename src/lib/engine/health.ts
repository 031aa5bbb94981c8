import type { PlanFrontmatter } from '../../../schemas/plan.ts';
import type { Policy } from '../../../schemas/policy.ts';
import { findHeadings } from '../content/mdx-body.ts';
import { sectionOfHeading } from '../content/sections.ts';
import type { ActionView, HealthItem, HealthItemId, HealthReason, NoParams, ObjectiveView, ReviewInfo } from './types.ts';

/**
 * Points per item; they add up to 100. An item that does not apply to a plan
 * (a sponsor for a named account) is earned in full, so every plan is scored
 * out of 100 and scores compare across tiers.
 */
export const HEALTH_WEIGHTS: Readonly<Record<HealthItemId, number>> = {
	owner: 10,
	sponsor: 10,
	parts: 20,
	decider: 10,
	'fresh-review': 15,
	'actions-owned': 10,
	forecast: 10,
	objectives: 15,
};

/** The best score: every item earned in full. */
export const HEALTH_MAX = Object.values(HEALTH_WEIGHTS).reduce((sum, weight) => sum + weight, 0);

/** A score below this puts the plan on the attention list. */
export const LOW_HEALTH_SCORE = 60;

export interface HealthInput {
	frontmatter: PlanFrontmatter;
	/** MDX body; a missing body has none of the parts. */
	body: string | undefined;
	review: ReviewInfo;
	actions: readonly ActionView[];
	/** The plan's objectives with their status; absent counts as none. */
	objectives?: readonly ObjectiveView[];
}

function item(id: HealthItemId, earnedShare: number, why: HealthReason, detail: string): HealthItem {
	const max = HEALTH_WEIGHTS[id];
	return { id, earned: Math.round(max * earnedShare), max, detail, ...why };
}

const NONE: NoParams = {};

/** Which of the policy's standard parts the body has, in policy order: their first titles, and the ids of the missing ones. */
export function partsPresent(body: string | undefined, sections: Policy['sections']): { found: string[]; missing: string[]; missingIds: string[] } {
	const ids = new Set(findHeadings(body ?? '').map((h) => sectionOfHeading(h.text, sections)));
	const found = sections.filter((s) => ids.has(s.id));
	const missing = sections.filter((s) => !ids.has(s.id));
	return { found: found.map((s) => s.titles[0]!), missing: missing.map((s) => s.titles[0]!), missingIds: missing.map((s) => s.id) };
}

/**
 * Health score 0-100: what a good plan has (owner, sponsor where required, the
 * four parts, a decider among the contacts, a fresh review, owned open actions,
 * a forecast, objectives with none missed), each item saying why it earned or lost its points.
 */
export function healthScore(input: HealthInput, policy: Policy): { score: number; items: HealthItem[] } {
	const { frontmatter: plan, review, actions } = input;
	const items: HealthItem[] = [];

	if (plan.tier === 'mass-market' && plan.owner === undefined) items.push(item('owner', 1, { reason: 'owner-not-needed', params: NONE }, 'no owner needed: mass-market accounts are served by inside sales'));
	else if (plan.owner !== undefined) items.push(item('owner', 1, { reason: 'owner-named', params: { owner: plan.owner } }, `owned by ${plan.owner}`));
	else items.push(item('owner', 0, { reason: 'owner-missing', params: NONE }, 'no account manager named as owner'));

	if (plan.tier !== 'major') items.push(item('sponsor', 1, { reason: 'sponsor-not-needed', params: NONE }, 'no executive sponsor needed below major'));
	else if (plan.sponsor !== undefined) items.push(item('sponsor', 1, { reason: 'sponsor-named', params: { sponsor: plan.sponsor } }, `executive sponsor ${plan.sponsor}`));
	else items.push(item('sponsor', 0, { reason: 'sponsor-missing', params: NONE }, 'a major account needs an executive sponsor'));

	const parts = partsPresent(input.body, policy.sections);
	const total = policy.sections.length;
	const found = total - parts.missing.length;
	if (parts.missing.length === 0) items.push(item('parts', 1, { reason: 'parts-complete', params: { total } }, `all ${total} parts present`));
	else items.push(item('parts', found / total, { reason: 'parts-missing', params: { found, total, missing: parts.missingIds } }, `${found} of ${total} parts present; missing ${parts.missing.join(', ')}`));

	const contacts = plan.contacts ?? [];
	if (plan.tier === 'mass-market') items.push(item('decider', 1, { reason: 'decider-not-needed', params: NONE }, 'no buying-centre map needed for mass-market'));
	else if (contacts.some((c) => c.role === 'decider')) items.push(item('decider', 1, { reason: 'decider-named', params: NONE }, 'the buying centre names a decider'));
	else if (contacts.length === 0) items.push(item('decider', 0, { reason: 'contacts-missing', params: NONE }, 'no contacts listed'));
	else items.push(item('decider', 0, { reason: 'decider-missing', params: { contacts: contacts.length } }, 'no contact has the role decider'));

	if (review.last === undefined /* never reviewed */) items.push(item('fresh-review', 0, { reason: 'review-never', params: NONE }, 'never reviewed'));
	else if (review.status === 'overdue') items.push(item('fresh-review', 0, { reason: 'review-overdue', params: { due: review.due, daysOverdue: -review.daysUntilDue } }, `review overdue since ${review.due}`));
	else items.push(item('fresh-review', 1, { reason: 'review-fresh', params: { last: review.last, due: review.due } }, `reviewed ${review.last}, next due ${review.due}`));

	const open = actions.filter((a) => a.open);
	const unowned = open.filter((a) => a.owner === undefined).length;
	if (open.length === 0) items.push(item('actions-owned', 1, { reason: 'actions-none-open', params: NONE }, 'no open actions'));
	else if (unowned === 0) items.push(item('actions-owned', 1, { reason: 'actions-all-owned', params: { open: open.length } }, `all ${open.length} open actions have an owner`));
	else items.push(item('actions-owned', (open.length - unowned) / open.length, { reason: 'actions-unowned', params: { unowned, open: open.length } }, `${unowned} of ${open.length} open actions have no owner`));

	const forecastYears = (plan.forecast ?? []).length;
	if (plan.tier !== 'major' && plan.tier !== 'named') items.push(item('forecast', 1, { reason: 'forecast-not-needed', params: NONE }, 'no forecast needed below named'));
	else if (forecastYears > 0) items.push(item('forecast', 1, { reason: 'forecast-given', params: { years: forecastYears } }, `forecast for ${forecastYears} year(s)`));
	else items.push(item('forecast', 0, { reason: 'forecast-missing', params: NONE }, 'no forecast'));

	const objectives = input.objectives ?? [];
	const missed = objectives.filter((o) => o.status === 'missed').length;
	if (plan.tier !== 'major' && plan.tier !== 'named') items.push(item('objectives', 1, { reason: 'objectives-not-needed', params: NONE }, 'no objectives needed below named'));
	else if (objectives.length === 0) items.push(item('objectives', 0, { reason: 'objectives-none', params: NONE }, 'no objectives'));
	else if (missed > 0) items.push(item('objectives', 0, { reason: 'objectives-missed', params: { missed, total: objectives.length } }, `${missed} of ${objectives.length} objectives missed`));
	else items.push(item('objectives', 1, { reason: 'objectives-set', params: { total: objectives.length } }, `${objectives.length} objective(s), none missed`));

	return { score: items.reduce((sum, i) => sum + i.earned, 0), items };
}
