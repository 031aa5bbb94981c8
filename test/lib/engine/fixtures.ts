/**
 * Test fixtures: ONE valid base plan, changed in one way per case.
 * Every helper returns fresh objects, so a case can mutate what it gets.
 */
import type { Person } from '../../../schemas/person.ts';
import type { PlanFrontmatter } from '../../../schemas/plan.ts';
import { type Policy, type PolicyInput, policy as policySchema } from '../../../schemas/policy.ts';
import { computePortfolio } from '../../../src/lib/engine/index.ts';
import type { PlanInput, Portfolio } from '../../../src/lib/engine/types.ts';
import { VALID_BODY, validFrontmatter } from '../../helpers/content-fixture.ts';

/** The as-of date of every engine test. */
export const AS_OF = '2026-11-22';

/**
 * The valid plan of every test (`validFrontmatter`) with the figures and dates
 * the engine tests compute with: reviewed recently, a period running past
 * AS_OF, one open and one done action, two forecast years. It needs no
 * attention on AS_OF.
 */
export function basePlan(): PlanFrontmatter {
	return {
		...validFrontmatter(),
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
		actions: [
			{ title: 'Framework renewal', owner: 'li-wei', due: '2027-01-15', status: 'in-progress' },
			{ title: 'Site visit', owner: 'zhang-min', due: '2026-10-30', status: 'done' },
		],
	};
}

/** The valid plan's body: the four standard parts, each with some prose. */
export const BASE_BODY = VALID_BODY;

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
