/**
 * Validation of visit reports: one valid base report, one change per test.
 * Every problem names the file, the field, what was expected and found, and
 * its line; all problems of all files come in one run.
 */
import { describe, expect, it } from 'vitest';
import { IncrementalValidator } from '../../../src/lib/content/incremental.ts';
import { previewContent } from '../../../src/lib/content/preview.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { scopeContent } from '../../../src/lib/scope/scope.ts';
import { visitFolders } from '../../../src/lib/content/visits.ts';
import type { Diagnostic } from '../../../src/lib/diagnostics.ts';
import { planFile, snapshot, validPlan as validPlanData, visitFile } from '../../helpers/content-fixture.ts';

const encoder = new TextEncoder();
const VISIT_PATH = 'visits/acme/2026-11-20-framework-offer.mdx';

function validate(visits: Record<string, string>, options: { asOf?: string } = {}) {
	const content = snapshot({ 'acme.mdx': planFile() });
	return validateContent({ ...content, visits: Object.entries(visits).map(([path, text]) => ({ path, bytes: encoder.encode(text) })), ...(options.asOf && { asOf: options.asOf }) });
}

const problems = (diagnostics: Diagnostic[]) => diagnostics.map((d) => ({ file: d.file, line: d.line, field: d.field, severity: d.severity, rule: d.rule }));

