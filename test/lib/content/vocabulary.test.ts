import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate.ts';
import type { Diagnostic } from '../../../src/lib/diagnostics.ts';
import { planFile, snapshot, validPlan } from '../../helpers/content-fixture.ts';

/** A policy that lists regions, industries, product lines and tags. */
const POLICY = `regions:
  - { id: east-china, name: East China, aliases: [华东] }
  - { id: south-china, name: South China, aliases: [华南] }
industries:
  - { id: construction, name: Construction, aliases: [建筑施工] }
productLines:
  - { id: modular-housing, name: Modular site housing, aliases: [活动板房] }
  - { id: site-services, name: Site services }
tags: [premium, high-value, group, strategic, potential]
`;

const withPlan = (change: (plan: Record<string, any>) => void) => {
	const plan = validPlan();
	change(plan);
	return planFile(plan);
};

/** `null`: no policy.yaml, so no vocabularies. */
function check(accounts: Record<string, string>, policy: string | null = POLICY): Diagnostic[] {
	return validateContent(snapshot(accounts, { policy: policy ?? undefined })).diagnostics;
}

const byRule = (diagnostics: Diagnostic[], rule: string) => diagnostics.filter((d) => d.rule === rule);

describe('vocabularies in policy.yaml', () => {
	it('accepts a region, industry and tags written by id, name or alias in any case', () => {
		const diagnostics = check({
			'a.mdx': withPlan((p) => ((p.region = 'east-china'), (p.industry = 'CONSTRUCTION'), (p.tags = ['Premium']))),
			'b.mdx': withPlan((p) => ((p.region = '华东'), (p.industry = '建筑施工'), (p.owner = 'wang-fang'))),
			'c.mdx': withPlan((p) => ((p.region = 'east china'), (p.tier = 'named'), (p.sponsor = undefined))),
		});
		expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	});

	it('rejects an unknown region, listing the allowed names and suggesting the closest, with the line', () => {
		const text = withPlan((p) => (p.region = 'East Chnia'));
		const [error] = byRule(check({ 'acme.mdx': text }), 'unknown-region');
		const line = text.split('\n').findIndex((l) => l.startsWith('region:')) + 1;
		expect(error).toMatchObject({ file: 'accounts/acme.mdx', field: 'region', severity: 'error', line });
		expect(error!.message).toContain('unknown region `East Chnia`');
		expect(error!.message).toContain('`East China`, `South China`');
		expect(error!.message).toContain('did you mean `East China`?');
	});

	it('suggests an alias when the alias is the closest spelling, naming its entry', () => {
		const [error] = byRule(check({ 'acme.mdx': withPlan((p) => (p.region = '华西')) }), 'unknown-region');
		expect(error!.message).toMatch(/did you mean `华(东|南)` \(`(East|South) China`\)\?/);
	});

	it('rejects an unknown industry', () => {
		const [error] = byRule(check({ 'acme.mdx': withPlan((p) => (p.industry = 'Mining')) }), 'unknown-industry');
		expect(error).toMatchObject({ field: 'industry', severity: 'error' });
		expect(error!.message).toContain('`Construction`');
	});

	it('rejects an unknown tag at its index', () => {
		const [error] = byRule(check({ 'acme.mdx': withPlan((p) => (p.tags = ['group', 'premum'])) }), 'unknown-tag');
		expect(error).toMatchObject({ field: 'tags[1]', severity: 'error' });
		expect(error!.message).toContain('did you mean `premium`?');
	});

	it('reports an unknown region even when another field of the plan is wrong', () => {
		const diagnostics = check({ 'acme.mdx': withPlan((p) => ((p.region = 'Atlantis'), (p.tier = 'huge'))) });
		expect(byRule(diagnostics, 'unknown-region')).toHaveLength(1);
	});

	it('keeps free text without the lists, so existing content still validates', () => {
		expect(check({ 'acme.mdx': withPlan((p) => ((p.region = 'Atlantis'), (p.tags = ['anything']))) }, null)).toEqual([]);
	});

	it('rejects a policy where one spelling names two entries', () => {
		const policy = `regions:\n  - { id: east-china, name: East China, aliases: [华东] }\n  - { id: east, name: East, aliases: [华东] }\n`;
		const diagnostics = check({ 'acme.mdx': planFile() }, policy).filter((d) => d.file === 'policy.yaml');
		expect(diagnostics).toHaveLength(1);
		expect(diagnostics[0]).toMatchObject({ field: 'regions[1].aliases[0]', severity: 'error', line: 3 });
		expect(diagnostics[0]!.message).toContain('`华东` also names entry 1 (`east-china`');
	});

	it('rejects a policy tag listed twice', () => {
		const diagnostics = check({ 'acme.mdx': planFile() }, 'tags: [premium, Premium]\n').filter((d) => d.file === 'policy.yaml');
		expect(diagnostics).toMatchObject([{ field: 'tags[1]', severity: 'error' }]);
	});
});

