import { describe, expect, it } from 'vitest';
import { CATEGORIES, TIERS } from '../../../schemas/enums.ts';
import { policy as policySchema } from '../../../schemas/policy.ts';
import { checkAnswers, suggestSlug } from '../../../src/lib/authoring/new-plan.ts';
import { planTemplate, usesCjk } from '../../../src/lib/authoring/template.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { lintPlan } from '../../../src/lint/lint-plans.ts';
import { stringify } from 'yaml';
import { snapshot } from '../../helpers/content-fixture.ts';

const policy = policySchema.parse(undefined);
const errorsOf = (text: string, path = 'acme.mdx') => validateContent(snapshot({ [path]: text })).diagnostics.filter((d) => d.severity === 'error');

describe('planTemplate', () => {
	it.each(TIERS)('writes a %s plan that validates with no errors', (tier) => {
		const text = planTemplate({ name: 'Acme Industrial Group', slug: 'acme', tier, category: 'target', owner: 'li-wei' }, policy, 2026);
		expect(errorsOf(text)).toEqual([]);
	});

	it.each(CATEGORIES)('writes a valid plan in category %s (lost plans get `lost:`)', (category) => {
		const text = planTemplate({ name: 'Acme', slug: 'acme', tier: 'named', category, owner: 'li-wei' }, policy, 2026);
		expect(errorsOf(text)).toEqual([]);
		expect(text.includes('\nlost:\n')).toBe(category === 'lost');
	});

	it('writes a valid mass-market plan without an owner', () => {
		const text = planTemplate({ name: 'Acme', slug: 'acme', tier: 'mass-market', category: 'normal' }, policy, 2026);
		expect(errorsOf(text)).toEqual([]);
		expect(text).not.toContain('\nowner:');
	});

	it('gives a major plan a sponsor, wallet, share target and forecast; only the objectives are left to write', () => {
		const text = planTemplate({ name: 'Acme', slug: 'acme', tier: 'major', category: 'key', owner: 'li-wei', sponsor: 'zhang-min' }, policy, 2026);
		expect(text).toMatch(/^sponsor: zhang-min /m);
		expect(text).toMatch(/^ {2}wallet: \d+/m);
		expect(text).toMatch(/^ {2}shareOfWallet: 0\.3 /m);
		expect(text).toContain('  - { year: 2026, revenue: 5000000 }');
		expect(validateContent(snapshot({ 'acme.mdx': text })).diagnostics.map((d) => `${d.severity} ${d.rule}`)).toEqual(['warning missing-objectives']);
	});

	it('scaffolds objectives, review history, contact ids, the team with roles, budget and resources as commented blocks that validate once uncommented', () => {
		const text = planTemplate({ name: 'Acme', slug: 'acme', tier: 'major', category: 'key', owner: 'li-wei', sponsor: 'zhang-min' }, policy, 2026);
		for (const field of ['# objectives:', '#   - id: group-framework', '#   history:', '#   - id: zhao-lei', '#     coveredBy: li-wei', '#     objective: group-framework', '# team:', '# budget:', '# resources:', '#     status: requested'])
			expect(text).toContain(field);
		const uncommented = text.replace(/^#   last: YYYY-MM-DD.*\n/m, '').replace(/^# ?( *(?:objectives|review|contacts|actions|competitors|products|team|budget|resources|  |-).*?)(?: +#.*)?$/gm, '$1');
		expect(uncommented).toMatch(/^budget:$/m);
		expect(validateContent(snapshot({ 'acme.mdx': uncommented })).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	});

	it('names the policy’s regions, industries, tags and product lines in its hints, and the uncommented lines validate against them', () => {
		const lists = {
			regions: [{ id: 'east-china', name: 'East China', aliases: ['华东'] }, { id: 'overseas', name: 'Overseas' }],
			industries: [{ id: 'hydropower', name: 'Hydropower' }],
			productLines: [{ id: 'rental', name: 'Rental fleet' }, { id: 'container-units', name: 'Container units' }],
			tags: ['strategic', 'premium'],
		};
		const withLists = policySchema.parse(lists);
		const text = planTemplate({ name: 'Acme', slug: 'acme', tier: 'named', category: 'key', owner: 'li-wei' }, withLists, 2026);
		expect(text).toMatch(/^# region: East China +# one of policy\.yaml regions: East China, Overseas$/m);
		expect(text).toMatch(/^# industry: Hydropower +# one of policy\.yaml industries: Hydropower$/m);
		expect(text).toMatch(/^# tags: \[strategic\] +# from policy\.yaml tags: strategic, premium$/m);
		expect(text).toMatch(/^# products: +# .*: rental, container-units$/m);
		expect(text).toContain('#   - { line: rental, current: 0, wallet: 0 }');
		const uncommented = text.replace(/^# ((?:region|industry|tags|products|  - { line).*?)(?: +#.*)?$/gm, '$1');
		const result = validateContent(snapshot({ 'acme.mdx': uncommented }, { policy: stringify(lists) }));
		expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(result.plans[0]!.frontmatter.products).toEqual([{ line: 'rental', current: 0, wallet: 0 }]);
	});

	it.each(TIERS)('gives a %s plan last year’s actuals as a placeholder `financials` entry, marked like the other figures', (tier) => {
		const text = planTemplate({ name: 'Acme', slug: 'acme', tier, category: 'key', owner: 'li-wei' }, policy, 2026);
		expect(text).toMatch(/^financials: +# placeholder: last year's actuals; replace them, or let npm run import-actuals fill them$/m);
		// The tier's minimum current value in the default policy (mass-market has none).
		const current = { major: 5000000, named: 1000000, 'non-named': 100000, 'mass-market': 0 }[tier];
		expect(text).toContain(`\n  - { year: 2025, revenue: ${current}, contribution: 0, cost: 0 }`);
		const result = validateContent(snapshot({ 'acme.mdx': text }));
		expect(result.plans[0]!.frontmatter.financials).toEqual([{ year: 2025, revenue: current, contribution: 0, cost: 0 }]);
	});

	it('writes the four parts in policy order with English headings and prompts', () => {
		const text = planTemplate({ name: 'Acme', slug: 'acme', tier: 'named', category: 'key', owner: 'li-wei' }, policy, 2026);
		expect([...text.matchAll(/^## (.*)$/gm)].map((m) => m[1])).toEqual(['Customer information', 'Customer performance', 'Competitive assessment', 'Action plan']);
		expect(text).toContain('*Describe the customer: overall strategy');
		expect(text).toContain('purchasing decision process');
	});

	it('writes Chinese headings and prompts for a Chinese name', () => {
		const text = planTemplate({ name: '华建建设集团有限公司', slug: 'huajian', tier: 'named', category: 'key', owner: 'li-wei' }, policy, 2026);
		expect([...text.matchAll(/^## (.*)$/gm)].map((m) => m[1])).toEqual(['客户信息', '客户业绩', '竞争评估', '行动计划']);
		expect(text).toContain('*描述客户：');
		expect(errorsOf(text)).toEqual([]);
	});

	it('uses the headings of a custom policy', () => {
		const custom = policySchema.parse({ sections: [{ id: 'goals', titles: ['Goals', '目标'] }, { id: 'actions', titles: ['Action plan'] }] });
		const text = planTemplate({ name: 'Acme', slug: 'acme', tier: 'named', category: 'key', owner: 'li-wei' }, custom, 2026);
		expect([...text.matchAll(/^## (.*)$/gm)].map((m) => m[1])).toEqual(['Goals', 'Action plan']);
		expect(text).toContain('*Write this part of the plan.*');
	});

	it('keeps the body free of MDX code: no braces or angle brackets', () => {
		for (const name of ['Acme', '中铁建设集团']) {
			const text = planTemplate({ name, slug: 'acme', tier: 'major', category: 'key', owner: 'li-wei' }, policy, 2026);
			expect(text.split('\n---\n')[1]).not.toMatch(/[{}<>]/);
		}
	});

	it('quotes a name that YAML would misread', () => {
		const text = planTemplate({ name: 'Acme: Rail & Co #1', slug: 'acme', tier: 'named', category: 'key', owner: 'li-wei' }, policy, 2026);
		expect(text).toContain('name: "Acme: Rail & Co #1"');
		expect(errorsOf(text)).toEqual([]);
	});

	it('leaves prompts that the empty-part lint rule asks to replace', async () => {
		const text = planTemplate({ name: 'Acme', slug: 'acme', tier: 'named', category: 'key', owner: 'li-wei' }, policy, 2026);
		const messages = await lintPlan(text, 'accounts/acme.mdx', { sections: policy.sections, plans: {}, only: ['kam-no-empty-parts', 'kam-plan-parts'] });
		expect(messages.map((m) => m.message)).toEqual(policy.sections.map((s) => expect.stringContaining(`only text of part \`${s.titles[0]}\``)));
	});
});

describe('new-plan answers', () => {
	const context = { personIds: new Set(['li-wei', 'zhang-min']), existing: { acme: 'accounts/east/acme.mdx' } };
	const answers = { name: 'Beta Rail', slug: 'beta-rail', tier: 'named', category: 'target', owner: 'li-wei' };

	it('accepts complete answers', () => {
		expect(checkAnswers(answers, context)).toEqual({ problems: [], answers });
	});

	it('refuses a slug used anywhere under accounts/', () => {
		expect(checkAnswers({ ...answers, slug: 'acme' }, context).problems).toEqual(['slug `acme` is already used by `accounts/east/acme.mdx`; choose another, or edit that plan']);
	});

	it('refuses a malformed slug, an unknown owner, tier or category, all at once', () => {
		const { problems } = checkAnswers({ ...answers, slug: 'Beta_Rail', owner: 'nobody', tier: 'gold', category: 'vip' }, context);
		expect(problems).toHaveLength(4);
		expect(problems[0]).toContain('`Beta_Rail` is not a valid slug');
		expect(problems.join('\n')).toContain('unknown person `nobody`');
	});

	it('lists what is missing', () => {
		expect(checkAnswers({ name: 'Beta' }, context).problems).toEqual(['missing --slug', 'missing --tier', 'missing --category', 'missing --owner']);
	});

	it('needs no owner for mass-market', () => {
		const { owner: _, ...rest } = answers;
		expect(checkAnswers({ ...rest, tier: 'mass-market' }, context).problems).toEqual([]);
	});

	it('suggests a slug from an ASCII name, and from a Chinese one in pinyin', () => {
		expect(suggestSlug('Acme Industrial Group, Ltd.')).toBe('acme-industrial-group-ltd');
		expect(suggestSlug('Café Nord')).toBe('cafe-nord');
		expect(suggestSlug('华建集团')).toBe('huajian-jituan');
		expect(usesCjk('华建 Group')).toBe(true);
	});
});
