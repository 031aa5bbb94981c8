import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate.ts';
import type { Diagnostic } from '../../../src/lib/diagnostics.ts';
import { planFile, snapshot, validPlan } from '../../helpers/content-fixture.ts';

function check(accounts: Record<string, string>, options?: Parameters<typeof snapshot>[1]) {
	return validateContent(snapshot(accounts, options)).diagnostics;
}
const brief = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.severity} ${d.file}:${d.line ?? '-'} ${d.field} ${d.rule}`);
const withPlan = (change: (plan: Record<string, any>) => void) => {
	const plan = validPlan();
	change(plan);
	return planFile(plan);
};
const PEOPLE_WITH_MANAGERS = `- id: li-wei
  name: Li Wei
  manager: zhang-min
  github: liwei-kam
- id: zhang-min
  name: Zhang Min
  github: zhang-min
- id: wang-fang
  name: Wang Fang
  manager: li-wei
`;
const APPLICATION = {
	proposed: '2026-10-12',
	by: 'li-wei',
	expectedRevenue: 8_000_000,
	expectedContribution: 1_600_000,
	developmentCost: 300_000,
	risk: 'medium',
	advantages: ['partnership', 'custom-solution'],
	decision: { date: '2026-11-02', by: 'zhang-min', outcome: 'approved' },
};

describe('people.yaml: manager and github', () => {
	it('accepts managers and GitHub logins', () => {
		expect(check({ 'acme.mdx': planFile() }, { people: PEOPLE_WITH_MANAGERS })).toEqual([]);
	});

	it('rejects an unknown manager, with its line', () => {
		const people = PEOPLE_WITH_MANAGERS.replace('manager: zhang-min', 'manager: zhang-ming');
		expect(brief(check({ 'acme.mdx': planFile() }, { people }))).toEqual(['error people.yaml:3 [0].manager unknown-manager']);
	});

	it('rejects a manager chain that loops, on each person in the loop', () => {
		const people = PEOPLE_WITH_MANAGERS.replace('  github: zhang-min\n', '  github: zhang-min\n  manager: wang-fang\n');
		const diagnostics = check({ 'acme.mdx': planFile() }, { people });
		expect(brief(diagnostics)).toEqual([
			'error people.yaml:3 [0].manager manager-cycle',
			'error people.yaml:8 [1].manager manager-cycle',
			'error people.yaml:11 [2].manager manager-cycle',
		]);
		expect(diagnostics[0]!.message).toContain('`li-wei` → `zhang-min` → `wang-fang` → `li-wei`');
	});

	it('rejects a person who is their own manager', () => {
		const people = PEOPLE_WITH_MANAGERS.replace('  github: zhang-min\n', '  github: zhang-min\n  manager: zhang-min\n');
		expect(brief(check({ 'acme.mdx': planFile() }, { people }))).toEqual(['error people.yaml:8 [1].manager manager-cycle']);
	});

	it.each([
		['-liwei', 'starts with a hyphen'],
		['liwei-', 'ends with a hyphen'],
		['li--wei', 'has a double hyphen'],
		['li_wei', 'has an underscore'],
		['a'.repeat(40), 'is 40 characters long'],
		['li.wei', 'has a dot'],
	])('rejects the GitHub login `%s` (it %s)', (login) => {
		const people = PEOPLE_WITH_MANAGERS.replace('github: liwei-kam', `github: "${login}"`);
		const diagnostics = check({ 'acme.mdx': planFile() }, { people });
		expect(brief(diagnostics)).toEqual(['error people.yaml:4 [0].github invalid-format']);
		expect(diagnostics[0]!.message).toContain('expected a GitHub login');
	});

	it.each(['LiWei-KAM', 'a'.repeat(39), 'x', '007'])('accepts the GitHub login `%s`', (login) => {
		const people = PEOPLE_WITH_MANAGERS.replace('github: liwei-kam', `github: "${login}"`);
		expect(check({ 'acme.mdx': planFile() }, { people })).toEqual([]);
	});
});

describe('policy.yaml: planningCycle and signOff', () => {
	const POLICY = `planningCycle:
  year: 2027
  opens: 2026-10-01
  draftsDue: 2026-11-30
  reviewsDue: 2026-12-20
signOff:
  major: [owner-manager, sponsor]
  named: [owner-manager]
  application: [owner-manager]
