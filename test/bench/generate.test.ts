/**
 * The benchmark's generated plans are written as account managers write them
 * (issues 15 and 16): valid under the contract, major and named plans with
 * every block, the others with a share of it. Counts come from the files.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateContent, writeGeneratedContent } from '../../bench/generate.ts';
import { lintPlans } from '../../src/lint/lint-plans.ts';
import { readContentDir } from '../../src/node/read-content-dir.ts';
import { type ValidationResult, validateContent } from '../../src/lib/content/validate.ts';
import type { ContentSnapshot } from '../../src/lib/content/validate.ts';

const PLANS = 200;

type Plan = Record<string, any>;

function frontmatterOf(text: string): Plan {
	return parse(text.split('\n---\n')[0]!.replace(/^---\n/, '')) as Plan;
}

describe(`generated content (${PLANS} plans)`, () => {
	let snapshot: ContentSnapshot;
	let validation: ValidationResult;
	let plans: Plan[];

	beforeAll(async () => {
		const dir = join(await mkdtemp(join(tmpdir(), 'kam-gen-')), 'content');
		await writeGeneratedContent(dir, { count: PLANS, seed: 42 });
		snapshot = await readContentDir(dir);
		validation = validateContent(snapshot);
		plans = snapshot.accounts.map((file) => frontmatterOf(new TextDecoder().decode(file.bytes)));
	});

	it('validates and lints with no errors, and warns only of a major review held without its sponsor', async () => {
		expect(validation.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(validation.plans).toHaveLength(PLANS);
		expect(new Set(validation.diagnostics.map((d) => d.rule))).toEqual(new Set(validation.diagnostics.length > 0 ? ['review-without-sponsor'] : []));
		const lint = await lintPlans(snapshot, validation.policy);
		expect(lint.filter((d) => d.severity === 'error')).toEqual([]);
	});

	it('gives every major and named plan the full frontmatter', () => {
		const full = plans.filter((p) => p.tier === 'major' || p.tier === 'named');
		expect(full.length).toBeGreaterThan(10);
		for (const plan of full) {
			const where = `${plan.name} (${plan.tier})`;
			expect(plan.owner, where).toBeDefined();
			if (plan.tier === 'major') expect(plan.sponsor, where).toBeDefined();
			expect(plan.team?.length, where).toBeGreaterThanOrEqual(1);
			expect(plan.value.wallet, where).toBeGreaterThan(0);
			expect(plan.targets.shareOfWallet, where).toBeGreaterThan(0);
			expect(plan.financials, where).toHaveLength(3);
			expect(plan.forecast, where).toHaveLength(5);
			expect(plan.products.length, where).toBeGreaterThanOrEqual(3);
			expect(plan.competitors.length, where).toBeGreaterThanOrEqual(1);
			expect(plan.objectives, where).toHaveLength(2);
			expect(plan.budget, where).toHaveLength(2);
			expect(plan.resources.length, where).toBeGreaterThanOrEqual(1);
			expect(plan.team[0], where).toMatchObject({ person: expect.any(String), role: expect.any(String), effort: 0.01 });
			const objectiveIds = plan.objectives.map((o: Plan) => o.id);
			const linked = plan.actions.filter((a: Plan) => objectiveIds.includes(a.objective));
			expect(linked.length, where).toBeGreaterThanOrEqual(3);
			expect(plan.review.history, where).toHaveLength(2);
			for (const record of plan.review.history) expect(Object.keys(record.findings).length, where).toBeGreaterThan(0);
			expect(plan.review.last, where).toBe(plan.review.history.map((r: Plan) => r.date).sort().at(-1));
			expect(plan.contacts.length, where).toBeGreaterThanOrEqual(3);
			for (const contact of plan.contacts) {
				expect(contact.id, where).toBeDefined();
				expect(contact.stance, where).toBeDefined();
				expect(contact.strength, where).toBeDefined();
				expect(contact.lastContact, where).toBeDefined();
			}
			// An org chart: everyone but the top reports to someone; most are covered by our people.
			expect(plan.contacts.filter((c: Plan) => c.reportsTo).length, where).toBe(plan.contacts.length - 1);
			expect(plan.contacts.filter((c: Plan) => c.coveredBy).length, where).toBeGreaterThanOrEqual(plan.contacts.length - 1);
		}
	});

	it('gives the other plans a realistic share of it, and mass-market plans a light one', () => {
		const share = (tier: string, has: (p: Plan) => boolean) => {
			const ofTier = plans.filter((p) => p.tier === tier);
			return ofTier.filter(has).length / ofTier.length;
		};
		const nonNamed = 'non-named';
		expect(share(nonNamed, (p) => p.contacts?.length > 0 && p.contacts.every((c: Plan) => c.id))).toBe(1);
		expect(share(nonNamed, (p) => p.actions?.length === 2)).toBe(1);
		expect(share(nonNamed, (p) => p.financials?.length === 2)).toBe(1);
		for (const has of [(p: Plan) => p.objectives?.length === 1, (p: Plan) => p.products?.length > 0, (p: Plan) => p.review?.history?.length === 1]) {
			expect(share(nonNamed, has)).toBeGreaterThan(0.3);
			expect(share(nonNamed, has)).toBeLessThan(0.9);
		}
		expect(share('mass-market', (p) => p.objectives === undefined && p.review?.history === undefined && p.forecast === undefined)).toBe(1);
		expect(share('mass-market', (p) => p.financials?.length === 1)).toBe(1);
	});

	it('writes a policy with the vocabularies, and plans name entries by id, name or alias in either language', () => {
		const policy = validation.policy;
		for (const list of [policy.regions, policy.industries, policy.productLines]) {
			expect(list!.length).toBeGreaterThan(3);
			expect(list!.every((entry) => entry.aliases?.some((alias) => /\p{Script=Han}/u.test(alias)))).toBe(true);
		}
		expect(policy.tags!.length).toBeGreaterThan(3);
		const spellings = plans.flatMap((p) => (p.products ?? []).map((row: Plan) => row.line as string));
		const lines = policy.productLines!;
		expect(spellings.some((s) => lines.some((l) => l.id === s))).toBe(true);
		expect(spellings.some((s) => lines.some((l) => l.name === s))).toBe(true);
		expect(spellings.some((s) => lines.some((l) => l.aliases!.includes(s)))).toBe(true);
		// A share of the lines is whitespace: the customer spends and we sell nothing.
		expect(spellings.length).toBeGreaterThan(PLANS);
		expect(plans.some((p) => p.products?.some((row: Plan) => row.current === 0 && row.wallet > 0))).toBe(true);
	});

	it('is deterministic from the seed, with a third of the plans in Chinese', () => {
		expect(generateContent({ count: 30, seed: 5 })).toEqual(generateContent({ count: 30, seed: 5 }));
		expect(generateContent({ count: 30, seed: 5 })).not.toEqual(generateContent({ count: 30, seed: 6 }));
		const chinese = plans.filter((p) => /\p{Script=Han}/u.test(p.name)).length;
		expect(chinese).toBe(Math.ceil(PLANS / 3));
	});
});

describe('generated visit reports', () => {
	it('writes 20 valid reports for each major and named account, and leaves the plans as they are without them', async () => {
		const withVisits = generateContent({ count: PLANS, seed: 42, visitsPerAccount: 20 });
		const without = generateContent({ count: PLANS, seed: 42 });
		const plansOf = (files: Map<string, string>) => [...files].filter(([path]) => path.startsWith('accounts/'));
		expect(plansOf(withVisits)).toEqual(plansOf(without));
		const full = plansOf(without).filter(([, text]) => /^tier: (major|named)$/m.test(text)).length;
		const visits = [...withVisits.keys()].filter((path) => path.startsWith('visits/'));
		expect(visits.length).toBe(full * 20);
		const dir = await mkdtemp(join(tmpdir(), 'kam-generated-visits-'));
		await writeGeneratedContent(dir, { count: PLANS, seed: 42, visitsPerAccount: 20 });
		const result = validateContent({ ...(await readContentDir(dir)), asOf: '2026-11-22' });
		expect(result.diagnostics.filter((d) => d.file.startsWith('visits/'))).toEqual([]);
		expect(result.visits.length).toBe(full * 20);
	});
});
