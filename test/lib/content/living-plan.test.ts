/**
 * The living-plan fields (objectives, review history, the org chart): one
 * valid base plan, one change per test, named for what it rejects or warns about.
 */
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate.ts';
import type { Diagnostic } from '../../../src/lib/diagnostics.ts';
import { planFile, snapshot, validPlan } from '../../helpers/content-fixture.ts';

type Plan = Record<string, any>;

function diagnosticsOf(change: (plan: Plan) => void, options?: Parameters<typeof snapshot>[1]): Diagnostic[] {
	const plan = validPlan() as Plan;
	plan.review = {
		history: [
			{ date: '2026-06-15', by: ['zhang-min', 'li-wei'], outcome: 'approved', findings: { 'goals-realistic': 'ok' } },
			{ date: '2026-09-15', by: ['zhang-min'], outcome: 'revise', findings: { 'goals-realistic': 'concern', competitive: 'ok' }, decisions: ['Add a site-services offer'] },
		],
	};
	plan.contacts = [
		{ id: 'wang-jun', name: 'Wang Jun', role: 'decider', coveredBy: 'zhang-min', lastContact: '2026-10-01' },
		{ id: 'zhao-lei', name: 'Zhao Lei', role: 'influencer', reportsTo: 'wang-jun', coveredBy: 'li-wei' },
	];
	change(plan);
	return validateContent(snapshot({ 'acme.mdx': planFile(plan) }, options)).diagnostics;
}

const summary = (d: Diagnostic) => `${d.severity} ${d.field} ${d.rule}`;

