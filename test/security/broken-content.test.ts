import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate.ts';
import { buildSite } from '../helpers/build-site.ts';
import { planFile, snapshot, VALID_BODY, VALID_PEOPLE, validPlan, writeContentDir } from '../helpers/content-fixture.ts';

const encoder = new TextEncoder();
const base = planFile();
const withLine = (find: string, replace: string) => {
	if (!base.includes(find)) throw new Error(`fixture lacks ${find}`);
	return base.replace(find, replace);
};
const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
const aliasBomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)].join('\n');

interface BrokenCase {
	name: string;
	/** Files under the content dir; a valid people.yaml is added unless given. */
	files: Record<string, string | Uint8Array>;
	/** The error expected: file, rule and (if any) field. */
	file: string;
	rule: string;
	field?: string;
}

const plan = (text: string | Uint8Array): Record<string, string | Uint8Array> => ({ 'accounts/acme.mdx': text });
const bodyWith = (snippet: string) => plan(planFile(validPlan(), `${VALID_BODY}\n${snippet}\n`));

const CASES: BrokenCase[] = [
	{ name: 'YAML: unclosed quote', files: plan(withLine('name: Acme Industrial Group', 'name: "Acme Industrial Group')), file: 'accounts/acme.mdx', rule: 'yaml-syntax' },
	{ name: 'YAML: tab indentation', files: plan(withLine('  current: 6000000', '\tcurrent: 6000000')), file: 'accounts/acme.mdx', rule: 'yaml-tab' },
	{ name: 'YAML: duplicate key', files: plan(withLine('tier: major', 'tier: major\ntier: named')), file: 'accounts/acme.mdx', rule: 'yaml-duplicate-key' },
	{ name: 'YAML: anchor and alias', files: plan(withLine('region: East China\nindustry: Construction', 'region: &r East China\nindustry: *r')), file: 'accounts/acme.mdx', rule: 'yaml-alias' },
	{ name: 'YAML: alias bomb', files: plan(planFile(aliasBomb)), file: 'accounts/acme.mdx', rule: 'yaml-alias' },
	{ name: 'YAML: merge key', files: plan(withLine('region: East China', '<<: { region: East China }')), file: 'accounts/acme.mdx', rule: 'yaml-merge-key', field: '<<' },
	{ name: 'YAML: !!js/function tag', files: plan(withLine('region: East China', 'region: !!js/function "function () { return 1 }"')), file: 'accounts/acme.mdx', rule: 'yaml-tag', field: 'region' },
	{ name: 'YAML: custom tag on a number', files: plan(withLine('current: 6000000', 'current: !!float 6000000')), file: 'accounts/acme.mdx', rule: 'yaml-tag', field: 'value.current' },
	{ name: 'file: byte-order mark', files: plan(`\uFEFF${base}`), file: 'accounts/acme.mdx', rule: 'file-bom' },
	{ name: 'file: CRLF line ends', files: plan(base.replace(/\n/g, '\r\n')), file: 'accounts/acme.mdx', rule: 'file-line-ends' },
	{ name: 'file: invalid UTF-8', files: plan(new Uint8Array([...encoder.encode(base.slice(0, 20)), 0xff, 0xfe, ...encoder.encode(base.slice(20))])), file: 'accounts/acme.mdx', rule: 'file-encoding' },
	{ name: 'file: zero-width space in the slug', files: { 'accounts/ac\u200Bme.mdx': base }, file: 'accounts/ac\u200Bme.mdx', rule: 'file-name' },
	{ name: 'file: bidi override in the slug', files: { 'accounts/acme\u202Egpj.mdx': base }, file: 'accounts/acme\u202Egpj.mdx', rule: 'file-name' },
	{ name: 'id: bidi character in the owner id', files: plan(withLine('owner: li-wei', 'owner: li-\u202Ewei')), file: 'accounts/acme.mdx', rule: 'invalid-format', field: 'owner' },
	{ name: 'id: zero-width joiner in a person id', files: { 'people.yaml': `${VALID_PEOPLE}- id: chen\u200D-jie\n  name: Chen Jie\n`, ...plan(base) }, file: 'people.yaml', rule: 'invalid-format', field: '[3].id' },
	{ name: 'number: 1.2M', files: plan(withLine('current: 6000000', 'current: 1.2M')), file: 'accounts/acme.mdx', rule: 'invalid-type', field: 'value.current' },
	{ name: 'number: 1,200,000', files: plan(withLine('current: 6000000', 'current: 1,200,000')), file: 'accounts/acme.mdx', rule: 'invalid-type', field: 'value.current' },
	{ name: 'number: .nan', files: plan(withLine('current: 6000000', 'current: .nan')), file: 'accounts/acme.mdx', rule: 'invalid-type', field: 'value.current' },
	{ name: 'number: .inf', files: plan(withLine('potential: 25000000', 'potential: .inf')), file: 'accounts/acme.mdx', rule: 'invalid-type', field: 'value.potential' },
	{ name: 'number: beyond 2^53', files: plan(withLine('potential: 25000000', 'potential: 90071992547409930')), file: 'accounts/acme.mdx', rule: 'invalid-value', field: 'value.potential' },
	{ name: 'number: negative money', files: plan(withLine('current: 6000000', 'current: -6000000')), file: 'accounts/acme.mdx', rule: 'invalid-value', field: 'value.current' },
	{ name: 'number: share above 1', files: plan(withLine('shareOfWallet: 0.35', 'shareOfWallet: 35')), file: 'accounts/acme.mdx', rule: 'invalid-value', field: 'targets.shareOfWallet' },
	{ name: 'date: impossible date', files: plan(withLine('last: 2026-09-15', 'last: 2026-02-30')), file: 'accounts/acme.mdx', rule: 'invalid-value', field: 'review.last' },
	{ name: 'date: 31/12/2025', files: plan(withLine('end: 2026-12-31', 'end: 31/12/2025')), file: 'accounts/acme.mdx', rule: 'invalid-value', field: 'planPeriod.end' },
	{ name: 'date: datetime with offset', files: plan(withLine('last: 2026-09-15', 'last: 2026-09-15T08:00:00+08:00')), file: 'accounts/acme.mdx', rule: 'invalid-value', field: 'review.last' },
	{ name: 'key: __proto__ at the top', files: plan(withLine('region: East China', '__proto__: { polluted: true }')), file: 'accounts/acme.mdx', rule: 'yaml-forbidden-key', field: '__proto__' },
	{ name: 'key: constructor nested', files: plan(withLine('  current: 6000000', '  current: 6000000\n  constructor: { prototype: { polluted: true } }')), file: 'accounts/acme.mdx', rule: 'yaml-forbidden-key', field: 'value.constructor' },
	{ name: 'key: __proto__ in a list item', files: plan(withLine('  - name: Zhao Lei', '  - __proto__: { polluted: true }\n    name: Zhao Lei')), file: 'accounts/acme.mdx', rule: 'yaml-forbidden-key', field: 'contacts[0].__proto__' },
	{ name: 'key: __proto__ in people.yaml', files: { 'people.yaml': `- id: li-wei\n  name: Li Wei\n  __proto__: { polluted: true }\n`, ...plan(base) }, file: 'people.yaml', rule: 'yaml-forbidden-key', field: '[0].__proto__' },
	{ name: 'file: a 5 MB plan', files: plan(`${base}\n${'Lorem ipsum dolor sit amet. '.repeat(190_000)}`), file: 'accounts/acme.mdx', rule: 'file-too-large' },
	{ name: 'file: 1,000-deep nesting', files: plan(withLine('region: East China', `region: ${nested(1000)}`)), file: 'accounts/acme.mdx', rule: 'yaml-too-deep' },
	{ name: 'MDX: import', files: bodyWith("import Evil from './evil.js'"), file: 'accounts/acme.mdx', rule: 'mdx-esm' },
	{ name: 'MDX: export', files: bodyWith('export const secret = process.env'), file: 'accounts/acme.mdx', rule: 'mdx-esm' },
	{ name: 'MDX: {expression}', files: bodyWith('Total: {process.exit(1)}'), file: 'accounts/acme.mdx', rule: 'mdx-expression' },
	{ name: 'MDX: <script>', files: bodyWith('<script>alert(1)</script>'), file: 'accounts/acme.mdx', rule: 'mdx-unknown-component' },
	{ name: 'MDX: <iframe>', files: bodyWith('<iframe src="https://evil.example"></iframe>'), file: 'accounts/acme.mdx', rule: 'mdx-unknown-component' },
	{ name: 'MDX: <style>', files: bodyWith('<style>body { display: none }</style>'), file: 'accounts/acme.mdx', rule: 'mdx-unknown-component' },
	{ name: 'MDX: javascript: link', files: bodyWith('[Open](javascript:alert(document.cookie))'), file: 'accounts/acme.mdx', rule: 'unsafe-link' },
	{ name: 'MDX: event-handler attribute', files: bodyWith('<Callout type="note" onMouseOver="alert(1)">Hover</Callout>'), file: 'accounts/acme.mdx', rule: 'mdx-attribute' },
	{ name: 'MDX: unknown component', files: bodyWith('<SecretDump />'), file: 'accounts/acme.mdx', rule: 'mdx-unknown-component' },
	{ name: 'policy: tag in policy.yaml', files: { 'policy.yaml': 'currency: !!binary Q05Z\n', ...plan(base) }, file: 'policy.yaml', rule: 'yaml-tag', field: 'currency' },
];

