/**
 * The one runner for every lint rule's fixtures: test/lint/fixtures/<rule>/ok/*
 * must produce no message, and each not-ok/* exactly the messages its header
 * lists, in order, as `# expect: line:column severity message` (plans, in the
 * YAML frontmatter) or `// expect: ...` (.astro, in the component script).
 * A plan fixture's `# path:` header sets its path in the content directory.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SECTIONS } from '../../schemas/policy.ts';
import type { Diagnostic } from '../../src/lib/diagnostics.ts';
import { lintPlan } from '../../src/lint/lint-plans.ts';
import { checkSetHtml, NO_SET_HTML } from '../../src/lint/no-set-html.ts';
import { KAM_RULES, type KamRuleName } from '../../src/lint/preset.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

/** The plans the link fixtures may point at, besides themselves. */
const KNOWN_PLANS: Record<string, string> = {
	'acme-industrial': 'accounts/acme-industrial.mdx',
	'huajian-road-bridge': 'accounts/east-china/huajian-road-bridge.mdx',
	'huajian-municipal-engineering': 'accounts/east-china/huajian-municipal-engineering.mdx',
	'summit-live-events': 'accounts/summit-live-events.mdx',
};

const RULES = [...(Object.keys(KAM_RULES) as KamRuleName[]), NO_SET_HTML];

function header(text: string, key: string): string[] {
	return [...text.matchAll(new RegExp(`^\\s*(?:#|//) ${key}: (.*)$`, 'gm'))].map((m) => m[1]!);
}

const show = (d: Diagnostic) => `${d.line}:${d.column} ${d.severity} ${d.message}`;

async function messagesOf(rule: string, name: string, text: string): Promise<string[]> {
	if (rule === NO_SET_HTML) return checkSetHtml(text, name).map(show);
	const path = header(text, 'path')[0] ?? `accounts/${name}`;
	const diagnostics = await lintPlan(text, path, { sections: DEFAULT_SECTIONS, plans: KNOWN_PLANS, only: [rule as KamRuleName] });
	return diagnostics.map(show);
}

describe.each(RULES)('%s', (rule) => {
	const dir = join(FIXTURES, rule);
	const fixtures = (kind: 'ok' | 'not-ok') => readdirSync(join(dir, kind)).sort();

	it('has ok and not-ok fixtures', () => {
		expect(fixtures('ok').length).toBeGreaterThan(0);
		expect(fixtures('not-ok').length).toBeGreaterThan(0);
	});

	it.each(fixtures('ok'))('ok/%s has no messages', async (name) => {
		const text = readFileSync(join(dir, 'ok', name), 'utf8');
		expect(await messagesOf(rule, name, text)).toEqual([]);
	});

	it.each(fixtures('not-ok'))('not-ok/%s has exactly the expected messages', async (name) => {
		const text = readFileSync(join(dir, 'not-ok', name), 'utf8');
		const expected = header(text, 'expect');
		expect(expected.length).toBeGreaterThan(0);
		expect(await messagesOf(rule, name, text)).toEqual(expected);
	});
});