`;

	it('accepts a cycle and sign-off rules that resolve', () => {
		expect(check({ 'acme.mdx': planFile() }, { people: PEOPLE_WITH_MANAGERS, policy: POLICY })).toEqual([]);
	});

	it('rejects an unknown signer word, naming the allowed ones', () => {
		const diagnostics = check({ 'acme.mdx': planFile() }, { people: PEOPLE_WITH_MANAGERS, policy: POLICY.replace('[owner-manager, sponsor]', '[owners-manager, sponsor]') });
		expect(brief(diagnostics)).toEqual(['error policy.yaml:7 signOff.major[0] unknown-signer']);
		expect(diagnostics[0]!.message).toBe('unknown signer `owners-manager`: expected one of `owner`, `owner-manager`, `sponsor` or a person id from `people.yaml`');
	});

	it('accepts a person id as a signer and rejects an unknown one', () => {
		expect(check({ 'acme.mdx': planFile() }, { people: PEOPLE_WITH_MANAGERS, policy: POLICY.replace('named: [owner-manager]', 'named: [zhang-min]') })).toEqual([]);
		expect(brief(check({ 'acme.mdx': planFile() }, { people: PEOPLE_WITH_MANAGERS, policy: POLICY.replace('named: [owner-manager]', 'named: [zhao-yun]') }))).toEqual([
			'error policy.yaml:8 signOff.named[0] unknown-signer',
		]);
	});

	it('rejects an unknown tier in the cycle, listing the tiers', () => {
		const diagnostics = check({ 'acme.mdx': planFile() }, { people: PEOPLE_WITH_MANAGERS, policy: `${POLICY.replace('  reviewsDue: 2026-12-20\n', '  reviewsDue: 2026-12-20\n  tiers: [major, key]\n')}` });
		expect(brief(diagnostics)).toEqual(['error policy.yaml:6 planningCycle.tiers[1] invalid-value']);
	});

	it('rejects a cycle without its dates', () => {
		const diagnostics = check({ 'acme.mdx': planFile() }, { people: PEOPLE_WITH_MANAGERS, policy: POLICY.replace('  draftsDue: 2026-11-30\n', '') });
		expect(brief(diagnostics)).toEqual(['error policy.yaml:1 planningCycle.draftsDue missing-field']);
	});

	it('warns on a plan whose owner has no manager, and leaves that signer out', () => {
		const people = PEOPLE_WITH_MANAGERS.replace('  manager: zhang-min\n', '');
		const diagnostics = check({ 'acme.mdx': planFile() }, { people, policy: POLICY });
		expect(brief(diagnostics)).toEqual(['warning accounts/acme.mdx:5 tier signer-unresolved']);
		expect(diagnostics[0]!.message).toContain('`owner-manager`');
	});

	it('warns on an application whose applicant has no manager', () => {
		const people = PEOPLE_WITH_MANAGERS.replace('  manager: zhang-min\n', '').replace('- id: zhang-min\n', '- id: zhang-min\n  manager: li-wei\n');
		const diagnostics = check({ 'acme.mdx': withPlan((p) => (p.application = { ...APPLICATION, by: 'wang-fang', decision: undefined })) }, { people, policy: POLICY.replace('major: [owner-manager, sponsor]', 'major: [sponsor]').replace('application: [owner-manager]', 'application: [owner-manager, owner]') });
		expect(diagnostics).toEqual([]);
		const orphan = check({ 'acme.mdx': withPlan((p) => (p.application = { ...APPLICATION, by: 'li-wei', decision: undefined })) }, { people, policy: POLICY.replace('major: [owner-manager, sponsor]', 'major: [sponsor]') });
		expect(brief(orphan)).toEqual(['warning accounts/acme.mdx:66 application.by signer-unresolved']);
	});
});

describe('a plan\'s application', () => {
	const run = (change: (application: Record<string, any>) => void) => {
		const application: Record<string, any> = structuredClone(APPLICATION);
		change(application);
		return check({ 'acme.mdx': withPlan((p) => (p.application = application)) });
	};

	it('accepts a complete application', () => {
		expect(run(() => {})).toEqual([]);
	});

	it.each(['proposed', 'by', 'expectedRevenue', 'expectedContribution', 'developmentCost', 'risk'])('rejects an application without `%s`', (field) => {
		expect(brief(run((a) => delete a[field])).map((line) => line.replace(/:\d+ /, ' '))).toEqual([`error accounts/acme.mdx application.${field} missing-field`]);
	});

	it('rejects a decision dated before the proposal', () => {
		const diagnostics = run((a) => (a.decision.date = '2026-10-11'));
		expect(brief(diagnostics).map((line) => line.replace(/:\d+ /, ' '))).toEqual(['error accounts/acme.mdx application.decision.date invalid-value']);
		expect(diagnostics[0]!.message).toContain('before the application was proposed (`2026-10-12`)');
	});

	it('accepts a decision on the day of the proposal', () => {
		expect(run((a) => (a.decision.date = '2026-10-12'))).toEqual([]);
	});

	it.each([
		['risk', (a: Record<string, any>) => (a.risk = 'severe'), 'application.risk', '`low`, `medium`, `high`'],
		['outcome', (a: Record<string, any>) => (a.decision.outcome = 'accepted'), 'application.decision.outcome', '`approved`, `rejected`, `deferred`'],
		['advantage', (a: Record<string, any>) => (a.advantages = ['partnership', 'cheap']), 'application.advantages[1]', '`partnership`, `custom-solution`, `customer-efficiency`, `usage-efficiency`, `lower-cost`'],
	])('rejects an unknown %s, listing the allowed values', (_name, change, field, allowed) => {
		const diagnostics = run(change);
		expect(diagnostics.map((d) => d.field)).toEqual([field]);
		expect(diagnostics[0]!.message).toContain(allowed);
	});

	it('rejects an unknown applicant and an unknown decider', () => {
		const diagnostics = run((a) => {
			a.by = 'nobody';
			a.decision.by = 'no-one';
		});
		expect(diagnostics.map((d) => `${d.field} ${d.rule}`)).toEqual(['application.by unknown-person', 'application.decision.by unknown-person']);
	});

	it('warns when the applicant decides their own application', () => {
		const diagnostics = run((a) => (a.decision.by = 'li-wei'));
		expect(diagnostics.map((d) => `${d.severity} ${d.field} ${d.rule}`)).toEqual(['warning application.decision.by application-self-decided']);
	});
});