describe('visit reports', () => {
	it('accepts the valid report and loads it for its plan', () => {
		const result = validate({ [VISIT_PATH]: visitFile() }, { asOf: '2026-11-22' });
		expect(result.diagnostics).toEqual([]);
		expect(result.visits.map((v) => [v.plan, v.topic, v.frontmatter.next?.[0]?.status])).toEqual([['acme', 'framework-offer', 'planned']]);
	});

	it('accepts a planned visit without outcome, theirs or next steps, and a next step without status (planned)', () => {
		const result = validate({
			'visits/acme/2026-12-20-tender.mdx': visitFile((l) => {
				l.date = '2026-12-20';
				l.status = 'planned';
				delete l.outcome;
				delete l.theirs;
				delete l.next;
			}),
			'visits/acme/2026-11-01-call.mdx': visitFile((l) => {
				l.date = '2026-11-01';
				l.next = '\n  - { title: Call back, owner: li-wei, due: 2026-11-05 }';
			}),
		});
		expect(result.diagnostics).toEqual([]);
		expect(result.visits.find((v) => v.topic === 'call')?.frontmatter.next?.[0]?.status).toBe('planned');
	});

	it('rejects a folder that names no plan', () => {
		const result = validate({ 'visits/acme-holdings/2026-11-20-x.mdx': visitFile() });
		expect(problems(result.diagnostics)).toEqual([{ file: 'visits/acme-holdings/2026-11-20-x.mdx', line: undefined, field: '', severity: 'error', rule: 'visit-unknown-plan' }]);
		expect(result.diagnostics[0]?.message).toContain('`visits/acme-holdings/` names no plan');
	});

	it.each([
		['visits/2026-11-20-x.mdx', 'a report outside a plan folder'],
		['visits/acme/2026-11-20-x.md', 'a name without .mdx'],
		['visits/acme/notes.mdx', 'a name without a date'],
		['visits/acme/2026-02-30-x.mdx', 'a date that is not a calendar date'],
		['visits/acme/2026-11-20-Big_Topic.mdx', 'a topic that is not a slug'],
		['visits/acme/deeper/2026-11-20-x.mdx', 'a nested folder'],
	])('rejects %s (%s)', (path) => {
		const result = validate({ [path]: visitFile() });
		expect(problems(result.diagnostics)).toEqual([{ file: path, line: undefined, field: '', severity: 'error', rule: 'visit-file-name' }]);
		expect(result.visits).toEqual([]);
	});

	it('rejects a date that differs from the file name, on its line', () => {
		const result = validate({ [VISIT_PATH]: visitFile((l) => (l.date = '2026-11-21')) });
		expect(problems(result.diagnostics)).toEqual([{ file: VISIT_PATH, line: 2, field: 'date', severity: 'error', rule: 'visit-date' }]);
		expect(result.diagnostics[0]?.message).toContain('`date` is `2026-11-21` but the file name says `2026-11-20`');
	});

	it('rejects unknown people in ours and in a next step, with their lines', () => {
		const result = validate({
			[VISIT_PATH]: visitFile((l) => {
				l.ours = '[li-wei, nobody]';
				l.next = '\n  - { title: Send, owner: ghost, due: 2026-12-01 }';
			}),
		});
		expect(problems(result.diagnostics)).toEqual([
			{ file: VISIT_PATH, line: 5, field: 'ours[1]', severity: 'error', rule: 'unknown-person' },
			{ file: VISIT_PATH, line: 11, field: 'next[0].owner', severity: 'error', rule: 'unknown-person' },
		]);
	});

	it('rejects a theirs id that is no contact of the plan, listing the ids there are', () => {
		const result = validate({ [VISIT_PATH]: visitFile((l) => (l.theirs = '[zhao-lei, wang-jun]')) });
		expect(problems(result.diagnostics)).toEqual([{ file: VISIT_PATH, line: 6, field: 'theirs[1]', severity: 'error', rule: 'visit-unknown-contact' }]);
		expect(result.diagnostics[0]?.message).toContain('one of `zhao-lei`');
	});

	it('rejects an objective the plan does not have', () => {
		const result = validate({ [VISIT_PATH]: visitFile((l) => (l.objective = 'tunnels')) });
		expect(problems(result.diagnostics)).toEqual([{ file: VISIT_PATH, line: 9, field: 'objective', severity: 'error', rule: 'visit-unknown-objective' }]);
	});

	it('rejects done without outcome', () => {
		const result = validate({ [VISIT_PATH]: visitFile((l) => delete l.outcome) });
		// No line of its own: the frontmatter's first line.
		expect(problems(result.diagnostics)).toEqual([{ file: VISIT_PATH, line: 2, field: 'outcome', severity: 'error', rule: 'invalid-value' }]);
		expect(result.diagnostics[0]?.message).toContain('missing `outcome`');
	});

	it('rejects an unknown type and status, listing the allowed values', () => {
		const result = validate({
			[VISIT_PATH]: visitFile((l) => {
				l.type = 'lunch';
				l.status = 'held';
			}),
		});
		expect(problems(result.diagnostics)).toEqual([
			{ file: VISIT_PATH, line: 3, field: 'type', severity: 'error', rule: 'invalid-value' },
			{ file: VISIT_PATH, line: 4, field: 'status', severity: 'error', rule: 'invalid-value' },
		]);
		expect(result.diagnostics[0]?.message).toBe('expected one of `visit`, `call`, `meeting`, `event`, `reception`; found `lunch` (text)');
		expect(result.diagnostics[1]?.message).toContain('`planned`, `done`, `cancelled`');
	});

	it.each(['title', 'owner', 'due'])('rejects a next step without %s', (field) => {
		const step = { title: 'title: Send', owner: 'owner: li-wei', due: 'due: 2026-12-01' } as Record<string, string>;
		delete step[field];
		const result = validate({ [VISIT_PATH]: visitFile((l) => (l.next = `\n  - { ${Object.values(step).join(', ')} }`)) });
		expect(problems(result.diagnostics)).toEqual([{ file: VISIT_PATH, line: 11, field: `next[0].${field}`, severity: 'error', rule: 'missing-field' }]);
	});

	it('rejects code and HTML in the notes, with their lines, as in a plan', () => {
		const result = validate({ [VISIT_PATH]: visitFile(undefined, 'Notes.\n\nimport x from "y"\n') });
		expect(problems(result.diagnostics)).toEqual([{ file: VISIT_PATH, line: 15, field: '', severity: 'error', rule: 'mdx-esm' }]);
	});

	it('warns about a planned visit dated before the as-of date', () => {
		const result = validate({ [VISIT_PATH]: visitFile((l) => (l.status = 'planned')) }, { asOf: '2026-11-22' });
		expect(problems(result.diagnostics)).toEqual([{ file: VISIT_PATH, line: 4, field: 'status', severity: 'warning', rule: 'visit-planned-past' }]);
		expect(result.diagnostics[0]?.message).toContain('record it as done');
	});

	it('reports every problem of every visit file, with the plans, in one run', () => {
		const result = validate({
			[VISIT_PATH]: visitFile((l) => (l.type = 'lunch')),
			'visits/acme/2026-11-21-call.mdx': visitFile((l) => (l.date = '2026-11-20')),
			'visits/nowhere/2026-11-20-x.mdx': visitFile(),
		});
		expect(new Set(result.diagnostics.map((d) => d.file))).toEqual(new Set([VISIT_PATH, 'visits/acme/2026-11-21-call.mdx', 'visits/nowhere/2026-11-20-x.mdx']));
	});
});

