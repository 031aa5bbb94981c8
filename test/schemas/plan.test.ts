import { beforeEach, describe, expect, it } from 'vitest';
import { planFrontmatter } from '../../schemas/plan.ts';
import { contentErrorMap } from '../../src/lib/content/zod-issues.ts';
import { validPlan } from '../helpers/content-fixture.ts';

type Plan = Record<string, any>;

function problems(plan: Plan): string[] {
	const result = planFrontmatter.safeParse(plan, { error: contentErrorMap, reportInput: true });
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('plan frontmatter schema', () => {
	let plan: Plan;
	beforeEach(() => {
		plan = validPlan();
	});

	it('accepts the base plan', () => {
		expect(problems(plan)).toEqual([]);
	});

	it('rejects missing owner', () => {
		delete plan.owner;
		expect(problems(plan)).toMatchInlineSnapshot(`
			[
			  "owner: missing \`owner\`: a major account needs an account manager; add \`owner: <person id>\`",
			]
		`);
	});

	it('accepts missing owner for a mass-market account', () => {
		Object.assign(plan, { tier: 'mass-market', sponsor: undefined, owner: undefined });
		delete plan.sponsor;
		delete plan.owner;
		expect(problems(plan)).toEqual([]);
	});

	it('rejects missing sponsor on a major account', () => {
		delete plan.sponsor;
		expect(problems(plan)).toEqual(['sponsor: missing `sponsor`: a major account needs an executive sponsor; add `sponsor: <person id>`']);
	});

	it('accepts missing sponsor on a named account', () => {
		plan.tier = 'named';
		delete plan.sponsor;
		expect(problems(plan)).toEqual([]);
	});

	it('rejects an unknown tier, listing the allowed values', () => {
		plan.tier = 'gold';
		expect(problems(plan)).toMatchInlineSnapshot(`
			[
			  "tier: expected one of \`major\`, \`named\`, \`non-named\`, \`mass-market\`; found \`gold\` (text)",
			]
		`);
	});

	it('rejects an unknown category', () => {
		plan.category = 'vip';
		expect(problems(plan)[0]).toContain('expected one of `key`, `target`, `normal`, `lost`');
	});

	it('rejects an unknown top-level key such as a typo', () => {
		plan.teir = 'major';
		expect(problems(plan)).toEqual([expect.stringContaining('teir')]);
	});

	it('rejects an unknown nested key', () => {
		plan.value.curent = 5;
		expect(problems(plan).join()).toContain('curent');
	});

	it('rejects negative money', () => {
		plan.value.current = -1;
		expect(problems(plan)).toEqual(['value.current: expected an amount of 0 or more, found `-1`; money cannot be negative']);
	});

	it.each([
		['1.2M', 'write digits only'],
		['1,200,000', 'write digits only'],
		[Number.NaN, '`.nan`'],
		[Number.POSITIVE_INFINITY, '`.inf`'],
		[2 ** 53 + 2, 'below 2^53'],
	])('rejects the amount %s', (amount, hint) => {
		plan.value.potential = amount;
		expect(problems(plan).join()).toContain(hint);
	});

	it.each([1.2, -0.1])('rejects a share of %s', (share) => {
		plan.targets.shareOfWallet = share;
		expect(problems(plan)).toEqual([`targets.shareOfWallet: expected a share between 0 and 1 (0.35 means 35 %), found \`${share}\``]);
	});

	it('rejects a zero wallet', () => {
		plan.value.wallet = 0;
		expect(problems(plan).join()).toContain('greater than 0');
	});

	it('rejects a missing wallet on a named account', () => {
		plan.tier = 'named';
		delete plan.value.wallet;
		expect(problems(plan)).toEqual([expect.stringMatching(/^value\.wallet: missing `value\.wallet`/)]);
	});

	it('rejects a missing share-of-wallet target on a major account', () => {
		delete plan.targets;
		expect(problems(plan)).toEqual([expect.stringMatching(/^targets\.shareOfWallet: missing/)]);
	});

	it.each([
		['2026-02-30', 'is not a real calendar date'],
		['2025-02-29', 'is not a real calendar date'],
		['31/12/2025', 'expected a date written YYYY-MM-DD'],
		['2026-09-15T10:00:00+08:00', 'expected a date written YYYY-MM-DD'],
	])('rejects the review date %s', (date, message) => {
		plan.review.last = date;
		expect(problems(plan).join()).toContain(message);
	});

	it('accepts a leap day', () => {
		plan.review.last = '2028-02-29';
		expect(problems(plan)).toEqual([]);
	});

	it('rejects duplicate years in financials', () => {
		plan.financials[1].year = 2024;
		expect(problems(plan)).toMatchInlineSnapshot(`
			[
			  "financials.1.year: year \`2024\` appears twice in financials (also at financials[0]); keep one entry per year",
			]
		`);
	});

	it('rejects duplicate years in forecast', () => {
		plan.forecast.push({ year: 2026, revenue: 1 });
		expect(problems(plan).join()).toContain('appears twice in forecast');
	});

	it('rejects more than five forecast years', () => {
		plan.forecast = [2026, 2027, 2028, 2029, 2030, 2031].map((year) => ({ year, revenue: 1 }));
		expect(problems(plan).join()).toContain('at most 5 forecast years');
	});

	it('rejects a plan period that ends before it starts', () => {
		plan.planPeriod = { start: '2026-06-01', end: '2026-05-31' };
		expect(problems(plan)).toEqual([expect.stringMatching(/^planPeriod\.end: `planPeriod\.end` \(`2026-05-31`\) is before/)]);
	});

	it('rejects a lost account without `lost`', () => {
		plan.category = 'lost';
		expect(problems(plan).join()).toContain('missing `lost`');
	});

	it('rejects `lost` on an account that is not lost', () => {
		plan.lost = { date: '2025-11-01', reason: 'Price' };
		expect(problems(plan).join()).toContain('unexpected `lost`');
	});

	it('accepts a lost account with its reason', () => {
		plan.category = 'lost';
		plan.lost = { date: '2025-11-01', reason: 'Price; lost the 2025 tender' };
		expect(problems(plan)).toEqual([]);
	});

	it('rejects an unknown contact role, listing the six roles', () => {
		plan.contacts[0].role = 'boss';
		expect(problems(plan)[0]).toContain('`initiator`, `user`, `influencer`, `decider`, `buyer`, `gatekeeper`');
	});

	it('rejects an unknown action status', () => {
		plan.actions[0].status = 'finished';
		expect(problems(plan)[0]).toMatch(/^actions\.0\.status: expected one of `planned`/);
	});

	it('rejects a name longer than 200 characters', () => {
		plan.name = 'x'.repeat(201);
		expect(problems(plan)).toEqual(['name: expected at most 200 characters, found 201']);
	});

	it('accepts a name in Chinese', () => {
		plan.name = '中铁建设集团';
		expect(problems(plan)).toEqual([]);
	});

	it('rejects a person id with an invisible character', () => {
		plan.owner = 'li\u200Bwei';
		expect(problems(plan)[0]).toContain('it contains the invisible character U+200B (zero-width space), so retype it');
	});

	it('rejects a person id followed by an ideographic space, naming it', () => {
		plan.owner = 'ma-jun\u3000';
		expect(problems(plan)[0]).toContain('it contains the invisible character U+3000 (ideographic space), so retype it');
	});

	it('rejects a NUL character in a text field, naming it', () => {
		plan.name = 'Acme\u0000 Group';
		expect(problems(plan)).toEqual(['name: the text contains the control character U+0000 (NUL) at character 5; it is invisible, and exports and pages would carry it, so delete it']);
	});

	it('reports every problem of a plan at once, cross-field rules included', () => {
		plan.tier = 'gold';
		plan.value.current = -5;
		delete plan.sponsor;
		plan.category = 'lost';
		expect(problems(plan)).toHaveLength(3);
		plan.tier = 'major';
		expect(problems(plan)).toHaveLength(3); // -5, sponsor, lost
	});
});
