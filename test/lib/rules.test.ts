/**
 * The rule registry (src/lib/rules.ts): every example gives its rule with its
 * message through the real validator and lint, every id the sources report is
 * in it, and the README's rules reference is written from it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import { describe, expect, it } from 'vitest';
import { scopeForBuild } from '../../src/build/build-args.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { renderRulesReference, RULES_END, RULES_START, withRulesReference } from '../../src/lib/rules-doc.ts';
import { isRuleId, problemRule, type RuleEntry, type RuleExample, RULES } from '../../src/lib/rules.ts';
import { checkSetHtml } from '../../src/lint/no-set-html.ts';
import { KAM_RULES } from '../../src/lint/preset.ts';
import { readContentDir } from '../../src/node/read-content-dir.ts';
import { exampleDiagnostics, exampleSnapshot } from '../helpers/rule-examples.ts';

const ROOT = join(import.meta.dirname, '../..');
const entries = Object.entries(RULES as Record<string, RuleEntry>);
const withFile = entries.filter((entry): entry is [string, RuleEntry & { example: RuleExample }] => 'file' in entry[1].example);
const triggered = entries.filter(([, entry]) => 'trigger' in entry.example).map(([id]) => id);

describe('every example gives its rule and message', () => {
	it.each(withFile)('%s', async (id, entry) => {
		const found = (await exampleDiagnostics(entry.example)).filter((d) => d.rule === id && d.message === entry.message);
		expect(found, `messages of ${id}: ${JSON.stringify((await exampleDiagnostics(entry.example)).filter((d) => d.rule === id).map((d) => d.message))}`).toHaveLength(1);
		// The examples' plans are non-named, so a rule whose severity depends on the tier warns; a portal scope warns in validate.
		const expected = entry.severity === 'tier' || entry.severity === 'portal' ? 'warning' : entry.severity;
		expect(found[0]!.severity).toBe(expected);
	});
});

describe('the rules reported outside content files give their messages', () => {
	it('lists exactly these rules without a file example', () => {
		expect(triggered.sort()).toEqual(
			['content-dir', 'file-too-large', 'invalid-element', 'invalid-union', 'lint', 'missing-file', 'no-literal-urls', 'no-set-html', 'not-multiple-of', 'unknown-portal'].sort(),
		);
	});

	it('missing-file: a content directory without people.yaml', () => {
		const snapshot = { ...exampleSnapshot({ file: 'policy.yaml', text: '' }), people: undefined };
		expect(validateContent(snapshot).diagnostics.filter((d) => d.rule === 'missing-file').map((d) => d.message)).toEqual([RULES['missing-file'].message]);
	});

	it('file-too-large: a plan of 1,150,000 bytes', () => {
		const snapshot = exampleSnapshot({ file: 'accounts/acme.mdx', text: 'x'.repeat(1_150_000) });
		expect(validateContent(snapshot).diagnostics.filter((d) => d.rule === 'file-too-large').map((d) => d.message)).toEqual([RULES['file-too-large'].message]);
	});

	it('unknown-portal: --portal nope with no portals in the policy', () => {
		const content = validateContent(exampleSnapshot({ file: 'policy.yaml', text: '' }));
		const problems = scopeForBuild({ outDir: 'dist', incremental: false, format: 'pretty', scope: [], portal: 'nope' }, content);
		expect(problems).toEqual([expect.objectContaining({ rule: 'unknown-portal', message: RULES['unknown-portal'].message })]);
	});

	it('content-dir: a content directory that does not exist', async () => {
		await expect(readContentDir('/no-such/content')).rejects.toThrow(RULES['content-dir'].message);
	});

	it('no-set-html: set:html with a computed value', () => {
		const example = RULES['no-set-html'].example;
		expect(checkSetHtml(example.source, 'src/x.astro').map((d) => [d.rule, d.message])).toEqual([['no-set-html', RULES['no-set-html'].message]]);
	});

	it('gives no message for a rule no content can reach today, and says why', () => {
		for (const id of ['invalid-element', 'invalid-union', 'lint', 'no-literal-urls', 'not-multiple-of'] as const) {
			expect(RULES[id].message, id).toBe('');
			expect(RULES[id].example.trigger, id).toMatch(/^none: /);
		}
		for (const [id, entry] of entries) if (entry.message === '') expect('trigger' in entry.example && entry.example.trigger.startsWith('none: '), id).toBe(true);
	});
});

/** Every `.ts` file under a folder. */
function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
	});
}

/** A rule id as the sources write it: lowercase words joined by hyphens. */
const ID = String.raw`'([a-z]+(?:-[a-z0-9]+)+)'`;

/**
 * The rule ids the sources write out: `rule: 'id'`, `rule === 'id'`, the id
 * argument of a `report(...)`, `fail(...)` or `toDiagnostic(...)` call, the
 * values of a `…_RULE = { … }` table, a `NO_SET_HTML = 'id'` constant and the
 * `?? 'id'` fallback of a lint message's rule.
 */