function toSnapshot(files: Record<string, string | Uint8Array>) {
	const accounts = Object.fromEntries(Object.entries(files).filter(([path]) => path.startsWith('accounts/')).map(([path, text]) => [path.slice('accounts/'.length), text]));
	return snapshot(accounts, { people: (files['people.yaml'] as string | undefined) ?? VALID_PEOPLE, policy: files['policy.yaml'] as string | undefined });
}

describe('broken content', () => {
	const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
	afterAll(() => {
		expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('has at least 30 cases', () => {
		expect(CASES.length).toBeGreaterThanOrEqual(30);
	});

	it.each(CASES)('$name: a clear error naming the file and field', ({ files, file, rule, field }) => {
		const started = performance.now();
		const { diagnostics } = validateContent(toSnapshot(files));
		const elapsed = performance.now() - started;
		const error = diagnostics.find((d) => d.severity === 'error' && d.rule === rule);
		expect(error, JSON.stringify(diagnostics, null, 1)).toBeDefined();
		expect(error!.file).toBe(file);
		if (field !== undefined) expect(error!.field).toBe(field);
		expect(error!.message.length).toBeGreaterThan(20);
		// Pathological files (alias bombs, deep nesting, 5 MB) must still fail fast.
		expect(elapsed).toBeLessThan(1000);
	});

	it.each(CASES)('$name: the build stops on that content error and publishes nothing', async ({ files, file, rule }) => {
		const contentDir = await writeContentDir({ 'people.yaml': VALID_PEOPLE, ...files });
		const outDir = join(await mkdtemp(join(tmpdir(), 'kam-broken-')), 'dist');
		const outcome = await buildSite({ contentDir, outDir });
		expect(outcome.code, outcome.stdout + outcome.stderr).toBe(1);
		// Stopped by this content error (reported as `path:line  error  ...  (rule)`), not by any other failure.
		const reported = outcome.stdout.split('\n').filter((line) => line.includes(`${file}:`) && line.includes(' error ') && line.endsWith(`(${rule})`));
		expect(reported, outcome.stdout).not.toEqual([]);
		expect(outcome.stderr).toContain('Build stopped: the content has errors, so nothing was published');
		expect(existsSync(outDir)).toBe(false);
	});
});
