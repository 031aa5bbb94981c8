import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate.ts';
import { planFile, snapshot, validPlan } from '../helpers/content-fixture.ts';

function planWithContacts(count: number, role = 'user') {
	const plan = validPlan();
	plan.contacts = Array.from({ length: count }, (_, i) => ({ name: `Contact ${i}`, title: 'Site engineer', role: i === 0 ? 'decider' : role }));
	return planFile(plan);
}

describe('pathological but legal files', () => {
	it('validates a plan with 4,000 contacts', () => {
		const text = planWithContacts(4000);
		expect(text.length).toBeLessThan(1024 * 1024);
		expect(validateContent(snapshot({ 'acme.mdx': text })).diagnostics).toEqual([]);
	});

	it('reports every one of 2,000 bad rows, each with its own line', () => {
		const { diagnostics } = validateContent(snapshot({ 'acme.mdx': planWithContacts(2001, 'boss') }));
		const bad = diagnostics.filter((d) => d.field.startsWith('contacts[') && d.field.endsWith('].role'));
		expect(bad).toHaveLength(2000);
		expect(new Set(bad.map((d) => d.line)).size).toBe(2000);
	});

	it('names the file that is too large', () => {
		const { diagnostics } = validateContent(snapshot({ 'east/huge.mdx': planWithContacts(20_000) }));
		expect(diagnostics).toEqual([expect.objectContaining({ file: 'accounts/east/huge.mdx', rule: 'file-too-large', message: expect.stringMatching(/^file is too large \(1\.\d MB\)/) })]);
	});
});
