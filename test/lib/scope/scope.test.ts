import { beforeEach, describe, expect, it } from 'vitest';
import type { PlanFrontmatter } from '../../../schemas/plan.ts';
import { policy as policySchema } from '../../../schemas/policy.ts';
import type { LoadedPlan, ValidationResult } from '../../../src/lib/content/validate.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import {
	checkPortals,
	conditionsOf,
	findPortal,
	parseScopeOption,
	type ScopeCondition,
	scopeContent,
	scopeProblems,
	selectPlans,
} from '../../../src/lib/scope/scope.ts';
import { portalPageOf } from '../../../src/lib/content/plan-links.ts';
import { planFile, snapshot, validFrontmatter } from '../../helpers/content-fixture.ts';

function plan(slug: string, change: Partial<PlanFrontmatter> = {}): LoadedPlan {
	return { slug, file: `accounts/${slug}.mdx`, frontmatter: { ...validFrontmatter(), ...change }, body: '', bodyLine: 1 };
}

const people = [
	{ id: 'li-wei', name: 'Li Wei' },
	{ id: 'zhang-min', name: 'Zhang Min' },
	{ id: 'wang-fang', name: 'Wang Fang' },
	{ id: 'chen-jie', name: 'Chen Jie' },
];

function content(plans: LoadedPlan[]): ValidationResult {
	return { diagnostics: [], policy: policySchema.parse(undefined), people, plans, visits: [] };
}

const slugs = (plans: readonly LoadedPlan[]) => plans.map((p) => p.slug);

describe('selectPlans', () => {
	const plans = [
		plan('holding', { region: 'East China', tags: ['group', 'Premium'] }),
		plan('subsidiary', { region: 'east  china', parent: 'holding', owner: 'chen-jie' }),
		plan('grandchild', { region: 'East_China', parent: 'subsidiary', tier: 'named' }),
		plan('elsewhere', { region: 'North China', tags: ['premium'] }),
		plan('no-region', { region: undefined }),
	];

	it.each<[string, ScopeCondition[], string[]]>([
		['region in any case, spacing or separator', [{ field: 'region', value: 'east-china' }], ['holding', 'subsidiary', 'grandchild']],
		['region written as a name', [{ field: 'region', value: 'North China' }], ['elsewhere']],
		['owner', [{ field: 'owner', value: 'chen-jie' }], ['subsidiary']],
		['tier', [{ field: 'tier', value: 'named' }], ['grandchild']],
		['tag in any case', [{ field: 'tag', value: 'premium' }], ['holding', 'elsewhere']],
		['group: the group account and every level under it', [{ field: 'group', value: 'holding' }], ['holding', 'subsidiary', 'grandchild']],
		['group of a subsidiary: not its parent', [{ field: 'group', value: 'subsidiary' }], ['subsidiary', 'grandchild']],
		[
			'several conditions narrow',
			[
				{ field: 'region', value: 'east-china' },
				{ field: 'owner', value: 'li-wei' },
			],
			['holding', 'grandchild'],
		],
		[
			'the same field twice must both match',
			[
				{ field: 'tag', value: 'premium' },
				{ field: 'tag', value: 'group' },
			],
			['holding'],
		],
		['a value no plan has', [{ field: 'region', value: 'atlantis' }], []],
	])('%s', (_name, conditions, expected) => {
		expect(slugs(selectPlans(plans, conditions))).toEqual(expected);
	});
});

describe('selectPlans with a policy region list', () => {
	it('matches every spelling of the entry the value names (id, name, alias)', () => {
		const policy = policySchema.parse({ regions: [{ id: 'east-china', name: 'East China', aliases: ['华东'] }] });
		const plans = [plan('a', { region: '华东' }), plan('b', { region: 'East China' }), plan('c', { region: 'North China' })];
		expect(slugs(selectPlans(plans, [{ field: 'region', value: 'east-china' }], policy))).toEqual(['a', 'b']);
		expect(slugs(selectPlans(plans, [{ field: 'region', value: '华东' }], policy))).toEqual(['a', 'b']);
	});
});

