/**
 * A seeded mutation fuzz of plans: each case takes a sample plan, applies one
 * to three edits of the kinds people and attackers make (long runs, invisible
 * and control characters, script links by every spelling, broken YAML, pasted
 * megabytes...), and validates it. A case fails when validation throws, gives
 * nothing for a changed plan that no longer parses, takes longer than the time
 * bound, or when the fast YAML reader and the `yaml` package read the
 * frontmatter differently.
 *
 * The CI test (test/security/fuzz.test.ts) runs a few hundred cases;
 * `npm run bench:fuzz -- --cases 5000 --seed 7` runs as many as asked.
 */
import { isDeepStrictEqual } from 'node:util';
import type { PathSegment } from '../src/lib/diagnostics.ts';
import type { ContentFile, ContentSnapshot } from '../src/lib/content/validate.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { splitPlan } from '../src/lib/content/source-file.ts';
import { parseYaml } from '../src/lib/content/yaml.ts';
import { parseYamlSubset } from '../src/lib/content/yaml-subset.ts';
import { seededRandom } from './generate.ts';
import { lintPlan } from '../src/lint/lint-plans.ts';

type Random = () => number;

/** Short pieces inserted anywhere: YAML and MDX syntax, invisible and control characters, script links. */
const PIECES = [
	'\t', '\r', '\r\n', '\u0000', '\u0001', '\u0008', '\u000b', '\u001f', '\u007f', '\u0085', '\u00a0', '\u00ad', '\u1680', '\u2000', '\u200b', '\u200d',
	'\u200e', '\u202e', '\u2028', '\u2029', '\u2060', '\u3000', '\ufeff', '\ufffd', '\ud800', '😀', '中文', '＃', '：',
	'#', ' # c', ':', ': ', ': x', '"', "'", "''", '\\', '\\"', '- ', '-', '[', ']', '{', '}', ', ', ',', '&a ', '*a', '!t ', '!!str ', '|', '>', '?', '%', '@', '`', '```',
	'null', '~', 'True', '0x1F', '0o17', '-0', '+5', '.5', '1e3', '-.Inf', '.NaN', '1.50', '007', '9999999999999999999', '-1', '2026-13-01', '2026-02-30',
	'<<: ', '__proto__: 1', 'constructor', '---', '...', '\n---\n', '\n', '\n\n', '  ', '    ',
	'<', '</', '<script>', '<Callout type="x" onClick="y">', '<!-- c -->', '{x}', '\\{', 'import x from "y"', 'export const a = 1',
	'[c](javascript:alert(1))', '[c](&#106;avascript:alert(1))', '[c]( JAVASCRIPT:alert(1))', '[c](java&#x09;script:alert(1))', '[c](java\tscript:x)',
	'[c](<javascript:x>)', '[c]: vbscript:x', '[c](data:text/html,x)', '[c](JaVa&Tab;ScRiPt&colon;x)', '![i](javascript:x)', '<javascript:x>',
	'[c](./other.mdx)', '[c](../x/y.mdx#a)', '](', '![', '&#0;', '&amp;', '&#x110000;',
	'## ', '## Action plan', '## 竞争评价', '# ', '####### x',
];

/** What a paste leaves at the end of a line: Unicode spaces, invisible and control characters, a comment. */
const LINE_ENDINGS = ['\u3000', '\ufeff', '\u00a0', '\u200b', '\u2028', '\u0085', '\u0000', '\u000b', '\u000c', ' ', '  ', ' #', ' # \u3000', '\u3000 # c', ':', ' :', ',', ']', '}', '"', "'"];

/** Characters repeated into long runs (the shapes that make patterns backtrack). */
const RUNS = [' ', '\t', '#', '`', '{', '[', ']', '(', ')', '<', '>', '\\', '-', ':', '"', "'", '*', '_', '~', '|', '&', 'x', '中', '\u3000', '](', '[x](', '&#', '- ', '## ', '\n', '\n ', ': ', '# '];