describe('free text without a vocabulary', () => {
	it('warns on a region that differs from the common spelling only in case or spacing', () => {
		const diagnostics = check(
			{
				'a.mdx': withPlan((p) => (p.region = 'East China')),
				'b.mdx': withPlan((p) => ((p.region = 'East China'), (p.owner = 'wang-fang'))),
				'c.mdx': withPlan((p) => ((p.region = 'east  china'), (p.tier = 'named'), (p.sponsor = undefined))),
			},
			null,
		);
		const warnings = byRule(diagnostics, 'inconsistent-spelling');
		expect(warnings).toMatchObject([{ file: 'accounts/c.mdx', field: 'region', severity: 'warning' }]);
		expect(warnings[0]!.message).toContain('region `east  china` differs only in case or spacing from `East China`');
		expect(warnings[0]!.line).toBeGreaterThan(1);
	});

	it('warns on tags that differ only in case', () => {
		const diagnostics = check({ 'a.mdx': withPlan((p) => (p.tags = ['Strategic'])), 'b.mdx': withPlan((p) => ((p.tags = ['strategic']), (p.owner = 'wang-fang'))) }, null);
		expect(byRule(diagnostics, 'inconsistent-spelling')).toMatchObject([{ file: 'accounts/b.mdx', field: 'tags[0]' }]);
	});

	it('does not warn about spellings once the policy lists the field', () => {
		const diagnostics = check({ 'a.mdx': withPlan((p) => (p.region = 'East China')), 'b.mdx': withPlan((p) => ((p.region = 'east china'), (p.owner = 'wang-fang'))) });
		expect(byRule(diagnostics, 'inconsistent-spelling')).toEqual([]);
	});
});

describe('products', () => {
	const products = (rows: unknown[]) => withPlan((p) => (p.products = rows));

	it('accepts product lines by id, name or alias whose current adds up to value.current', () => {
		const text = products([
			{ line: '活动板房', current: 4_000_000, wallet: 10_000_000 },
			{ line: 'Site Services', current: 2_000_000, wallet: 5_000_000 },
		]);
		expect(check({ 'acme.mdx': text })).toEqual([]);
	});

	it('rejects products when the policy has no product lines', () => {
		const [error] = byRule(check({ 'acme.mdx': products([{ line: 'modular-housing', current: 6_000_000, wallet: 9_000_000 }]) }, null), 'products-without-product-lines');
		expect(error).toMatchObject({ field: 'products', severity: 'error' });
		expect(error!.message).toContain('productLines');
	});

	it('rejects an unknown product line with a suggestion', () => {
		const [error] = byRule(check({ 'acme.mdx': products([{ line: 'modular-housng', current: 6_000_000, wallet: 9_000_000 }]) }), 'unknown-product-line');
		expect(error).toMatchObject({ field: 'products[0].line', severity: 'error' });
		expect(error!.message).toContain('did you mean `modular-housing`');
	});

	it('rejects a product line listed twice under two spellings', () => {
		const text = products([
			{ line: 'modular-housing', current: 3_000_000, wallet: 9_000_000 },
			{ line: '活动板房', current: 3_000_000, wallet: 9_000_000 },
		]);
		const [error] = byRule(check({ 'acme.mdx': text }), 'duplicate-product-line');
		expect(error).toMatchObject({ field: 'products[1].line', severity: 'error' });
		expect(error!.message).toContain('products[0]');
	});

	it('rejects a negative amount on a line', () => {
		const diagnostics = check({ 'acme.mdx': products([{ line: 'modular-housing', current: -1, wallet: 9_000_000 }]) });
		expect(diagnostics.filter((d) => d.severity === 'error')).toMatchObject([{ field: 'products[0].current' }]);
	});

	it('warns when a line’s current is above its wallet', () => {
		const [warning] = byRule(check({ 'acme.mdx': products([{ line: 'modular-housing', current: 6_000_000, wallet: 5_000_000 }]) }), 'product-current-above-wallet');
		expect(warning).toMatchObject({ field: 'products[0].current', severity: 'warning' });
	});

	it('warns when the lines’ current differs from value.current by more than 1 %', () => {
		// value.current is 6,000,000: 1 % is 60,000.
		const within = products([{ line: 'modular-housing', current: 5_940_000, wallet: 9_000_000 }]);
		const beyond = products([{ line: 'modular-housing', current: 5_939_000, wallet: 9_000_000 }]);
		expect(byRule(check({ 'acme.mdx': within }), 'products-current-mismatch')).toEqual([]);
		expect(byRule(check({ 'acme.mdx': beyond }), 'products-current-mismatch')).toMatchObject([{ field: 'products', severity: 'warning' }]);
	});
});
