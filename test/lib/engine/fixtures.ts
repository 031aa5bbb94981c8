/**
 * Test fixtures: ONE valid base plan, changed in one way per case.
 * Every helper returns fresh objects, so a case can mutate what it gets.
 */
import type { Person } from '../../../schemas/person.ts';
import type { PlanFrontmatter } from '../../../schemas/plan.ts';
import { type Policy, type PolicyInput, policy as policySchema } from '../../../schemas/policy.ts';
import { computePortfolio } from '../../../src/lib/engine/index.ts';
import type { PlanInput, Portfolio } from '../../../src/lib/engine/types.ts';

/** The as-of date of every engine test. */
export const AS_OF = '2026-11-22';

/** A valid major plan that needs no attention on AS_OF. */
export function basePlan(): PlanFrontmatter {
	return {
		name: 'Acme Industrial Group',
		tier: 'major',
		category: 'key',
		owner: 'li-wei',
		sponsor: 'zhang-min',
		team: ['wang-fang'],
		region: 'East China',
		industry: 'Construction',
		tags: ['group'],
		value: { current: 6_000_000, potential: 25_000_000, wallet: 20_000_000 },
		targets: { shareOfWallet: 0.4 },
		financials: [
			{ year: 2024, revenue: 4_000_000, contribution: 900_000, cost: 200_000 },
			{ year: 2025, revenue: 5_000_000, contribution: 1_100_000, cost: 250_000 },
		],
		forecast: [
			{ year: 2026, revenue: 6_500_000 },
			{ year: 2027, revenue: 8_000_000 },
		],
		review: { last: '2026-10-01' },
		planPeriod: { start: '2026-01-01', end: '2027-06-30' },
		contacts: [
			{ name: 'Zhao Lei', title: 'VP Procurement', role: 'decider', stance: 'supporter', strength: 'strong' },
			{ name: 'Qian Hong', role: 'buyer' },
		],
		actions: [
			{ title: 'Framework renewal', owner: 'li-wei', due: '2027-01-15', status: 'in-progress' },
			{ title: 'Site visit', owner: 'zhang-min', due: '2026-10-30', status: 'done' },
		],
	};
}

/** A body with the four standard parts, each with some prose. */
export const BASE_BODY = [
	'## Customer information',
	'Strategy and buying process.',
	'## Customer performance',
	'Our share and its trend.',
	'## Competitive assessment',
	'Rivals and buying factors.',
	'## Action plan',
	'Milestones.',
	'',
].join('\n');

/** The base plan as engine input, with one change applied. */
export function planInput(slug: string, change: (plan: PlanFrontmatter) => void = () => {}, body: string = BASE_BODY): PlanInput {
	const frontmatter = basePlan();
	change(frontmatter);
	return { slug, frontmatter, body, file: `accounts/${slug}.mdx` };
}

/** The default policy with overrides, parsed like policy.yaml. */
export function testPolicy(overrides: PolicyInput = {}): Policy {
	return policySchema.parse(overrides);
}

export const PEOPLE: Person[] = [
	{ id: 'li-wei', name: 'Li Wei' },
	{ id: 'wang-fang', name: '王芳' },
	{ id: 'zhang-min', name: 'Zhang Min' },
];

/** Runs the engine on plans with the test defaults. */
export function portfolioOf(plans: PlanInput[], options: { policy?: Policy; asOf?: string } = {}): Portfolio {
	return computePortfolio({ plans, people: PEOPLE, policy: options.policy ?? testPolicy(), asOf: options.asOf ?? AS_OF });
}

/** Turns a plan into a plan of another tier that stays valid (owner, sponsor, wallet rules). */
export function asTier(plan: PlanFrontmatter, tier: PlanFrontmatter['tier']) {
	plan.tier = tier;
	if (tier !== 'major') delete plan.sponsor;
	const values = { major: [6_000_000, 25_000_000], named: [2_000_000, 6_000_000], 'non-named': [200_000, 600_000], 'mass-market': [20_000, 50_000] } as const;
	plan.value = { ...plan.value, current: values[tier][0], potential: values[tier][1] };
}