function pick<T>(random: Random, list: readonly T[]): T {
	return list[Math.floor(random() * list.length)]!;
}

/** A run length: mostly short, sometimes thousands, now and then a hundred thousand. */
function runLength(random: Random): number {
	const r = random();
	if (r < 0.6) return 1 + Math.floor(random() * 40);
	if (r < 0.95) return 100 + Math.floor(random() * 8000);
	return 20_000 + Math.floor(random() * 100_000);
}

/** One edit of a text at a random place. */
function edit(text: string, random: Random): string {
	const at = Math.floor(random() * (text.length + 1));
	const kind = random();
	if (kind < 0.35) return text.slice(0, at) + pick(random, PIECES) + text.slice(at);
	if (kind < 0.55) return text.slice(0, at) + pick(random, RUNS).repeat(runLength(random)) + (random() < 0.5 ? pick(random, ['x', '#', ':', ')', '}', '\n']) : '') + text.slice(at);
	if (kind < 0.65) return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 20));
	const lines = text.split('\n');
	const i = Math.floor(random() * lines.length);
	if (kind < 0.72) lines.splice(i, 1);
	else if (kind < 0.79) lines.splice(i, 0, lines[Math.floor(random() * lines.length)]!);
	else if (kind < 0.85) lines[i] = (random() < 0.5 ? ' ' : '\t') + lines[i]!;
	else if (kind < 0.87) lines[i] = lines[i]!.replace(/^ +/, '');
	// A character pasted at the end of a line, where readers that trim too much (or too little) differ.
	else if (kind < 0.9) lines[i] = lines[i]! + pick(random, LINE_ENDINGS);
	else if (kind < 0.95) {
		// A value pasted as a long line (a region, a name, a note).
		lines[i] = lines[i]!.replace(/: .*$/, `: ${pick(random, ['x', '东', 'a b', '\u3000'])}`.padEnd(2 + runLength(random), pick(random, ['x', '东', ' ', 'ab'])));
	} else {
		const j = Math.floor(random() * lines.length);
		[lines[i], lines[j]] = [lines[j]!, lines[i]!];
	}
	return lines.join('\n');
}

/** A sample plan with one to three edits. */
export function mutatePlan(text: string, random: Random): string {
	let result = text;
	const edits = 1 + Math.floor(random() * 3);
	for (let k = 0; k < edits; k++) result = edit(result, random);
	return result;
}

/** Every path of a value, plus paths one step past its ends (which fall back to an ancestor's line). */
function pathsOf(value: unknown, prefix: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
	if (out.length > 5000) return out;
	out.push(prefix);
	if (Array.isArray(value)) {
		value.forEach((item, i) => pathsOf(item, [...prefix, i], out));
		out.push([...prefix, value.length], [...prefix, 'name']);
	} else if (value !== null && typeof value === 'object') {
		for (const key of Object.keys(value)) pathsOf((value as Record<string, unknown>)[key], [...prefix, key], out);
		out.push([...prefix, 'no-such-key'], [...prefix, 0]);
	} else out.push([...prefix, 'deeper']);
	return out;
}

/** How the fast reader and the `yaml` package differ on `source` (value, problems, lines), or undefined when they agree. */
export function yamlDifference(source: string, lineOffset = 1): string | undefined {
	const fast = parseYaml(source, { file: 'plan.mdx', lineOffset });
	const full = parseYaml(source, { file: 'plan.mdx', lineOffset, fullParser: true });
	if (!isDeepStrictEqual(fast.value, full.value)) return `value: ${JSON.stringify(fast.value)?.slice(0, 300)} against ${JSON.stringify(full.value)?.slice(0, 300)}`;
	if (!isDeepStrictEqual(fast.diagnostics, full.diagnostics)) return `diagnostics: ${JSON.stringify(fast.diagnostics).slice(0, 300)} against ${JSON.stringify(full.diagnostics).slice(0, 300)}`;
	const path = pathsOf(full.value).find((p) => fast.lineOf(p) !== full.lineOf(p));
	return path && `line of ${JSON.stringify(path)}: ${fast.lineOf(path)} against ${full.lineOf(path)}`;
}

