import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../../src/node/read-content-dir.ts';
import { type LoadedPlan, validateContent } from '../../../src/lib/content/validate.ts';
import { computePortfolio } from '../../../src/lib/engine/index.ts';
import type { Rollup, RollupDimension } from '../../../src/lib/engine/types.ts';
import { buildAccountsJson } from '../../../src/lib/export/accounts-json.ts';
import { asTier, planInput, portfolioOf, PEOPLE, testPolicy } from './fixtures.ts';

const SAMPLE_CONTENT = resolve(import.meta.dirname, '../../../content');
const SAMPLE_AS_OF = '2026-11-22';

describe('computePortfolio', () => {
	it('gives the same output whatever order the plans and people come in', () => {
		const plans = [
			planInput('d', (p) => (p.parent = 'a')),
			planInput('a'),
			planInput('c', (p) => (asTier(p, 'non-named'), (p.currency = 'USD'), (p.parent = 'd'))),
			planInput('b', (p) => (asTier(p, 'mass-market'), delete p.owner, delete p.review)),
		];
		const forward = portfolioOf(plans);
		const backward = portfolioOf([...plans].reverse());
		expect(backward).toEqual(forward);
		expect(buildAccountsJson(backward)).toBe(buildAccountsJson(forward));
		expect(forward.accounts.map((a) => a.slug)).toEqual(['a', 'b', 'c', 'd']);
		expect([...forward.bySlug.keys()]).toEqual(['a', 'b', 'c', 'd']);
	});

	it('refuses an as-of date that is not a calendar date', () => {
		expect(() => computePortfolio({ plans: [], people: PEOPLE, policy: testPolicy(), asOf: '2026-02-30' })).toThrow(/YYYY-MM-DD/);
	});

	it('handles an empty portfolio', () => {
		const portfolio = portfolioOf([]);
		expect(portfolio.total.count).toBe(0);
		expect(portfolio.schedule).toEqual([]);
		expect(portfolio.progressReport.accounts).toEqual([]);
	});
});

// --- The sample content, checked against sums computed here, independently of the engine. ---

/** Independent oracle: last review + months with month-end clamping, via UTC dates. */
function reviewDue(last: string, months: number): string {
	const [y, m, d] = last.split('-').map(Number) as [number, number, number];
	const firstOfTarget = new Date(Date.UTC(y, m - 1 + months, 1));
	const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
	firstOfTarget.setUTCDate(Math.min(d, lastDay));
	return firstOfTarget.toISOString().slice(0, 10);
}

interface Expected {
	count: number;
	current: Record<string, number>;
	potential: Record<string, number>;
	wallet: Record<string, number>;
	forecastByYear: Record<number, Record<string, number>>;
	overdueReviews: number;
	overdueActions: number;
}

function expectedTotals(plans: LoadedPlan[], policyCurrency: string, reviewMonths: (tier: string) => number): Expected {
	const totals: Expected = { count: 0, current: {}, potential: {}, wallet: {}, forecastByYear: {}, overdueReviews: 0, overdueActions: 0 };
	for (const { frontmatter: plan } of plans) {
		const currency = plan.currency ?? policyCurrency;
		totals.count += 1;
		totals.current[currency] = (totals.current[currency] ?? 0) + plan.value.current;
		totals.potential[currency] = (totals.potential[currency] ?? 0) + plan.value.potential;
		if (plan.value.wallet) totals.wallet[currency] = (totals.wallet[currency] ?? 0) + plan.value.wallet;
		for (const row of plan.forecast ?? []) {
			const year = (totals.forecastByYear[row.year] ??= {});
			year[currency] = (year[currency] ?? 0) + row.revenue;
		}
		// ISO dates compare correctly as strings.
		if (plan.review?.last && reviewDue(plan.review.last, reviewMonths(plan.tier)) < SAMPLE_AS_OF) totals.overdueReviews += 1;
		totals.overdueActions += (plan.actions ?? []).filter((a) => a.due && a.due < SAMPLE_AS_OF && a.status !== 'done' && a.status !== 'dropped').length;
	}
	return totals;
}

