/**
 * The account team, its budget and resources (the organisation around the
 * plans): one valid base plan, one change per test, named for what it rejects
 * or warns about.
 */
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate.ts';
import type { Diagnostic } from '../../../src/lib/diagnostics.ts';
import { planFile, snapshot, validPlan, VALID_PEOPLE } from '../../helpers/content-fixture.ts';

type Plan = Record<string, any>;

const DEPARTMENTS = `departments:
  - { id: sales, name: Key accounts, aliases: [大客户服务部] }
  - { id: operations, name: Operations, aliases: [运营部] }
`;

function basePlan(): Plan {
	const plan = validPlan() as Plan;
	plan.team = ['wang-fang', { person: 'zhang-min', role: 'Executive sponsor', effort: 0.1 }];
	plan.budget = [
		{ year: 2026, item: 'Executive visits and travel', amount: 60000 },
		{ year: 2026, item: 'Demonstration site', amount: 120000 },
	];
	plan.resources = [{ need: 'A dedicated installation crew', from: 'operations', by: '2026-12-01', status: 'requested', objective: 'group-framework' }];
	return plan;
}

interface Options {
	policy?: string;
	people?: string;
	asOf?: string;
	others?: Record<string, Plan>;
}

function diagnosticsOf(change: (plan: Plan) => void, options: Options = {}): Diagnostic[] {
	const plan = basePlan();
	change(plan);
	const files: Record<string, string> = { 'acme.mdx': planFile(plan) };
	for (const [slug, other] of Object.entries(options.others ?? {})) files[`${slug}.mdx`] = planFile(other);
	const content = snapshot(files, { policy: options.policy ?? DEPARTMENTS, ...(options.people !== undefined && { people: options.people }) });
	return validateContent({ ...content, asOf: options.asOf ?? '2026-11-15' }).diagnostics;
}

const summary = (d: Diagnostic) => `${d.severity} ${d.file} ${d.field} ${d.rule}`;