describe('parseScopeOption', () => {
	it('reads field=value', () => {
		expect(parseScopeOption('region=east-china')).toEqual({ field: 'region', value: 'east-china' });
	});

	it('keeps an equals sign inside the value', () => {
		expect(parseScopeOption('tag=a=b')).toEqual({ field: 'tag', value: 'a=b' });
	});

	it('rejects an unknown field with the closest one', () => {
		expect(() => parseScopeOption('regoin=east-china')).toThrow('--scope: unknown field `regoin`; did you mean `region`?; a scope is one of `region`, `owner`, `tier`, `tag`, `group`');
	});

	it('rejects an option without a value', () => {
		expect(() => parseScopeOption('region')).toThrow('--scope takes `<field>=<value>` (like `region=east-china`), found `region`');
	});

	it('rejects a tier that does not exist, listing the tiers', () => {
		expect(() => parseScopeOption('tier=gold')).toThrow('--scope tier: expected one of `major`, `named`, `non-named`, `mass-market`; found `gold`');
	});

	it('rejects an owner that is not a person id', () => {
		expect(() => parseScopeOption('owner=Li Wei')).toThrow(/--scope owner: expected a person id from people\.yaml/);
	});
});

describe('scopeContent', () => {
	let all: ValidationResult;
	beforeEach(() => {
		all = content([
			plan('holding', { owner: 'li-wei', sponsor: 'zhang-min', team: [] , actions: [] }),
			plan('subsidiary', { owner: 'chen-jie', sponsor: 'zhang-min', team: [], actions: [], parent: 'holding' }),
		]);
	});

	it('keeps only the matching plans', () => {
		expect(slugs(scopeContent(all, { conditions: [{ field: 'owner', value: 'chen-jie' }] }).plans)).toEqual(['subsidiary']);
	});

	it('drops a parent outside the scope, so no link or group page leads out of it', () => {
		const scoped = scopeContent(all, { conditions: [{ field: 'owner', value: 'chen-jie' }] });
		expect(scoped.plans[0]!.frontmatter).not.toHaveProperty('parent');
		expect(all.plans[1]!.frontmatter.parent).toBe('holding');
	});

	it('keeps a parent inside the scope', () => {
		const scoped = scopeContent(all, { conditions: [{ field: 'group', value: 'holding' }] });
		expect(scoped.plans.find((p) => p.slug === 'subsidiary')!.frontmatter.parent).toBe('holding');
	});

	it('keeps only the people the scoped plans name, in any field', () => {
		all.plans[1]!.frontmatter.contacts = [{ name: 'Zhao Lei', role: 'decider', coveredBy: 'wang-fang' }];
		const scoped = scopeContent(all, { conditions: [{ field: 'owner', value: 'chen-jie' }] });
		// Owner, sponsor, and the contact's coveredBy; not li-wei, who owns the plan outside the scope.
		expect(scoped.people.map((p) => p.id)).toEqual(['zhang-min', 'wang-fang', 'chen-jie']);
	});

	it('keeps only the diagnostics of the scoped plans', () => {
		all.diagnostics = [
			{ file: 'accounts/holding.mdx', field: 'tier', severity: 'warning', rule: 'tier-mismatch', message: 'holding' },
			{ file: 'accounts/subsidiary.mdx', field: 'tier', severity: 'warning', rule: 'tier-mismatch', message: 'subsidiary' },
			{ file: 'people.yaml', field: 'coverage', severity: 'warning', rule: 'coverage-overload', message: '`holding`, `subsidiary`' },
		];
		const scoped = scopeContent(all, { conditions: [{ field: 'owner', value: 'chen-jie' }] });
		expect(scoped.diagnostics.map((d) => d.message)).toEqual(['subsidiary']);
	});

	it('carries the scope for the portal to show', () => {
		const scope = { portal: { id: 'east' }, conditions: [{ field: 'owner' as const, value: 'chen-jie' }] };
		expect(scopeContent(all, scope).scope).toEqual(scope);
	});
});

describe('scopeProblems', () => {
	const at = (c: ScopeCondition) => ({ file: '(command line)', field: `--scope ${c.field}` });
	const all = content([plan('holding'), plan('subsidiary', { parent: 'holding' })]);

	it('accepts a scope that matches plans', () => {
		expect(scopeProblems([{ field: 'group', value: 'holding' }], all, at, 'the scope')).toEqual([]);
	});

	it('rejects an owner missing from people.yaml', () => {
		expect(scopeProblems([{ field: 'owner', value: 'nobody' }], all, at, 'the scope')).toEqual([
			expect.objectContaining({ field: '--scope owner', severity: 'error', rule: 'unknown-person', message: expect.stringContaining('unknown person `nobody`') }),
		]);
	});

	it('rejects a group that is no plan', () => {
		expect(scopeProblems([{ field: 'group', value: 'nowhere' }], all, at, 'the scope')).toEqual([
			expect.objectContaining({ rule: 'unknown-parent', message: expect.stringContaining('unknown group `nowhere`') }),
		]);
	});

	it('rejects a scope that matches no plan', () => {
		expect(scopeProblems([{ field: 'region', value: 'atlantis' }], all, at, 'the scope')).toEqual([
			expect.objectContaining({ rule: 'empty-scope', message: 'the scope matches no plan (`region=atlantis`); check the values against the plans\' fields' }),
		]);
	});
});

