/**
 * Times the KAM engine on generated plans: `npm run bench:engine [-- count]`.
 * Not part of the test suite. Plans are generated in memory from a seeded PRNG,
 * so every run measures the same input.
 */
import { performance } from 'node:perf_hooks';
import type { Person } from '../schemas/person.ts';
import type { PlanFrontmatter } from '../schemas/plan.ts';
import { policy as policySchema } from '../schemas/policy.ts';
import { addDays } from '../src/lib/engine/dates.ts';
import { computePortfolio } from '../src/lib/engine/index.ts';
import type { PlanInput } from '../src/lib/engine/types.ts';
import { buildAccountsCsv } from '../src/lib/export/accounts-csv.ts';
import { buildAccountsJson } from '../src/lib/export/accounts-json.ts';
import { buildReviewsIcs } from '../src/lib/export/reviews-ics.ts';
import { seededRandom } from './generate.ts';

const AS_OF = '2026-11-22';
const TIERS = ['major', 'named', 'non-named', 'mass-market'] as const;
const TIER_WEIGHTS = [0.03, 0.12, 0.45, 0.4];
const STATUSES = ['planned', 'in-progress', 'done', 'blocked', 'dropped'] as const;
const ROLES = ['initiator', 'user', 'influencer', 'decider', 'buyer', 'gatekeeper'] as const;
const REGIONS = ['East China', 'South China', 'North China', 'Southwest', '华东', '华南', 'Overseas'];
const INDUSTRIES = ['Construction', 'Hydropower', 'Real estate', 'Mining', 'Events', '路桥建设'];
const BODY = '## Customer information\nText.\n## Customer performance\nText.\n## Competitive assessment\nText.\n## Action plan\nText.\n';

/** `count` valid-shaped plans with groups up to 4 levels deep, two currencies, actions and contacts. */
export function generatePlans(count: number, seed = 42): { plans: PlanInput[]; people: Person[] } {
	const random = seededRandom(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const people: Person[] = Array.from({ length: Math.ceil(count / 8) }, (_, i) => ({ id: `person-${i + 1}`, name: `Person ${i + 1}` }));
	const plans: PlanInput[] = [];
	for (let i = 0; i < count; i++) {
		const roll = random();
		let tierIndex = 0;
		for (let acc = TIER_WEIGHTS[0]!; roll > acc && tierIndex < 3; acc += TIER_WEIGHTS[++tierIndex]!);
		const tier = TIERS[tierIndex]!;
		const current = Math.round(random() * [12e6, 3e6, 6e5, 8e4][tierIndex]!);
		const slug = `account-${String(i + 1).padStart(5, '0')}`;
		const fm: PlanFrontmatter = {
			name: i % 3 === 0 ? `客户${i + 1}有限公司` : `Customer ${i + 1} Ltd.`,
			tier,
			category: pick(['key', 'target', 'normal'] as const),
			region: pick(REGIONS),
			industry: pick(INDUSTRIES),
			currency: random() < 0.1 ? 'USD' : 'CNY',
			value: { current, potential: current * (1 + Math.round(random() * 4)), wallet: Math.max(1, current * 3) },
			review: random() < 0.1 ? {} : { last: addDays(AS_OF, -Math.floor(random() * 500)) },
			planPeriod: { start: '2026-01-01', end: pick(['2026-12-31', '2027-06-30', '2025-12-31']) },
			contacts: Array.from({ length: Math.floor(random() * 4) }, (_, c) => ({ name: `Contact ${c}`, role: pick(ROLES) })),
			actions: Array.from({ length: Math.floor(random() * 5) }, (_, a) => ({
				title: `Action ${a + 1}, step; review`,
				...(random() < 0.9 ? { owner: pick(people).id } : {}),
				due: addDays(AS_OF, Math.floor(random() * 240) - 120),
				status: pick(STATUSES),
			})),
			forecast: [2026, 2027, 2028].map((year) => ({ year, revenue: Math.round(current * (1 + (year - 2025) * 0.1)) })),
			financials: [2024, 2025].map((year) => ({ year, revenue: Math.round(current * (0.8 + (year - 2024) * 0.1)), contribution: Math.round(current * 0.2), cost: Math.round(current * 0.05) })),
		};
		if (tier !== 'mass-market' || random() < 0.5) fm.owner = people[Math.floor(i / 8)]!.id;
		if (tier === 'major') fm.sponsor = people[0]!.id;
		if (tier === 'major' || tier === 'named') fm.targets = { shareOfWallet: 0.3 };
		// Every tenth plan joins the group of an earlier one, so chains grow a few levels deep.
		if (i % 10 === 9) fm.parent = plans[i - 1 - Math.floor(random() * Math.min(i, 30))]!.slug;
		plans.push({ slug, frontmatter: fm, body: BODY, file: `accounts/${slug}.mdx` });
	}
	return { plans, people };
}

function time<T>(run: () => T): { result: T; ms: number } {
	const started = performance.now();
	const result = run();
	return { result, ms: performance.now() - started };
}

const count = Number(process.argv[2] ?? 10_000);
const { plans, people } = generatePlans(count);
const policy = policySchema.parse({ exchangeRates: { USD: 7.1 } });
const input = { plans, people, policy, asOf: AS_OF };

computePortfolio(input); // warm up the JIT
const runs = Array.from({ length: 5 }, () => time(() => computePortfolio(input)));
const engineTimes = runs.map((r) => r.ms).sort((a, b) => a - b);
const portfolio = runs[0]!.result;
const json = time(() => buildAccountsJson(portfolio));
const csv = time(() => buildAccountsCsv(portfolio));
const ics = time(() => buildReviewsIcs(portfolio));

const ms = (value: number) => `${value.toFixed(0)} ms`;
console.log(`computePortfolio on ${count} plans: median ${ms(engineTimes[2]!)} (min ${ms(engineTimes[0]!)}, max ${ms(engineTimes[4]!)}, 5 runs)`);
console.log(`  ${portfolio.rollups.group.length} groups, ${portfolio.schedule.length} schedule entries, ${portfolio.attention.length} on the attention list`);
console.log(`exports: accounts.json ${ms(json.ms)} (${(json.result.length / 1e6).toFixed(1)} MB), accounts.csv ${ms(csv.ms)}, reviews.ics ${ms(ics.ms)}`);
