import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate.ts';
import type { Diagnostic } from '../../../src/lib/diagnostics.ts';
import { planFile, snapshot, VALID_BODY, VALID_PEOPLE, validPlan } from '../../helpers/content-fixture.ts';

function check(accounts: Record<string, string | Uint8Array>, options?: Parameters<typeof snapshot>[1]) {
	return validateContent(snapshot(accounts, options)).diagnostics;
}

function errors(diagnostics: Diagnostic[]) {
	return diagnostics.filter((d) => d.severity === 'error');
}

/** Compact `file:line field rule` lines, to assert location and rule together. */
function located(diagnostics: Diagnostic[]) {
	return diagnostics.map((d) => `${d.file}:${d.line ?? '-'} ${d.field || '(file)'} ${d.rule}`);
}

const withPlan = (change: (plan: Record<string, any>) => void) => {
	const plan = validPlan();
	change(plan);
	return planFile(plan);
};

describe('validateContent', () => {
	it('accepts a valid plan with no diagnostics', () => {
		expect(check({ 'acme.mdx': planFile() })).toEqual([]);
	});

	it('names file, field path, rule and line of a nested error', () => {
		const text = planFile(`name: Acme
tier: major
category: key
owner: li-wei
sponsor: zhang-min
value: { current: 6000000, potential: 25000000, wallet: 30000000 }
targets: { shareOfWallet: 0.35 }
forecast: [{ year: 2026, revenue: 1 }]
financials:
  - { year: 2024, revenue: 1 }
  - { year: twenty, revenue: 2 }
`);
		const [diagnostic] = check({ 'east/acme.mdx': text });
		expect(diagnostic).toMatchInlineSnapshot(`
			{
			  "field": "financials[1].year",
			  "file": "accounts/east/acme.mdx",
			  "line": 12,
			  "message": "expected a number, found \`twenty\` (text)",
			  "rule": "invalid-type",
			  "severity": "error",
			}
		`);
	});

	it('rejects an unknown key with its line and a suggestion', () => {
		const text = planFile(`name: Acme\nteir: major\ntier: major\ncategory: key\nowner: li-wei\nsponsor: zhang-min\nvalue: { current: 6000000, potential: 1, wallet: 1 }\ntargets: { shareOfWallet: 0.3 }\nforecast: [{ year: 2026, revenue: 1 }]\n`);
		const diagnostics = errors(check({ 'acme.mdx': text }));
		expect(diagnostics).toHaveLength(1);
		expect(diagnostics[0]).toMatchObject({ line: 3, field: 'teir', rule: 'unknown-field', message: 'unknown field `teir`; did you mean `tier`?' });
	});

	it('rejects a missing required field, naming it', () => {
		const diagnostics = check({ 'acme.mdx': withPlan((p) => delete p.tier) });
		expect(errors(diagnostics)[0]).toMatchObject({ field: 'tier', rule: 'missing-field' });
		expect(errors(diagnostics)[0]!.message).toMatchInlineSnapshot(`"missing required field \`tier\`: expected one of \`major\`, \`named\`, \`non-named\`, \`mass-market\`"`);
	});

	it('rejects YAML that does not parse, with its line', () => {
		const diagnostics = check({ 'acme.mdx': planFile('name: "Acme\ntier: major\n') });
		expect(located(diagnostics)).toEqual(['accounts/acme.mdx:2 (file) yaml-syntax']);
	});

	it('rejects a duplicate key, with the line of the second', () => {
		const diagnostics = check({ 'acme.mdx': planFile('name: A\nname: B\n') });
		expect(diagnostics[0]).toMatchObject({ line: 3, rule: 'yaml-duplicate-key', message: expect.stringContaining('duplicate key `name`') });
	});

	it('rejects a tab used for indentation, with its line', () => {
		const diagnostics = check({ 'acme.mdx': planFile('name: A\nvalue:\n\tcurrent: 1\n') });
		expect(located(diagnostics)).toEqual(['accounts/acme.mdx:4 (file) yaml-tab']);
	});

	it('rejects a file with no frontmatter', () => {
		expect(located(check({ 'acme.mdx': '# Acme\n\nJust prose.\n' }))).toEqual(['accounts/acme.mdx:1 (file) no-frontmatter']);
	});

	it('rejects frontmatter that is never closed', () => {
		expect(check({ 'acme.mdx': '---\nname: Acme\n' })[0]!.message).toContain('never closed');
	});

	it.each([
		['Acme.mdx', 'file-name'],
		['acme_industrial.mdx', 'file-name'],
		['acme--group.mdx', 'file-name'],
		['acme.md', 'file-name'],
		['acme\u200B.mdx', 'file-name'],
	])('rejects the file name %s', (name, rule) => {
		expect(located(check({ [name]: planFile() }))).toEqual([`accounts/${name}:- (file) ${rule}`]);
	});

	it('rejects the same slug in two folders, naming both files', () => {
		const diagnostics = check({ 'east/acme.mdx': planFile(), 'south/acme.mdx': withPlan((p) => (p.owner = 'wang-fang')) });
		expect(diagnostics.filter((d) => d.rule === 'duplicate-slug').map((d) => d.message)).toEqual([
			'slug `acme` is also used by `accounts/south/acme.mdx`; the slug is the account\'s id and URL, so rename one of the files',
			'slug `acme` is also used by `accounts/east/acme.mdx`; the slug is the account\'s id and URL, so rename one of the files',
		]);
	});

	it('rejects unknown person ids in owner, sponsor, team and actions', () => {
		const text = withPlan((p) => {
			p.owner = 'nobody';
			p.sponsor = 'ghost';
			p.team = ['wang-fang', 'stranger'];
			p.actions[0].owner = 'who';
		});
		const diagnostics = check({ 'acme.mdx': text }).filter((d) => d.rule === 'unknown-person');
		expect(diagnostics.map((d) => d.field)).toEqual(['owner', 'sponsor', 'team[1]', 'actions[0].owner']);
		expect(diagnostics.every((d) => typeof d.line === 'number')).toBe(true);
		expect(diagnostics[0]!.message).toMatchInlineSnapshot(`"unknown person \`nobody\`: every person must be listed in \`people.yaml\`; add them there or fix the id"`);
	});

	it('rejects an unknown parent', () => {
		const diagnostics = check({ 'acme.mdx': withPlan((p) => (p.parent = 'nowhere')) });
		expect(diagnostics.map((d) => d.rule)).toEqual(['unknown-parent']);
	});

	it('rejects a plan that is its own parent', () => {
		const diagnostics = check({ 'acme.mdx': withPlan((p) => (p.parent = 'acme')) });
		expect(diagnostics.map((d) => d.rule)).toEqual(['parent-cycle']);
	});

	it('rejects a parent cycle, showing the chain', () => {
		const named = (parent: string) => withPlan((p) => Object.assign(p, { tier: 'named', parent, owner: 'wang-fang' }));
		const diagnostics = check({ 'a.mdx': named('b'), 'b.mdx': named('c'), 'c.mdx': named('a') }).filter((d) => d.rule === 'parent-cycle');
		expect(diagnostics.map((d) => d.message)).toContain('`parent` makes a cycle: `a` → `b` → `c` → `a`; a group chain must end at an account without a parent');
		expect(diagnostics).toHaveLength(3);
	});

	it('accepts a deep group without a cycle', () => {
		const accounts: Record<string, string> = {};
		for (let i = 0; i < 6; i++) {
			accounts[`level-${i}.mdx`] = withPlan((p) => {
				Object.assign(p, { tier: 'non-named', value: { current: 200_000, potential: 300_000 } });
				delete p.sponsor;
				delete p.targets;
				if (i > 0) p.parent = `level-${i - 1}`;
			});
		}
		expect(errors(check(accounts))).toEqual([]);
	});

	it('rejects import, export and expressions in the body, with their lines', () => {
		const body = `\nimport Chart from './chart.js'\nexport const x = 1\n\n## Customer information\n\nWorth {1 + 1} to us.\n\n## Customer performance\n\nUp.\n\n## Competitive assessment\n\nStrong.\n\n## Action plan\n\nGo.\n`;
		const diagnostics = check({ 'acme.mdx': planFile(validPlan(), body) });
		const bodyStart = planFile(validPlan(), '').split('\n').length;
		expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([
			['mdx-esm', bodyStart + 1],
			['mdx-esm', bodyStart + 2],
			['mdx-expression', bodyStart + 6],
		]);
	});

	it.each([
		['<script>alert(1)</script>', 'mdx-unknown-component'],
		['<iframe src="https://example.com"></iframe>', 'mdx-unknown-component'],
		['<style>body { display: none }</style>', 'mdx-unknown-component'],
		['[click](javascript:alert(1))', 'unsafe-link'],
		['<Callout type="note" onClick="alert(1)">Hi</Callout>', 'mdx-attribute'],
		['<Dashboard />', 'mdx-unknown-component'],
		['<!-- hidden -->', 'mdx-html'],
	])('rejects %s in the body', (snippet, rule) => {
		const diagnostics = check({ 'acme.mdx': planFile(validPlan(), `${VALID_BODY}\n${snippet}\n`) });
		expect(diagnostics.map((d) => d.rule)).toContain(rule);
	});

	it.each([
		['a portal component', '<Callout type="warning" title="Risk">Payment terms are long.</Callout>'],
		['code that shows braces', 'Write `{expressions}` like this, or in a fence:\n\n```\nimport x\n{y}\n```'],
		['an escaped brace', 'Literal \\{ brace'],
		['a comparison', 'Share < 10 % is weak.'],
	])('accepts %s in the body', (_, snippet) => {
		expect(check({ 'acme.mdx': planFile(validPlan(), `${VALID_BODY}\n${snippet}\n`) })).toEqual([]);
	});

	it('requires the four parts of a major plan, in order', () => {
		const body = '\n## Customer performance\n\nUp.\n\n## Customer information\n\nBig.\n\n## Action plan\n\n';
		const text = planFile(validPlan(), body);
		const lineOf = (heading: string) => text.split('\n').indexOf(heading) + 1;
		const diagnostics = check({ 'acme.mdx': text });
		// The missing part is reported where it belongs, at the next part (`Action plan`), which is also empty.
		expect(located(diagnostics)).toEqual([
			`accounts/acme.mdx:${lineOf('## Customer information')} (file) part-order`,
			`accounts/acme.mdx:${lineOf('## Action plan')} (file) empty-part`,
			`accounts/acme.mdx:${lineOf('## Action plan')} (file) missing-part`,
		]);
	});

	it('accepts Chinese headings for the parts', () => {
		const body = '\n## 客户信息\n\n大型路桥集团。\n\n## 客户业绩\n\n份额上升。\n\n## 竞争评估\n\n对手强。\n\n## 行动计划\n\n- 高层拜访。\n';
		expect(check({ 'acme.mdx': planFile(validPlan(), body) })).toEqual([]);
	});

	it('only warns about missing parts on a non-named plan', () => {
		const plan = validPlan();
		Object.assign(plan, { tier: 'non-named', value: { current: 200_000, potential: 300_000 } });
		delete plan.sponsor;
		delete plan.targets;
		const diagnostics = check({ 'acme.mdx': planFile(plan, '\n## Customer information\n\nSmall.\n') });
		expect(diagnostics.map((d) => `${d.severity} ${d.rule}`)).toEqual(['warning missing-part', 'warning missing-part', 'warning missing-part']);
	});

	it('warns when the declared tier differs from the suggested tier', () => {
		const diagnostics = check({ 'acme.mdx': withPlan((p) => (p.value = { current: 100, potential: 100, wallet: 1000 })) });
		expect(diagnostics.map((d) => `${d.severity} ${d.rule} ${d.field}`)).toEqual(['warning tier-mismatch tier']);
	});

	it('warns about a major plan without a forecast', () => {
		const diagnostics = check({ 'acme.mdx': withPlan((p) => delete p.forecast) });
		expect(diagnostics.map((d) => `${d.severity} ${d.rule}`)).toEqual(['warning missing-forecast']);
	});

	it('warns when an owner carries more accounts than the policy allows', () => {
		const diagnostics = check({ 'a.mdx': planFile(), 'b.mdx': planFile() });
		const overload = diagnostics.filter((d) => d.rule === 'coverage-overload');
		expect(overload).toHaveLength(1);
		expect(overload[0]).toMatchObject({ file: 'people.yaml', line: 1, severity: 'warning' });
		expect(overload[0]!.message).toContain('`li-wei` owns 2 major accounts (`a`, `b`); the policy allows 1');
	});

	it('reports every problem of several broken files in one run', () => {
		const diagnostics = check({
			'a.mdx': withPlan((p) => (p.tier = 'gold')),
			'b.mdx': withPlan((p) => (p.value.current = -1)),
			'c.mdx': 'no frontmatter',
			'd.mdx': planFile('name: [unclosed\n'),
			'e.mdx': withPlan((p) => (p.owner = 'nobody')),
		});
		expect([...new Set(errors(diagnostics).map((d) => d.file))]).toEqual(['accounts/a.mdx', 'accounts/b.mdx', 'accounts/c.mdx', 'accounts/d.mdx', 'accounts/e.mdx']);
	});

	describe('people.yaml and policy.yaml', () => {
		it('rejects duplicate person ids', () => {
			const diagnostics = check({}, { people: `${VALID_PEOPLE}- id: li-wei\n  name: Li Wei again\n` });
			expect(diagnostics).toEqual([expect.objectContaining({ file: 'people.yaml', field: '[3].id', line: 9, message: expect.stringContaining('duplicate person id `li-wei`') })]);
		});

		it('rejects a missing people.yaml', () => {
			expect(located(check({}, { people: null }))).toEqual(['people.yaml:- (file) missing-file']);
		});

		it('rejects an unknown policy key and a bad locale', () => {
			const diagnostics = check({}, { policy: 'locale: fr\ndueSoonDayz: 10\n' });
			expect(located(diagnostics)).toEqual(['policy.yaml:1 locale invalid-value', 'policy.yaml:2 dueSoonDayz unknown-field']);
		});

		it.each([
			['a top-level policy key', 'dueSoonDayz: 10\n', 'dueSoonDayz', 'dueSoonDays'],
			['a tier rule key', 'tiers:\n  major:\n    reviewEveryMonth: 3\n', 'tiers.major.reviewEveryMonth', 'reviewEveryMonths'],
			['a quadrant key', 'quadrant:\n  currentHi: 1\n', 'quadrant.currentHi', 'currentHigh'],
		])('suggests the schema key for a misspelt %s', (_, policy, field, suggestion) => {
			const [diagnostic] = check({}, { policy });
			expect(diagnostic).toMatchObject({ field, rule: 'unknown-field', message: expect.stringContaining(`did you mean \`${suggestion}\`?`) });
		});

		it('lists only the keys of the object at hand when nothing is close', () => {
			const [diagnostic] = check({}, { policy: 'quadrant:\n  zzz: 1\n' });
			expect(diagnostic?.message).toBe('unknown field `zzz`; allowed here: `currentHigh`, `potentialHigh`');
		});

		it('suggests the schema key for a misspelt person field', () => {
			const diagnostics = check({}, { people: `${VALID_PEOPLE}- id: zhao-min\n  name: Zhao Min\n  emial: zm@example.com\n` });
			expect(diagnostics).toEqual([expect.objectContaining({ file: 'people.yaml', field: '[3].emial', rule: 'unknown-field', message: 'unknown field `emial`; did you mean `email`?' })]);
		});

		it('applies the policy defaults when policy.yaml is absent', () => {
			const result = validateContent(snapshot({}));
			expect(result.policy.tiers.major.reviewEveryMonths).toBe(3);
			expect(result.policy.locale).toBe('en');
		});
	});
});
