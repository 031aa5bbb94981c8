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

	it('keeps a validation problem that lint words differently', () => {
		const validation = [{ file: 'accounts/a.mdx', line: 3, field: '', severity: 'error' as const, rule: 'missing-part', message: 'one' }];
		const lint = [{ ...validation[0]!, rule: 'kam-plan-parts', column: 1, message: 'another' }];
		expect(combined(validation, lint)).toHaveLength(2);
	});
});
