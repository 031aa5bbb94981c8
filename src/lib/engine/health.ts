import type { PlanFrontmatter } from '../../../schemas/plan.ts';
import type { Policy } from '../../../schemas/policy.ts';
import { findHeadings } from '../content/mdx-body.ts';
import { sectionOfHeading } from '../content/sections.ts';
import type { ActionView, HealthItem, ReviewInfo } from './types.ts';

/**
 * Points per item; they add up to 100. An item that does not apply to a plan
 * (a sponsor for a named account) is earned in full, so every plan is scored
 * out of 100 and scores compare across tiers.
 */
export const HEALTH_WEIGHTS: Readonly<Record<HealthItem['id'], number>> = {
	owner: 15,
	sponsor: 10,
	parts: 20,
	decider: 15,
	'fresh-review': 15,
	'actions-owned': 10,
	forecast: 15,
};

/** A score below this puts the plan on the attention list. */
export const LOW_HEALTH_SCORE = 60;

export interface HealthInput {
	frontmatter: PlanFrontmatter;
	/** MDX body; a missing body has none of the parts. */
	body: string | undefined;
	review: ReviewInfo;
	actions: readonly ActionView[];
}

function item(id: HealthItem['id'], earnedShare: number, detail: string): HealthItem {
	const max = HEALTH_WEIGHTS[id];
	return { id, earned: Math.round(max * earnedShare), max, detail };
}

/** Which of the policy's standard parts the body has, in policy order. */
export function partsPresent(body: string | undefined, sections: Policy['sections']): { found: string[]; missing: string[] } {
	const ids = new Set(findHeadings(body ?? '').map((h) => sectionOfHeading(h.text, sections)));
	const found = sections.filter((s) => ids.has(s.id));
	const missing = sections.filter((s) => !ids.has(s.id));
	return { found: found.map((s) => s.titles[0]!), missing: missing.map((s) => s.titles[0]!) };
}

/**
 * Health score 0-100: what a good plan has (owner, sponsor where required, the
 * four parts, a decider among the contacts, a fresh review, owned open actions,
 * a forecast), each item saying why it earned or lost its points.
 */
export function healthScore(input: HealthInput, policy: Policy): { score: number; items: HealthItem[] } {
	const { frontmatter: plan, review, actions } = input;
	const items: HealthItem[] = [];

	if (plan.tier === 'mass-market' && plan.owner === undefined) items.push(item('owner', 1, 'no owner needed: mass-market accounts are served by inside sales'));
	else items.push(plan.owner !== undefined ? item('owner', 1, `owned by ${plan.owner}`) : item('owner', 0, 'no account manager named as owner'));

	if (plan.tier !== 'major') items.push(item('sponsor', 1, 'no executive sponsor needed below major'));
	else items.push(plan.sponsor !== undefined ? item('sponsor', 1, `executive sponsor ${plan.sponsor}`) : item('sponsor', 0, 'a major account needs an executive sponsor'));

	const parts = partsPresent(input.body, policy.sections);
	const total = policy.sections.length;
	items.push(
		item(
			'parts',
			parts.found.length / total,
			parts.missing.length === 0 ? `all ${total} parts present` : `${parts.found.length} of ${total} parts present; missing ${parts.missing.join(', ')}`,
		),
	);

	if (plan.tier === 'mass-market') items.push(item('decider', 1, 'no buying-centre map needed for mass-market'));
	else if ((plan.contacts ?? []).some((c) => c.role === 'decider')) items.push(item('decider', 1, 'the buying centre names a decider'));
	else items.push(item('decider', 0, (plan.contacts ?? []).length === 0 ? 'no contacts listed' : 'no contact has the role decider'));

	if (review.neverReviewed) items.push(item('fresh-review', 0, 'never reviewed'));
	else if (review.status === 'overdue') items.push(item('fresh-review', 0, `review overdue since ${review.due}`));
	else items.push(item('fresh-review', 1, `reviewed ${review.last}, next due ${review.due}`));

	const open = actions.filter((a) => a.open);
	const owned = open.filter((a) => a.owner !== undefined);
	if (open.length === 0) items.push(item('actions-owned', 1, 'no open actions'));
	else items.push(item('actions-owned', owned.length / open.length, owned.length === open.length ? `all ${open.length} open actions have an owner` : `${open.length - owned.length} of ${open.length} open actions have no owner`));

	if (plan.tier !== 'major' && plan.tier !== 'named') items.push(item('forecast', 1, 'no forecast needed below named'));
	else items.push((plan.forecast ?? []).length > 0 ? item('forecast', 1, `forecast for ${plan.forecast!.length} year(s)`) : item('forecast', 0, 'no forecast'));

	return { score: items.reduce((sum, i) => sum + i.earned, 0), items };
}