describe('visit reports in the live preview and in scoped portals', () => {
	const twoPlans = () => {
		const base = snapshot({ 'acme.mdx': planFile(), 'beta.mdx': planFile({ ...validPlanData(), owner: 'wang-fang' }) });
		return {
			...base,
			visits: [
				{ path: VISIT_PATH, bytes: encoder.encode(visitFile()) },
				{ path: 'visits/beta/2026-11-20-call.mdx', bytes: encoder.encode(visitFile((l) => { l.ours = '[wang-fang]'; l.next = '\n  - { title: Call back, owner: wang-fang, due: 2026-12-01 }'; })) },
			],
		};
	};

	it('the incremental validator re-checks only a changed visit file and equals a full validation', () => {
		const validator = new IncrementalValidator();
		const first = twoPlans();
		expect(validator.validate(first)).toEqual(validateContent(first));
		const changed = { ...first, visits: [first.visits[0]!, { path: first.visits[1]!.path, bytes: encoder.encode(visitFile((l) => (l.type = 'lunch'))) }] };
		expect(validator.validate(changed)).toEqual(validateContent(changed));
		expect(validator.lastChecked).toBe(1);
	});

	it('the preview leaves out a visit with errors and the visits of a plan that does not render', () => {
		const content = twoPlans();
		content.visits[1] = { path: content.visits[1]!.path, bytes: encoder.encode(visitFile((l) => (l.type = 'lunch'))) };
		content.accounts[0] = { path: 'accounts/acme.mdx', bytes: encoder.encode(planFile({ ...validPlanData(), tier: 'platinum' })) };
		const validation = validateContent(content);
		expect(previewContent(validation, validation.diagnostics).content.visits).toEqual([]);
		const fine = validateContent(twoPlans());
		expect(previewContent(fine, fine.diagnostics).content.visits.map((v) => v.plan)).toEqual(['acme', 'beta']);
	});

	it('a scoped portal holds only the visits of its plans, and the people they name', () => {
		const scoped = scopeContent(validateContent(twoPlans()), { conditions: [{ field: 'owner', value: 'wang-fang' }] });
		expect(scoped.visits.map((v) => v.file)).toEqual(['visits/beta/2026-11-20-call.mdx']);
		expect(scoped.people.map((p) => p.id)).toContain('wang-fang');
	});
});

describe('an objective served only by a visit', () => {
	it("is not warned about as without actions: the visit's next steps serve it", () => {
		const plan = { ...validPlanData(), actions: [{ title: 'Executive workshop', owner: 'li-wei', due: '2026-12-01', status: 'in-progress' }] };
		const content = snapshot({ 'acme.mdx': planFile(plan) });
		const alone = validateContent(content);
		expect(alone.diagnostics.map((d) => [d.field, d.rule])).toEqual([['objectives[0]', 'objective-without-actions']]);
		const withVisit = validateContent({ ...content, visits: [{ path: VISIT_PATH, bytes: encoder.encode(visitFile()) }] });
		expect(withVisit.diagnostics).toEqual([]);
		const withoutSteps = validateContent({ ...content, visits: [{ path: VISIT_PATH, bytes: encoder.encode(visitFile((l) => delete l.next)) }] });
		expect(withoutSteps.diagnostics.map((d) => d.rule)).toEqual(['objective-without-actions']);
	});
});

describe('visitFolders (for CODEOWNERS)', () => {
	it('lists one folder per plan that has reports, sorted', () => {
		expect(visitFolders([{ plan: 'beta' }, { plan: 'acme' }, { plan: 'beta' }])).toEqual(['visits/acme', 'visits/beta']);
	});
});
