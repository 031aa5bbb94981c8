import { describe, expect, it } from 'vitest';
import { buildAccountsJson, canonical } from '../../../src/lib/export/accounts-json.ts';
import { planInput, portfolioOf, testPolicy } from '../engine/fixtures.ts';

describe('accounts.json', () => {
	const portfolio = portfolioOf([
		planInput('acme', (p) => (p.name = 'Acme </script><script>alert(1)</script> & Co')),
		planInput('beta', (p) => (p.parent = 'acme')),
	]);
	const text = buildAccountsJson(portfolio);
	const data = JSON.parse(text);

	it('has every account with its frontmatter and computed fields', () => {
		expect(data.asOf).toBe(portfolio.asOf);
		expect(data.accounts.map((a: { slug: string }) => a.slug)).toEqual(['acme', 'beta']);
		const [acme] = data.accounts;
		expect(acme.frontmatter).toEqual(JSON.parse(JSON.stringify(portfolio.accounts[0]!.frontmatter)));
		expect(acme.computed.review).toEqual(portfolio.accounts[0]!.review);
		expect(acme.computed.health.score).toBe(portfolio.accounts[0]!.health.score);
		expect(acme.computed.descendants).toEqual(['beta']);
		expect(acme.computed.frontmatter).toBeUndefined();
	});

	it("carries the living plan's computed fields under their contract names", () => {
		const living = portfolioOf([
			planInput('acme', (p) => {
				p.review = { history: [{ date: '2026-10-01', by: ['zhang-min', 'li-wei'], outcome: 'revise', findings: { 'goals-realistic': 'concern', competitive: 'ok' } }] };
				p.contacts = [
					{ id: 'wang-jun', name: 'Wang Jun', role: 'decider', lastContact: '2026-01-01' },
					{ name: 'Zhao Lei', role: 'user', coveredBy: 'li-wei' },
				];
			}),
		]);
		const [account] = JSON.parse(buildAccountsJson(living)).accounts;
		const view = living.accounts[0]!;
		expect(account.computed.objectives).toEqual([{ id: 'group-framework', progress: view.objectives[0]!.progress, elapsed: view.objectives[0]!.elapsed, status: 'on-track', start: '2026-01-01', actions: [] }]);
		expect(account.computed.latestReview).toEqual({ date: '2026-10-01', outcome: 'revise', by: ['zhang-min', 'li-wei'], concerns: ['goals-realistic'] });
		expect(account.computed.contacts.map(({ id, name, cold, covered }: Record<string, unknown>) => ({ id, name, cold, covered }))).toEqual([
			{ id: 'wang-jun', name: 'Wang Jun', cold: true, covered: false },
			{ id: null, name: 'Zhao Lei', cold: false, covered: true },
		]);
	});

	it('carries the cycle and the application under their contract names', () => {
		const policy = testPolicy({
			planningCycle: { year: 2027, opens: '2026-10-01', draftsDue: '2026-11-30', reviewsDue: '2026-12-20' },
			signOff: { major: ['sponsor', 'wang-fang'] },
		});
		const cycled = portfolioOf(
			[
				planInput('acme', (p) => {
					p.review = { history: [{ date: '2026-10-10', by: ['zhang-min'], outcome: 'approved' }] };
					p.application = { proposed: '2026-10-12', by: 'li-wei', expectedRevenue: 8_000_000, expectedContribution: 1_600_000, developmentCost: 400_000, risk: 'low' };
				}),
				planInput('beta', (p) => (p.tier = 'non-named')),
			],
			{ policy },
		);
		const [acme, beta] = JSON.parse(buildAccountsJson(cycled)).accounts;
		expect(acme.computed.cycle).toEqual({ late: false, missingSignOff: ['wang-fang'], status: 'in-review' });
		expect(acme.computed.application).toEqual({ age: 41, payback: 0.25, status: 'pending' });
		expect(beta.computed.cycle).toBeNull();
		expect(beta.computed.application).toBeNull();
	});

	it('writes latestReview as null without a review history', () => {
		expect(data.accounts[0].computed.latestReview).toBeNull();
	});

	it('has the rollups, total, coverage, schedule and attention', () => {
		expect(data.total.count).toBe(2);
		expect(Object.keys(data.rollups)).toEqual(Object.keys(portfolio.rollups).sort());
		expect(data.rollups.group[0].slugs).toEqual(['acme', 'beta']);
		expect(data.coverage).toEqual(JSON.parse(JSON.stringify(portfolio.coverage)));
		expect(data.schedule.length).toBe(portfolio.schedule.length);
	});

	it('cannot break out of a <script> if inlined, and still round-trips', () => {
		expect(text).not.toMatch(/[<>&]/);
		expect(data.accounts[0].name).toBe('Acme </script><script>alert(1)</script> & Co');
	});

	it('writes keys in a fixed order regardless of how the frontmatter was written', () => {
		const reordered = portfolioOf([
			planInput('acme', (p) => {
				const { name, ...rest } = p;
				for (const key of Object.keys(p)) delete (p as Record<string, unknown>)[key];
				Object.assign(p, rest, { name: 'Acme </script><script>alert(1)</script> & Co' });
				void name;
			}),
			planInput('beta', (p) => (p.parent = 'acme')),
		]);
		expect(buildAccountsJson(reordered)).toBe(text);
	});

	it('canonical sorts keys deeply and drops undefined', () => {
		expect(JSON.stringify(canonical({ b: 1, a: { d: [{ z: 1, y: undefined, x: 2 }], c: 3 } }))).toBe('{"a":{"c":3,"d":[{"x":2,"z":1}]},"b":1}');
	});

	it('canonical drops an undefined entry even when the keys are already in order', () => {
		expect(Object.keys(canonical({ a: 1, b: undefined, c: 3 }) as object)).toEqual(['a', 'c']);
	});

	it('canonical leaves its input as it was', () => {
		const input = { b: [{ z: 1, x: 2 }], a: undefined };
		canonical(input);
		expect(JSON.stringify(input)).toBe('{"b":[{"z":1,"x":2}]}');
		expect(Object.keys(input)).toEqual(['b', 'a']);
	});
});