describe('team, budget and resources', () => {
	it('accepts the base plan: ids and detailed entries mixed, a budget, a resource by department alias', () => {
		expect(diagnosticsOf(() => {})).toEqual([]);
		expect(diagnosticsOf((p) => (p.resources[0].from = '运营部'))).toEqual([]);
	});

	it('accepts a plain list of ids, as before', () => {
		expect(diagnosticsOf((p) => (p.team = ['wang-fang', 'zhang-min']))).toEqual([]);
	});

	it('rejects a team entry that is neither a person id nor { person, role?, effort? }', () => {
		const [error] = diagnosticsOf((p) => (p.team[0] = 42));
		expect(summary(error!)).toBe('error accounts/acme.mdx team[0] invalid-union');
		expect(error!.message).toBe('expected a person id (`wang-fang`) or `{ person, role?, effort? }`, found `42`');
		expect(error!.line).toEqual(expect.any(Number));
	});

	it('rejects an unknown field in a team entry, suggesting the right one', () => {
		const [error] = diagnosticsOf((p) => (p.team[1] = { person: 'zhang-min', rol: 'Sponsor' }));
		expect(summary(error!)).toBe('error accounts/acme.mdx team[1].rol unknown-field');
		expect(error!.message).toContain('did you mean `role`?');
	});

	it('rejects an unknown person in a detailed entry', () => {
		const [error] = diagnosticsOf((p) => (p.team[1].person = 'nobody'));
		expect(summary(error!)).toBe('error accounts/acme.mdx team[1] unknown-person');
		expect(error!.message).toContain('`nobody`');
	});

	it.each([1.5, -0.1])('rejects an effort of %s, outside 0..1', (effort) => {
		const [error] = diagnosticsOf((p) => (p.team[1].effort = effort));
		expect(summary(error!)).toBe('error accounts/acme.mdx team[1].effort invalid-value');
		expect(error!.message).toContain(`found \`${effort}\``);
	});

	it('rejects a person twice in team, naming the first', () => {
		const [error] = diagnosticsOf((p) => p.team.push({ person: 'wang-fang', effort: 0.2 }));
		expect(summary(error!)).toBe('error accounts/acme.mdx team[2] duplicate-team-member');
		expect(error!.message).toBe('`wang-fang` is in `team` twice (also at team[0]); list each person once, with their role and their whole effort on this account');
	});

	it('rejects a negative budget amount', () => {
		const [error] = diagnosticsOf((p) => (p.budget[1].amount = -5));
		expect(summary(error!)).toBe('error accounts/acme.mdx budget[1].amount invalid-value');
	});

	it('rejects a budget year that is not a whole number', () => {
		const [error] = diagnosticsOf((p) => (p.budget[0].year = 2026.5));
		expect(summary(error!)).toBe('error accounts/acme.mdx budget[0].year invalid-type');
		expect(error!.message).toContain('whole year');
	});

	it('rejects a resource without need', () => {
		const [error] = diagnosticsOf((p) => delete p.resources[0].need);
		expect(summary(error!)).toBe('error accounts/acme.mdx resources[0].need missing-field');
	});

	it('rejects an unknown status, listing the allowed ones', () => {
		const [error] = diagnosticsOf((p) => (p.resources[0].status = 'pending'));
		expect(summary(error!)).toBe('error accounts/acme.mdx resources[0].status invalid-value');
		expect(error!.message).toBe('expected one of `requested`, `agreed`, `declined`, `delivered`; found `pending` (text)');
	});

	it('rejects an unknown department in from when the policy lists departments, suggesting the closest', () => {
		const [error] = diagnosticsOf((p) => (p.resources[0].from = 'operation'));
		expect(summary(error!)).toBe('error accounts/acme.mdx resources[0].from unknown-department');
		expect(error!.message).toContain('did you mean `operations`');
	});

	it('accepts any from without a departments list', () => {
		expect(diagnosticsOf((p) => (p.resources[0].from = 'Finance'), { policy: '' })).toEqual([]);
	});

	it('rejects a resource objective that names no objective of the plan', () => {
		const [error] = diagnosticsOf((p) => (p.resources[0].objective = 'nothing'));
		expect(summary(error!)).toBe('error accounts/acme.mdx resources[0].objective unknown-objective');
		expect(error!.message).toBe("unknown objective `nothing`: expected one of the plan's objective ids, `group-framework`");
	});

	it('warns about a resource still requested after its by date', () => {
		const [warning] = diagnosticsOf(() => {}, { asOf: '2026-12-02' });
		expect(summary(warning!)).toBe('warning accounts/acme.mdx resources[0].by resource-late');
		expect(warning!.line).toEqual(expect.any(Number));
	});

	it('does not warn on the by date itself, nor once agreed', () => {
		expect(diagnosticsOf(() => {}, { asOf: '2026-12-01' })).toEqual([]);
		expect(diagnosticsOf((p) => (p.resources[0].status = 'agreed'), { asOf: '2027-01-01' })).toEqual([]);
	});

	it('warns when the plan-year budget is above maxCostToServe', () => {
		// 180,000 of the 2026 forecast 7,000,000 is 2.57 %, above 2 %.
		const [warning] = diagnosticsOf(() => {}, { policy: `${DEPARTMENTS}maxCostToServe: 0.02\n` });
		expect(summary(warning!)).toBe('warning accounts/acme.mdx budget cost-to-serve-above-max');
		expect(warning!.message).toContain('2.6 %');
		expect(diagnosticsOf(() => {}, { policy: `${DEPARTMENTS}maxCostToServe: 0.03\n` })).toEqual([]);
	});

	it('warns once, on people.yaml, when a person is given more than one full-time person over all plans', () => {
		const other = validPlan() as Plan;
		other.name = 'Other Group';
		other.owner = 'wang-fang';
		other.team = [{ person: 'zhang-min', effort: 0.95 }];
		const diagnostics = diagnosticsOf(() => {}, { others: { other } });
		expect(diagnostics.map(summary)).toEqual(['warning people.yaml team team-overload']);
		expect(diagnostics[0]!.message).toContain('`acme` 0.1, `other` 0.95');
		expect(diagnostics[0]!.message).toContain('1.05');
		expect(diagnostics[0]!.line).toBe(4);
	});

	it('rejects an unknown department in people.yaml when the policy lists departments, and accepts an alias', () => {
		const people = VALID_PEOPLE.replace('  name: Li Wei\n', '  name: Li Wei\n  department: 大客户服务部\n').replace('  name: Wang Fang\n', '  name: Wang Fang\n  department: Logistics\n');
		const diagnostics = diagnosticsOf(() => {}, { people });
		expect(diagnostics.map(summary)).toEqual(['error people.yaml [2].department unknown-department']);
		expect(diagnostics[0]!.line).toBe(10);
	});

	it('accepts any department without a departments list', () => {
		const people = VALID_PEOPLE.replace('  name: Wang Fang\n', '  name: Wang Fang\n  department: Logistics\n');
		expect(diagnosticsOf((p) => delete p.resources, { people, policy: '' })).toEqual([]);
	});
});