describe('the sample content', async () => {
	const validation = validateContent(await readContentDir(SAMPLE_CONTENT));
	const { plans, policy, people } = validation;
	const portfolio = computePortfolio({ plans, people, policy, asOf: SAMPLE_AS_OF });
	const reviewMonths = (tier: string) => policy.tiers[tier as keyof typeof policy.tiers].reviewEveryMonths;
	const parentOf = new Map(plans.map((p) => [p.slug, p.frontmatter.parent]));

	/** The id of the policy entry a plan's spelling names (any case), else the text itself. */
	const entryId = (entries: typeof policy.regions, value: string | undefined) =>
		value === undefined ? '' : (entries?.find((e) => [e.id, e.name, ...(e.aliases ?? [])].some((s) => s.toLowerCase() === value.toLowerCase()))?.id ?? value);
	/** Which rollup keys of a dimension a plan belongs to, worked out here. */
	const keysOf: Record<RollupDimension, (plan: LoadedPlan) => string[]> = {
		tier: (p) => [p.frontmatter.tier],
		category: (p) => [p.frontmatter.category],
		owner: (p) => [p.frontmatter.owner ?? ''],
		region: (p) => [entryId(policy.regions, p.frontmatter.region)],
		industry: (p) => [entryId(policy.industries, p.frontmatter.industry)],
		quadrant: (p) => [
			`${p.frontmatter.value.current >= policy.quadrant.currentHigh ? 'high' : 'low'}-current-${p.frontmatter.value.potential >= policy.quadrant.potentialHigh ? 'high' : 'low'}-potential`,
		],
		group: (p) => {
			const chain = [p.slug];
			for (let parent = parentOf.get(p.slug); parent !== undefined; parent = parentOf.get(parent)) chain.push(parent);
			return chain.filter((slug) => plans.some((other) => other.frontmatter.parent === slug));
		},
	};

	it('is valid and non-trivial', () => {
		expect(validation.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(plans.length).toBeGreaterThanOrEqual(20);
		expect(new Set(plans.map((p) => p.frontmatter.currency ?? policy.currency)).size).toBeGreaterThan(1);
		expect(portfolio.rollups.group.length).toBeGreaterThan(0);
	});

	const pick = (r: Rollup) => ({
		count: r.count,
		current: r.current,
		potential: r.potential,
		wallet: r.wallet,
		forecastByYear: r.forecastByYear,
		overdueReviews: r.overdueReviews,
		overdueActions: r.overdueActions,
	});

	it('total matches sums over every plan', () => {
		expect(pick(portfolio.total)).toEqual(expectedTotals(plans, policy.currency, reviewMonths));
	});

	it.each(['tier', 'category', 'owner', 'region', 'industry', 'quadrant', 'group'] as const)('every %s rollup matches sums over its plans', (dimension) => {
		const rollups = portfolio.rollups[dimension];
		const keys = new Set(plans.flatMap(keysOf[dimension]));
		// Every key in use has a rollup (closed lists may add empty ones).
		for (const key of keys) expect(rollups.map((r) => r.key)).toContain(key);
		for (const rollup of rollups) {
			const members = plans.filter((p) => keysOf[dimension](p).includes(rollup.key));
			expect(rollup.slugs).toEqual(members.map((p) => p.slug).sort());
			expect(pick(rollup)).toEqual(expectedTotals(members, policy.currency, reviewMonths));
		}
	});

	it('share of wallet per currency is current over wallet of the plans with a wallet', () => {
		for (const currency of Object.keys(portfolio.total.wallet)) {
			const withWallet = plans.filter((p) => (p.frontmatter.currency ?? policy.currency) === currency && p.frontmatter.value.wallet);
			const current = withWallet.reduce((sum, p) => sum + p.frontmatter.value.current, 0);
			const wallet = withWallet.reduce((sum, p) => sum + p.frontmatter.value.wallet!, 0);
			expect(portfolio.total.shareOfWallet[currency]).toBeCloseTo(current / wallet, 12);
		}
	});

	it('coverage counts every owned account below mass-market once', () => {
		const covered = plans.filter((p) => p.frontmatter.owner && p.frontmatter.tier !== 'mass-market');
		expect(portfolio.coverage.reduce((sum, row) => sum + row.count, 0)).toBe(covered.length);
	});

	it('the schedule covers every plan exactly once', () => {
		const scheduled = portfolio.schedule.flatMap((e) => (e.kind === 'plan' ? [e.slug] : e.kind === 'collective' ? e.slugs : []));
		expect(scheduled.sort()).toEqual(plans.map((p) => p.slug).sort());
	});
});
