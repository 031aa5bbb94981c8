/**
 * A seeded mutation fuzz of the sample plans (bench/fuzz.ts), short enough for
 * CI: every mutated plan is validated within a time bound, gives diagnostics
 * rather than a crash, and the fast YAML reader reads its frontmatter exactly
 * as the `yaml` package does. `npm run bench:fuzz` runs it longer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mutatePlan, runFuzz, yamlDifference } from '../../bench/fuzz.ts';
import { seededRandom } from '../../bench/generate.ts';
import { SAMPLE_CONTENT } from '../helpers/build-site.ts';
import { parseYaml } from '../../src/lib/content/yaml.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { linksInBody } from '../../src/lib/content/plan-links.ts';
import { imagesInBody } from '../../src/lib/content/plan-images.ts';
import { planEnding } from '../../src/lib/rules.ts';
import { combined, lintPlans } from '../../src/lint/lint-plans.ts';
import { exampleSnapshot } from '../helpers/rule-examples.ts';

const file = (path: string) => ({ path, bytes: readFileSync(join(SAMPLE_CONTENT, path)) });
const plans = readdirSync(join(SAMPLE_CONTENT, 'accounts'), { recursive: true, encoding: 'utf8' })
	.filter((path) => path.endsWith('.mdx'))
	.sort()
	.map((path) => file(`accounts/${path}`));

/** Per case; a plan validates in milliseconds, and the machine may be busy. The issue's bound is 10 s for a whole run. */
const BOUND_MS = 3000;

describe('mutation fuzz of the sample plans', () => {
	it('validates 600 mutated plans, each within the time bound, with diagnostics and no crash, the fast YAML reader agreeing with the yaml package', async () => {
		const summary = await runFuzz({ seed: 20, cases: 600, boundMs: BOUND_MS, plans, people: file('people.yaml'), policy: file('policy.yaml') });
		expect(summary.failures.map((f) => `case ${f.index} (from ${f.from}): ${f.problem.slice(0, 300)}`)).toEqual([]);
		expect(summary.cases).toBe(600);
		// The mutations break most plans, and leave many frontmatters in the fast reader's subset, so both checks mean something.
		expect(summary.withErrors).toBeGreaterThan(300);
		expect(summary.fastReads).toBeGreaterThan(150);
	}, 120_000);

	it('lints 150 mutated plans, each within the time bound, without a crash', async () => {
		const summary = await runFuzz({ seed: 21, cases: 150, boundMs: BOUND_MS, lint: true, plans, people: file('people.yaml'), policy: file('policy.yaml') });
		expect(summary.failures.map((f) => `case ${f.index} (from ${f.from}): ${f.problem.slice(0, 300)}`)).toEqual([]);
	}, 120_000);

	it('is deterministic: one seed gives the same mutations', () => {
		const text = new TextDecoder().decode(plans[0]!.bytes);
		const a = seededRandom(7);
		const b = seededRandom(7);
		expect(mutatePlan(text, a)).toBe(mutatePlan(text, b));
	});

	it.each([
		['an ideographic space after a person id', 'owner: ma-jun\u3000\nname: x'],
		['a zero-width no-break space after a value', 'owner: ma-jun\uFEFF'],
		['a no-break space before a comment', 'owner: ma-jun\u00A0# c'],
		['an ideographic space in a flow list', 'team: [ma-jun\u3000, li-wei]'],
		['a NUL in a value', 'name: a\u0000b'],
		['a next-line character', 'name: a\u0085b'],
		['a line separator', 'name: a\u2028b'],
		['thousands of `: ` on an indented line', `value:\n  current: 1${': '.repeat(5000)}`],
	])('the fast reader and the yaml package agree on %s', (_, source) => {
		expect(yamlDifference(source)).toBeUndefined();
	});
});

describe('hostile frontmatter found by the fuzz', () => {
	it.each([
		['80,000 unclosed links in a flow list', `financials:\n  - { year: 2024, revenue: ${'[x]('.repeat(80_000)}1 }`],
		['80,000 closing brackets', `value: { current: ${']'.repeat(80_000)} }`],
		['5,000 `: ` on an indented line', `value:\n  current: 1${': '.repeat(5000)}`],
		['5,000 `: ` inside a flow list', `team: [x${': '.repeat(5000)}]`],
	])('%s is one yaml-too-deep error, at once', (_, source) => {
		const started = performance.now();
		const parsed = parseYaml(source, { file: 'plan.mdx' });
		expect(parsed.diagnostics.map((d) => `${d.line} ${d.rule}`)).toEqual([`${source.startsWith('financials') || source.startsWith('value:\n') ? 2 : 1} yaml-too-deep`]);
		expect(performance.now() - started).toBeLessThan(1000);
	});
});