describe('policy portals', () => {
	const parse = (portals: unknown) => policySchema.safeParse({ portals });

	it('accepts a portal with a scope', () => {
		const result = parse([{ id: 'east-china', name: 'East China', scope: { region: 'east-china', tier: 'major' } }]);
		expect(result.success).toBe(true);
		expect(conditionsOf(result.data!.portals![0]!.scope)).toEqual([
			{ field: 'region', value: 'east-china' },
			{ field: 'tier', value: 'major' },
		]);
	});

	it('rejects an empty scope', () => {
		expect(parse([{ id: 'all', scope: {} }]).error?.issues[0]?.message).toBe('expected at least one of `region`, `owner`, `tier`, `tag`, `group`, found an empty scope');
	});

	it('rejects two portals with one id', () => {
		const issues = parse([
			{ id: 'east', scope: { region: 'a' } },
			{ id: 'east', scope: { region: 'b' } },
		]).error?.issues;
		expect(issues?.map((i) => [i.path.join('.'), i.message])).toEqual([['1.id', expect.stringContaining('portal id `east` is used twice')]].map(([p, m]) => [`portals.${p}`, m]));
	});

	it('validate reports an unknown scope field with the closest one and its line', () => {
		const policy = 'portals:\n  - id: east\n    scope: { regoin: east-china }\n';
		const result = validateContent(snapshot({ 'acme.mdx': planFile() }, { policy }));
		expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([
			expect.objectContaining({ file: 'policy.yaml', line: 3, field: 'portals[0].scope.regoin', rule: 'unknown-field', message: 'unknown field `regoin`; did you mean `region`?' }),
		]);
	});

	it('validate reports a portal whose owner is not in people.yaml', () => {
		const policy = 'portals:\n  - id: east\n    scope: { owner: nobody }\n';
		const result = validateContent(snapshot({ 'acme.mdx': planFile() }, { policy }));
		expect(result.diagnostics).toContainEqual(
			expect.objectContaining({ file: 'policy.yaml', field: 'portals[0].scope.owner', severity: 'error', rule: 'unknown-person' }),
		);
	});

	it('validate warns about a portal that matches no plan yet', () => {
		const checked = checkPortals({ ...content([plan('acme')]), policy: policySchema.parse({ portals: [{ id: 'west', scope: { region: 'west' } }] }) });
		expect(checked).toEqual([expect.objectContaining({ field: 'portals[0].scope.region', severity: 'warning', rule: 'empty-scope' })]);
	});

	it('findPortal names the portals there are', () => {
		const policy = policySchema.parse({ portals: [{ id: 'east-china', scope: { region: 'east-china' } }, { id: 'south', scope: { region: 'south' } }] });
		expect(findPortal(policy, 'south').id).toBe('south');
		expect(() => findPortal(policy, 'east-chnia')).toThrow('--portal: unknown portal `east-chnia`; did you mean `east-china`?; `policy.yaml` names `east-china`, `south`');
	});

	it('findPortal without portals says how to add one', () => {
		expect(() => findPortal(policySchema.parse(undefined), 'east')).toThrow(/names no portals, so add `portals: \[\{ id: east, scope/);
	});
});

describe('portalPageOf: the pages a scoped portal may not hold', () => {
	it.each([
		['/accounts/acme/', { kind: 'plan', key: 'acme' }],
		['/accounts/acme', { kind: 'plan', key: 'acme' }],
		['/accounts/acme/#actions', { kind: 'plan', key: 'acme' }],
		['/accounts/acme/review/', { kind: 'review', key: 'acme' }],
		['/owners/li-wei/', { kind: 'owner', key: 'li-wei' }],
		['/groups/acme-holdings/', { kind: 'group', key: 'acme-holdings' }],
		['/accounts/', undefined],
		['/accounts/page/2/', undefined],
		['/reviews/', undefined],
		['https://example.com/accounts/acme/', undefined],
		['notes.md', undefined],
	])('%s -> %o', (url, page) => {
		expect(portalPageOf(url)).toEqual(page);
	});
});