export interface FuzzCase {
	index: number;
	/** The sample plan it started from. */
	from: string;
	text: string;
}

export interface FuzzFailure extends FuzzCase {
	problem: string;
}

export interface FuzzSummary {
	cases: number;
	failures: FuzzFailure[];
	/** The slowest case's validation time, and its index. */
	slowestMs: number;
	slowestCase: number;
	/** Cases whose frontmatter the fast reader read (the differential compares something). */
	fastReads: number;
	/** Cases that gave at least one error. */
	withErrors: number;
	totalMs: number;
}

export interface FuzzOptions {
	seed: number;
	cases: number;
	/** Longest a case may take to validate, in milliseconds. */
	boundMs: number;
	/** The sample content: the plans to mutate, people.yaml and policy.yaml. */
	plans: readonly ContentFile[];
	people: ContentFile;
	policy: ContentFile;
	/** Also lint each case (the Markdown parser the live preview and \`npm run check\` run), within the same bound. */
	lint?: boolean;
	/** Called after each case, for progress. */
	onCase?(index: number, ms: number): void;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Runs the cases; never throws for a case, which is reported as a failure instead. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzSummary> {
	const policy = options.lint ? validateContent({ policy: options.policy, people: options.people, accounts: [] }).policy : undefined;
	const random = seededRandom(options.seed);
	const summary: FuzzSummary = { cases: 0, failures: [], slowestMs: 0, slowestCase: -1, fastReads: 0, withErrors: 0, totalMs: 0 };
	for (let index = 0; index < options.cases; index++) {
		const original = pick(random, options.plans);
		const text = mutatePlan(decoder.decode(original.bytes), random);
		const fuzzCase: FuzzCase = { index, from: original.path, text };
		const fail = (problem: string) => summary.failures.push({ ...fuzzCase, problem });
		const snapshot: ContentSnapshot = { people: options.people, policy: options.policy, accounts: [{ path: original.path, bytes: encoder.encode(text) }] };
		const started = performance.now();
		try {
			const result = validateContent(snapshot);
			for (const d of result.diagnostics) {
				if (typeof d.message !== 'string' || d.message === '' || typeof d.rule !== 'string') fail(`a diagnostic without a message or rule: ${JSON.stringify(d).slice(0, 200)}`);
			}
			if (result.diagnostics.some((d) => d.severity === 'error')) summary.withErrors++;
		} catch (error) {
			fail(`validation threw: ${(error as Error)?.stack ?? String(error)}`);
		}
		if (policy) {
			const linted = performance.now();
			try {
				await lintPlan(text, original.path, { sections: policy.sections, plans: {} });
			} catch (error) {
				fail(`lint threw: ${(error as Error)?.stack ?? String(error)}`);
			}
			const lintMs = performance.now() - linted;
			if (lintMs > options.boundMs) fail(`lint took ${Math.round(lintMs)} ms, more than the bound of ${options.boundMs} ms`);
		}
		const ms = performance.now() - started;
		summary.totalMs += ms;
		if (ms > summary.slowestMs) [summary.slowestMs, summary.slowestCase] = [ms, index];
		if (ms > options.boundMs * (policy ? 2 : 1)) fail(`validation${policy ? ' and lint' : ''} took ${Math.round(ms)} ms, more than the bound of ${options.boundMs} ms`);
		const split = splitPlan(original.path, text).plan;
		if (split) {
			try {
				const difference = yamlDifference(split.frontmatter, split.frontmatterLine - 1);
				if (difference) fail(`the fast YAML reader and the yaml package differ: ${difference}`);
				else if (parseYamlSubset(split.frontmatter)) summary.fastReads++;
			} catch (error) {
				fail(`parsing the frontmatter threw: ${(error as Error)?.stack ?? String(error)}`);
			}
		}
		summary.cases++;
		options.onCase?.(index, ms);
	}
	return summary;
}