/** What the body check says for a `<` that starts no tag, after what follows it. */
const lessThan = (followedBy: string) =>
	`\`<\` ${followedBy}: MDX reads a \`<\` as the start of a tag unless a space follows it, and this is no tag, so the plan's page cannot be built; write \`\\<\` (or \`&lt;\`) for a less-than sign`;
const unclosed = (reason: string) => `MDX does not parse the body: ${reason}; the plan's page cannot be built, so close each portal component you open (\`<Callout>\` ... \`</Callout>\`, or \`<Milestones />\`)`;

describe('hostile bodies found by the fuzz', () => {
	// The minimal plan (accounts/acme.mdx) has 24 lines, its body ending at line 24; the lines below start at line 25.
	// Seed 20, case 1966 pasted a `<` before `交付` in a plan with links: MDX read it as a tag and the link check threw.
	it.each([
		['a `<` before a Chinese word, in a plan with a link (seed 20, case 1966)', 'See [the plan](./acme.mdx) and <交付.', 25, 32, 'mdx-less-than', lessThan('followed by `交`'), `MDX does not parse: ${lessThan('followed by `交`')}`],
		['a `<` before a digit, in a plan without links', 'Lead time <5 weeks.', 25, 11, 'mdx-less-than', lessThan('followed by `5`'), `MDX does not parse: ${lessThan('followed by `5`')}`],
		['a `<` before an ideographic space', 'Workshop <\u3000December.', 25, 10, 'mdx-less-than', lessThan('followed by U+3000 (ideographic space)'), `MDX does not parse: ${lessThan('followed by U+3000 (ideographic space)')}`],
		['a `<` at the end of a paragraph', 'Margin is <\n\nNext part.', 25, 11, 'mdx-less-than', lessThan('at the end of a line'), `MDX does not parse: ${lessThan('at the end of a line')}`],
		['a portal component left open, in a plan with a link', '<Callout type="note">\n\nSee [the plan](./acme.mdx).', 25, 1, 'mdx-invalid', unclosed('Expected a closing tag for `<Callout>`'), unclosed('Expected a closing tag for `<Callout>`')],
		['a closing tag without its opening, in a plan with a link', 'See [the plan](./acme.mdx).\n\n</Callout>', 27, 1, 'mdx-invalid', unclosed('Unexpected closing tag `</Callout>`, expected an open tag first'), unclosed('Unexpected closing tag `</Callout>`, expected an open tag first')],
	])('%s is one error at its place, in validate, lint and check, and nothing throws', async (_, lines, line, column, rule, message, lintMessage) => {
		const snapshot = exampleSnapshot(planEnding(lines));
		const validation = validateContent(snapshot);
		const at = { file: 'accounts/acme.mdx', line, column, field: '', severity: 'error' };
		expect(validation.diagnostics).toEqual([{ ...at, rule, message }]);
		const lint = await lintPlans(snapshot, validation.policy);
		expect(lint).toEqual([{ ...at, rule: 'mdx-syntax', message: lintMessage }]);
		// `npm run check` and the live preview list the problem once.
		expect(combined(validation.diagnostics, lint)).toEqual(lint);
	});

	it("keeps lint's own message where its parser stops before the `<`, and every problem is listed", async () => {
		const snapshot = exampleSnapshot(planEnding('Call <Unclosed here.\n\nLead time <5 weeks.'));
		const validation = validateContent(snapshot);
		expect(validation.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['25:6 mdx-unknown-component', '27:11 mdx-less-than']);
		const lint = await lintPlans(snapshot, validation.policy);
		expect(lint).toEqual([
			{
				file: 'accounts/acme.mdx',
				line: 25,
				column: 20,
				field: '',
				severity: 'error',
				rule: 'mdx-syntax',
				message: 'MDX does not parse: Unexpected character `.` (U+002E) in attribute name, expected an attribute name character such as letters, digits, `$`, or `_`; `=` to initialize a value; whitespace before attributes; or the end of the tag',
			},
		]);
		expect(combined(validation.diagnostics, lint).map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['25:6 mdx-unknown-component', '27:11 mdx-less-than', '25:20 mdx-syntax']);
	});

	it('reads no links or images, and does not throw, in a body MDX cannot parse', () => {
		expect(linksInBody('See [the plan](./acme.mdx) and <交付.')).toEqual([]);
		expect(imagesInBody('![chart](./chart.png) and <交付.')).toEqual([]);
	});
});