function ruleIdsWritten(text: string): string[] {
	const ids: string[] = [];
	for (const match of text.matchAll(new RegExp(String.raw`\brule\s*(?::|===?)\s*${ID}`, 'g'))) ids.push(match[1]!);
	for (const match of text.matchAll(/\b(?:report|fail|toDiagnostic)\(/g)) {
		const call = text.slice(match.index, match.index + 700);
		const id = new RegExp(String.raw`${ID}\s*[,)]`).exec(call);
		if (id) ids.push(id[1]!);
	}
	for (const table of text.matchAll(/\b[A-Z_]*RULE[A-Z_]* = \{([^}]*)\}/g)) for (const value of table[1]!.matchAll(new RegExp(String.raw`:\s*${ID}`, 'g'))) ids.push(value[1]!);
	for (const constant of text.matchAll(new RegExp(String.raw`\bNO_SET_HTML = ${ID}`, 'g'))) ids.push(constant[1]!);
	for (const fallback of text.matchAll(/ruleId \?\? '([a-z-]+)'/g)) ids.push(fallback[1]!);
	return ids;
}

describe('every rule id a check can report is in the registry', () => {
	const files = [...sources(join(ROOT, 'src')), ...sources(join(ROOT, 'schemas'))].filter((file) => !file.endsWith('/src/lib/rules.ts'));
	const written = new Map<string, string[]>();
	for (const file of files) for (const id of ruleIdsWritten(readFileSync(file, 'utf8'))) written.set(id, [...(written.get(id) ?? []), file.slice(ROOT.length + 1)]);

	it('finds the ids the sources write out (the scan itself works)', () => {
		for (const id of ['yaml-tab', 'yaml-forbidden-key', 'file-too-large', 'file-line-ends', 'mdx-unknown-component', 'parent-cycle', 'missing-part', 'empty-part', 'invalid-type', 'unknown-field', 'empty-scope', 'no-set-html', 'mdx-syntax', 'lint', 'plan-image', 'content-dir', 'unknown-portal']) {
			expect(written.has(id), id).toBe(true);
		}
		expect(written.size).toBeGreaterThan(55);
	});

	it('has every id the sources write out', () => {
		const missing = [...written].filter(([id]) => !isRuleId(id)).map(([id, where]) => `${id} (${where.join(', ')})`);
		expect(missing).toEqual([]);
	});

	it('has every rule of the remark-lint preset and the KAM rules', () => {
		const preset = (remarkPresetLintRecommended.plugins ?? []).map((plugin) => (Array.isArray(plugin) ? plugin[0] : plugin) as { name: string });
		const ids = [...preset.map((plugin) => plugin.name.replace(/^remark-lint:/, '')).filter((name) => name !== 'remarkLint'), ...Object.keys(KAM_RULES)];
		expect(ids).toHaveLength(16);
		expect(ids.filter((id) => !isRuleId(id) || RULES[id as keyof typeof RULES].check !== 'lint')).toEqual([]);
	});

	it('has the vocabulary rules the validator names by field', () => {
		expect(['unknown-region', 'unknown-industry', 'unknown-tag'].filter((id) => !isRuleId(id))).toEqual([]);
	});
});

describe('rules that lint reports too', () => {
	it('name a lint rule of the registry', () => {
		const shared = entries.filter(([, entry]) => entry.sameProblemAs !== undefined).map(([id, entry]) => [id, entry.sameProblemAs]);
		expect(shared).toEqual([
			['mdx-less-than', 'mdx-syntax'],
			['mdx-invalid', 'mdx-syntax'],
			['plan-link', 'kam-plan-links'],
			['missing-part', 'kam-plan-parts'],
			['part-order', 'kam-plan-parts'],
			['empty-part', 'kam-no-empty-parts'],
		]);
		expect(problemRule('missing-part')).toBe('kam-plan-parts');
		expect(problemRule('unknown-person')).toBe('unknown-person');
	});
});

describe("the README's rules reference", () => {
	const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

	it('is up to date with the registry (run `npm run docs:rules`)', () => {
		expect(withRulesReference(readme)).toBe(readme);
	});

	it('lists every rule once, with its message', () => {
		const section = readme.slice(readme.indexOf(RULES_START), readme.indexOf(RULES_END));
		for (const [id, entry] of entries) {
			expect(section.split(`- **\`${id}\`** (`), id).toHaveLength(2);
			if (entry.message !== '') expect(section, id).toContain(entry.message);
		}
	});

	it('is replaced between the markers, and refuses a README without them', () => {
		expect(withRulesReference(`intro\n${RULES_START}\nold\n${RULES_END}\nrest\n`)).toBe(`intro\n${RULES_START}\n${renderRulesReference()}${RULES_END}\nrest\n`);
		expect(() => withRulesReference('no markers')).toThrow(/needs the markers/);
	});
});