describe('living-plan fields', () => {
	it('accepts the base plan with objectives, a review history and an org chart', () => {
		expect(diagnosticsOf(() => {})).toEqual([]);
	});

	it('accepts review.last when it equals the latest history date, and a falling target', () => {
		expect(
			diagnosticsOf((p) => {
				p.review.last = '2026-09-15';
				p.objectives.push({ id: 'cost', title: 'Cut the cost to serve', unit: 'money', baseline: 900000, target: 600000, current: 800000, due: '2027-06-30' });
				p.actions.push({ title: 'Move to one depot', status: 'planned', objective: 'cost' });
			}),
		).toEqual([]);
	});

	describe('objectives', () => {
		it.each(['id', 'title', 'unit', 'baseline', 'target', 'current', 'due'])('rejects an objective without %s', (field) => {
			const [error] = diagnosticsOf((p) => delete p.objectives[0][field]).filter((d) => d.field.startsWith('objectives'));
			expect(error).toMatchObject({ field: `objectives[0].${field}`, rule: 'missing-field', line: expect.any(Number) });
			expect(error!.message).toContain(`\`${field}\``);
		});

		it('rejects a duplicate objective id, naming the first', () => {
			const diagnostics = diagnosticsOf((p) => p.objectives.push({ ...p.objectives[0] }));
			expect(diagnostics.map(summary)).toContain('error objectives[1].id invalid-value');
			expect(diagnostics.find((d) => d.field === 'objectives[1].id')!.message).toBe(
				'objective id `group-framework` is also used by objectives[0]; ids must be unique within the plan, so rename one',
			);
		});

		it('rejects a target equal to the baseline', () => {
			const [error] = diagnosticsOf((p) => (p.objectives[0].target = p.objectives[0].baseline));
			expect(error).toMatchObject({ severity: 'error', field: 'objectives[0].target', rule: 'invalid-value' });
			expect(error!.message).toContain('`target` equals `baseline` (`0.2`)');
		});

		it.each(['baseline', 'target', 'current'])('rejects a share %s outside 0..1', (field) => {
			const [error] = diagnosticsOf((p) => (p.objectives[0][field] = 1.5));
			expect(error).toMatchObject({ severity: 'error', field: `objectives[0].${field}` });
			expect(error!.message).toContain('expected a share between 0 and 1');
			expect(error!.message).toContain('`1.5`');
		});

		it.each(['money', 'count'])('rejects a negative %s value', (unit) => {
			const [error] = diagnosticsOf((p) => Object.assign(p.objectives[0], { unit, baseline: 10, target: 20, current: -3 }));
			expect(error).toMatchObject({ severity: 'error', field: 'objectives[0].current' });
			expect(error!.message).toContain('of 0 or more');
			expect(error!.message).toContain('`-3`');
		});

		it('accepts a money value above 1', () => {
			expect(diagnosticsOf((p) => Object.assign(p.objectives[0], { unit: 'money', baseline: 1_000_000, target: 3_000_000, current: 2_000_000 }))).toEqual([]);
		});

		it('rejects an unknown unit, listing the allowed ones', () => {
			const [error] = diagnosticsOf((p) => (p.objectives[0].unit = 'percent'));
			expect(error!.message).toBe('expected one of `share`, `money`, `count`; found `percent` (text)');
		});

		it("rejects an action's objective that names no objective of the plan, listing the ids", () => {
			const [error] = diagnosticsOf((p) => (p.actions[0].objective = 'group-frame'));
			expect(error).toMatchObject({ severity: 'error', field: 'actions[0].objective', line: expect.any(Number) });
			expect(error!.message).toBe("unknown objective `group-frame`: expected one of the plan's objective ids, `group-framework`");
		});

		it("rejects an action's objective when the plan has no objectives", () => {
			const diagnostics = diagnosticsOf((p) => delete p.objectives);
			expect(diagnostics.filter((d) => d.severity === 'error').map(summary)).toEqual(['error actions[0].objective invalid-value']);
		});
	});

	describe('review history', () => {
		it('rejects review.last different from the latest history date', () => {
			const [error] = diagnosticsOf((p) => (p.review.last = '2026-06-15'));
			expect(error).toMatchObject({ severity: 'error', field: 'review.last' });
			expect(error!.message).toContain('set it to `2026-09-15`');
		});

		it('rejects two history entries on one date', () => {
			const diagnostics = diagnosticsOf((p) => (p.review.history[1].date = '2026-06-15'));
			expect(diagnostics.filter((d) => d.severity === 'error').map(summary)).toEqual(['error review.history[1].date invalid-value']);
		});

		it('rejects an unknown person among the reviewers', () => {
			const [error] = diagnosticsOf((p) => p.review.history[1].by.push('nobody'));
			expect(error).toMatchObject({ severity: 'error', field: 'review.history[1].by[1]', rule: 'unknown-person', line: expect.any(Number) });
		});

		it('rejects an unknown outcome, listing the allowed ones', () => {
			const [error] = diagnosticsOf((p) => (p.review.history[0].outcome = 'rejected'));
			expect(error).toMatchObject({ field: 'review.history[0].outcome' });
			expect(error!.message).toBe('expected one of `approved`, `revise`, `escalate`; found `rejected` (text)');
		});

		it('rejects an unknown finding value, listing the allowed ones', () => {
			const [error] = diagnosticsOf((p) => (p.review.history[0].findings['goals-realistic'] = 'bad'));
			expect(error).toMatchObject({ field: 'review.history[0].findings.goals-realistic' });
			expect(error!.message).toBe('expected one of `ok`, `concern`; found `bad` (text)');
		});

		it('rejects a finding id that is not a review question, listing the questions', () => {
			const [error] = diagnosticsOf((p) => (p.review.history[0].findings['goals-real'] = 'ok'));
			expect(error).toMatchObject({ severity: 'error', field: 'review.history[0].findings.goals-real', rule: 'unknown-review-question', line: expect.any(Number) });
			expect(error!.message).toContain('`goals-realistic`, `resources-linked`, `return-on-effort`, `product-fit`, `competitive`, `new-initiatives`, `profit-and-risk`');
		});

		it("checks finding ids against the policy's own questions", () => {
			const policy = 'reviewQuestions:\n  - { id: fit, en: Does it fit?, zh-CN: 合适吗？ }\n';
			const diagnostics = diagnosticsOf((p) => (p.review.history = [{ date: '2026-09-15', by: ['zhang-min'], outcome: 'approved', findings: { fit: 'ok', 'goals-realistic': 'ok' } }]), { policy });
			expect(diagnostics.map(summary)).toEqual(['error review.history[0].findings.goals-realistic unknown-review-question']);
		});
	});

	describe('contacts', () => {
		it('rejects a duplicate contact id', () => {
			const diagnostics = diagnosticsOf((p) => (p.contacts[1].id = 'wang-jun'));
			expect(diagnostics.map(summary)).toContain('error contacts[1].id invalid-value');
		});

		it('rejects a reportsTo that names no contact of the plan, listing the ids', () => {
			const [error] = diagnosticsOf((p) => (p.contacts[1].reportsTo = 'wang-jin'));
			expect(error).toMatchObject({ severity: 'error', field: 'contacts[1].reportsTo', line: expect.any(Number) });
			expect(error!.message).toContain('`wang-jin`');
			expect(error!.message).toContain('(`wang-jun`, `zhao-lei`)');
		});

		it('rejects a reportsTo that makes a cycle, showing it', () => {
			const diagnostics = diagnosticsOf((p) => (p.contacts[0].reportsTo = 'zhao-lei'));
			const errors = diagnostics.filter((d) => d.severity === 'error');
			expect(errors.map(summary)).toEqual(['error contacts[0].reportsTo invalid-value', 'error contacts[1].reportsTo invalid-value']);
			expect(errors[0]!.message).toContain('`wang-jun`, `zhao-lei`, `wang-jun`');
		});

		it('rejects a contact reporting to itself', () => {
			const [error] = diagnosticsOf((p) => (p.contacts[0].reportsTo = 'wang-jun'));
			expect(error!.message).toContain('makes a cycle');
		});

		it('rejects an unknown person in coveredBy', () => {
			const [error] = diagnosticsOf((p) => (p.contacts[0].coveredBy = 'nobody'));
			expect(error).toMatchObject({ severity: 'error', field: 'contacts[0].coveredBy', rule: 'unknown-person' });
		});

		it('rejects a lastContact that is not a real date', () => {
			const [error] = diagnosticsOf((p) => (p.contacts[0].lastContact = '2026-02-30'));
			expect(error).toMatchObject({ severity: 'error', field: 'contacts[0].lastContact' });
		});
	});

	describe('warnings', () => {
		it('warns about a major account without objectives', () => {
			const diagnostics = diagnosticsOf((p) => (delete p.objectives, delete p.actions[0].objective));
			expect(diagnostics.map(summary)).toEqual(['warning objectives missing-objectives']);
		});

		it('does not ask a named account for objectives', () => {
			const diagnostics = diagnosticsOf((p) => (delete p.objectives, delete p.actions[0].objective, (p.tier = 'named'), delete p.sponsor, (p.value = { current: 2_000_000, potential: 6_000_000, wallet: 9_000_000 })));
			expect(diagnostics).toEqual([]);
		});

		it('warns about an objective that no action serves', () => {
			const diagnostics = diagnosticsOf((p) => delete p.actions[0].objective);
			expect(diagnostics.map(summary)).toEqual(['warning objectives[0] objective-without-actions']);
			expect(diagnostics[0]!.message).toContain('`group-framework`');
		});

		it("warns about a major account whose latest review did not include its sponsor", () => {
			const diagnostics = diagnosticsOf((p) => (p.review.history[1].by = ['li-wei']));
			expect(diagnostics.map(summary)).toEqual(['warning review.history[1].by review-without-sponsor']);
			expect(diagnostics[0]!.message).toContain('`zhang-min`');
		});

		it('looks at the latest review by date, whatever the order written', () => {
			const diagnostics = diagnosticsOf((p) => {
				p.review.history.reverse();
				p.review.history[1].by = ['li-wei']; // the older review, now written second
			});
			expect(diagnostics).toEqual([]);
		});
	});
});
