/** Team members, team load and resource lateness: table-driven, expected values worked out by hand. */
import { describe, expect, it } from 'vitest';
import { teamIds, teamMembers } from '../../../schemas/team.ts';
import { isResourceLate, resourceViews, teamLoads } from '../../../src/lib/engine/team.ts';

describe('team members', () => {
	it('turns ids and detailed entries into one form, plan order; role and effort null when not given', () => {
		const plan = { team: ['wang-fang', { person: 'chen-jie', role: 'Installation lead', effort: 0.2 }, { person: 'gao-yan' }] };
		expect(teamMembers(plan)).toEqual([
			{ person: 'wang-fang', role: null, effort: null },
			{ person: 'chen-jie', role: 'Installation lead', effort: 0.2 },
			{ person: 'gao-yan', role: null, effort: null },
		]);
		expect(teamIds(plan)).toEqual(['wang-fang', 'chen-jie', 'gao-yan']);
		expect(teamMembers({})).toEqual([]);
	});
});

describe('team load', () => {
	const plans = [
		{ slug: 'b-plan', frontmatter: { team: [{ person: 'chen-jie', effort: 0.7 }, 'wang-fang'] } },
		{ slug: 'a-plan', frontmatter: { team: [{ person: 'chen-jie', effort: 0.4, role: 'Lead' }, { person: 'wang-fang', effort: 0.1 }] } },
		{ slug: 'c-plan', frontmatter: { team: [{ person: 'wang-fang', effort: 0.2 }] } },
		{ slug: 'd-plan', frontmatter: {} },
	];

	it('sums each person\u2019s effort over all plans (no effort counts 0), people in id order, plans in slug order', () => {
		expect(teamLoads(plans)).toEqual([
			{
				person: 'chen-jie',
				memberships: [
					{ slug: 'a-plan', role: 'Lead', effort: 0.4 },
					{ slug: 'b-plan', role: null, effort: 0.7 },
				],
				load: 1.1,
				overloaded: true,
			},
			{
				person: 'wang-fang',
				memberships: [
					{ slug: 'a-plan', role: null, effort: 0.1 },
					{ slug: 'b-plan', role: null, effort: null },
					{ slug: 'c-plan', role: null, effort: 0.2 },
				],
				// 0.1 + 0.2 is 0.30000000000000004 in floating point: kept as 0.3.
				load: 0.3,
				overloaded: false,
			},
		]);
	});

	it.each([
		{ efforts: [0.5, 0.5], load: 1, overloaded: false },
		{ efforts: [0.6, 0.3, 0.1], load: 1, overloaded: false },
		{ efforts: [0.6, 0.41], load: 1.01, overloaded: true },
	])('efforts $efforts: load $load, overloaded $overloaded', ({ efforts, load, overloaded }) => {
		const [row] = teamLoads(efforts.map((effort, i) => ({ slug: `p${i}`, frontmatter: { team: [{ person: 'x', effort }] } })));
		expect(row).toMatchObject({ load, overloaded });
	});
});

describe('resources', () => {
	it.each([
		{ status: 'requested' as const, by: '2026-11-14', late: true },
		{ status: 'requested' as const, by: '2026-11-15', late: false },
		{ status: 'requested' as const, by: undefined, late: false },
		{ status: 'agreed' as const, by: '2026-01-01', late: false },
		{ status: 'declined' as const, by: '2026-01-01', late: false },
		{ status: 'delivered' as const, by: '2026-01-01', late: false },
	])('$status by $by on 2026-11-15: late $late', ({ status, by, late }) => {
		expect(isResourceLate({ status, by }, '2026-11-15')).toBe(late);
	});

	it('names the department by id when the policy lists departments, as written otherwise, null without from', () => {
		const resources = [
			{ need: 'Crew', from: '运营部', status: 'requested' as const, by: '2026-10-01' },
			{ need: 'Credit line', from: 'Finance', status: 'agreed' as const },
			{ need: 'Samples', status: 'delivered' as const },
		];
		const departments = [{ id: 'operations', name: 'Operations', aliases: ['运营部'] }];
		expect(resourceViews(resources, departments, '2026-11-15')).toEqual([
			{ need: 'Crew', from: 'operations', status: 'requested', late: true },
			{ need: 'Credit line', from: 'Finance', status: 'agreed', late: false },
			{ need: 'Samples', from: null, status: 'delivered', late: false },
		]);
		expect(resourceViews(resources, undefined, '2026-11-15')[0]!.from).toBe('运营部');
	});
});
