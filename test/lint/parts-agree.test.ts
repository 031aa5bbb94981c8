/**
 * The plan-parts rule has one implementation: validation and the lint rules
 * kam-plan-parts and kam-no-empty-parts report the same problems at the same
 * lines in the same words, and `npm run check` lists each of them once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SECTIONS } from '../../schemas/policy.ts';
import { combined } from '../../src/cli/content-checks.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { lintPlan } from '../../src/lint/lint-plans.ts';
import { snapshot } from '../helpers/content-fixture.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const PART_RULES = new Set(['missing-part', 'part-order', 'empty-part', 'kam-plan-parts', 'kam-no-empty-parts']);

/** Fixtures whose problems validation also reports (a template prompt is lint's alone). */
const fixtures = ['kam-plan-parts', 'kam-no-empty-parts'].flatMap((rule) =>
	readdirSync(join(FIXTURES, rule, 'not-ok'))
		.filter((name) => name !== 'prompt-only.mdx')
		.map((name) => [`${rule}/${name}`, readFileSync(join(FIXTURES, rule, 'not-ok', name), 'utf8')] as const),
);

describe('validation and lint share the plan-parts rule', () => {
	it.each(fixtures)('%s: the same problems, lines and words', async (_, text) => {
		const validation = validateContent(snapshot({ 'acme.mdx': text })).diagnostics.filter((d) => PART_RULES.has(d.rule));
		const lint = (await lintPlan(text, 'accounts/acme.mdx', { sections: DEFAULT_SECTIONS, plans: {} })).filter((d) => PART_RULES.has(d.rule));
		const show = (d: { line?: number; severity: string; message: string }) => `${d.line} ${d.severity} ${d.message}`;
		expect(validation.length).toBeGreaterThan(0);
		expect(validation.map(show).sort()).toEqual(lint.map(show).sort());
		expect(combined(validation, lint).filter((d) => PART_RULES.has(d.rule))).toEqual(lint);
	});

	describe('combined: one problem by rule and place, not by words', () => {
		const missing = { file: 'accounts/a.mdx', line: 3, field: '', severity: 'error' as const, rule: 'missing-part' as const, message: 'one' };
		const linted = { ...missing, rule: 'kam-plan-parts' as const, column: 1 };

		it('lists once a part problem lint reports at the same line, as lint words it', () => {
			expect(combined([missing], [{ ...linted, message: 'another' }])).toEqual([{ ...linted, message: 'another' }]);
		});

		it('keeps a validation problem lint reports at another line', () => {
			expect(combined([missing], [{ ...linted, line: 4 }])).toHaveLength(2);
		});

		it('keeps a validation problem lint reports in another file', () => {
			expect(combined([missing], [{ ...linted, file: 'accounts/b.mdx' }])).toHaveLength(2);
		});

		it('keeps a validation problem when lint reports another rule at its line', () => {
			expect(combined([missing], [{ ...linted, rule: 'kam-no-empty-parts' }])).toHaveLength(2);
		});

		it('keeps an empty part lint reports as a missing one at its line', () => {
			expect(combined([{ ...missing, rule: 'empty-part' }], [linted])).toHaveLength(2);
		});

		it('matches an empty part to kam-no-empty-parts at its line', () => {
			expect(combined([{ ...missing, rule: 'empty-part' }], [{ ...linted, rule: 'kam-no-empty-parts' }])).toHaveLength(1);
		});

		it('never drops a validation problem of a rule lint does not share, even with the same words at the line', () => {
			const person = { ...missing, rule: 'unknown-person' as const };
			expect(combined([person], [{ ...person, rule: 'kam-plan-parts' as const }])).toHaveLength(2);
		});

		it('lets one lint problem stand for one validation problem: two missing at one line, one linted, keeps one', () => {
			const two = [missing, { ...missing, message: 'two' }];
			expect(combined(two, [linted])).toEqual([{ ...missing, message: 'two' }, linted]);
			expect(combined(two, [linted, { ...linted, message: 'two' }])).toHaveLength(2);
		});
	});
});
