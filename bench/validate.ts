/**
 * `npm run bench:validate`: `npm run validate` on generated plans written as
 * account managers write them (see bench/generate.ts: major and named plans
 * with the full frontmatter, the others with a share of it), at 1,000 and
 * 10,000 plans: wall time (median of several runs), peak memory, and where
 * the CPU time goes (a run under `--cpu-prof`, main thread and workers).
 * Writes the "validate-full" section of bench/RESULTS.md.
 *   npm run bench:validate -- --sizes 1000,10000 --runs 5
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { formatProfile, type ProfileSummary, summariseProfiles } from './cpu-profile.ts';
import { parseYamlSubset } from '../src/lib/content/yaml-subset.ts';
import { writeGeneratedContent } from './generate.ts';
import { type Measurement, measure } from './measure.ts';
import { writeSection } from './results-file.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = process.env.KAM_BENCH_DIR ?? '/tmp/kam-bench';
const node = process.execPath;
const env = { NO_COLOR: '1', KAM_AS_OF: '2026-11-22' };
/** Issue 16: validate of 10,000 plans at or below 3 s; issue 21: at or below 2 s, a third of the plans nesting flow collections. */
const TARGET_SECONDS = 2;

const option = (name: string, fallback: string) => {
	const at = process.argv.indexOf(name);
	return at === -1 ? fallback : process.argv[at + 1]!;
};
const sizes = option('--sizes', '1000,10000').split(',').map(Number);
const runs = Number(option('--runs', '5'));
/** Other work on the machine skews every timing; the report says how busy it was. */
const loadAtStart = loadavg()[0]!;

interface SizeResult {
	plans: number;
	contentMegabytes: number;
	/** Plan frontmatters the fast reader leaves to the `yaml` package. */
	leftToYaml: number;
	runs: Measurement[];
	median: Measurement;
	profile: ProfileSummary;
	warnings: string;
}

/** The plan files' size, and how many of their frontmatters the fast YAML reader leaves to the `yaml` package. */
async function contentSize(dir: string): Promise<{ megabytes: number; leftToYaml: number }> {
	const files = (await readdir(join(dir, 'accounts'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
	let bytes = 0;
	let leftToYaml = 0;
	for (const file of files) {
		const content = await readFile(join(file.parentPath, file.name));
		bytes += content.length;
		const frontmatter = /^---\n([\s\S]*?)\n---/.exec(content.toString('utf8'))?.[1];
		if (frontmatter === undefined || !parseYamlSubset(frontmatter)) leftToYaml++;
	}
	return { megabytes: bytes / 2 ** 20, leftToYaml };
}

async function runSize(plans: number): Promise<SizeResult> {
	const content = join(WORK, `validate-${plans}`, 'content');
	await writeGeneratedContent(content, { count: plans, seed: 42 });
	const measured: Measurement[] = [];
	for (let run = 1; run <= runs; run++) {
		const result = await measure(node, ['--no-warnings', 'src/cli/validate.ts', content], { cwd: ROOT, env });
		if (result.code !== 0) throw new Error(`validate failed at ${plans} plans:\n${result.output.slice(-3000)}`);
		console.log(`[${plans}] run ${run}: ${result.seconds.toFixed(2)} s`);
		measured.push(result);
	}
	const profileDir = join(WORK, `validate-${plans}`, 'profile');
	await rm(profileDir, { recursive: true, force: true });
	const profiled = await measure(node, ['--no-warnings', '--cpu-prof', '--cpu-prof-dir', profileDir, 'src/cli/validate.ts', content], { cwd: ROOT, env });
	if (profiled.code !== 0) throw new Error(`profiled validate failed at ${plans} plans`);
	const size = await contentSize(content);
	return {
		plans,
		contentMegabytes: size.megabytes,
		leftToYaml: size.leftToYaml,
		runs: measured,
		median: [...measured].sort((a, b) => a.seconds - b.seconds)[Math.floor((measured.length - 1) / 2)]!,
		profile: await summariseProfiles(profileDir, 12),
		warnings: /✓ .*|✗ .*/.exec(measured[0]!.output)?.[0] ?? '',
	};
}

function report(results: readonly SizeResult[]): string {
	const largest = results.at(-1)!;
	return [
		'## Validation of full plans (`npm run bench:validate`)',
		'',
		`Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 20)} MB RAM, Node ${process.version}. Generated plans (bench/generate.ts, seed 42): major and named plans with the full frontmatter, the others with a share of it, a third of the plans with their review, team and resource entries on one line each (flow collections nested in them, \`- { date: 2026-01-22, by: [li-wei], outcome: approved, findings: { competitive: concern } }\`); as of 2026-11-22. ${runs} runs per size. Load average at the start: ${loadAtStart.toFixed(1)}, at the end: ${loadavg()[0]!.toFixed(1)}${loadAtStart > cpus().length / 2 ? ' (a busy machine: the times are high; measure on a quiet one)' : ''}.`,
		'',
		'| plans | plan files (MB) | left to the yaml package | validate: median (s) | runs (s) | peak (MB) | result |',
		'| ---: | ---: | ---: | ---: | --- | ---: | --- |',
		...results.map(
			(r) =>
				`| ${r.plans} | ${r.contentMegabytes.toFixed(1)} | ${r.leftToYaml} (${((100 * r.leftToYaml) / r.plans).toFixed(1)} %) | **${r.median.seconds.toFixed(2)}** | ${r.runs.map((m) => m.seconds.toFixed(2)).join(', ')} | ${Math.max(...r.runs.map((m) => m.peakMegabytes)).toFixed(0)} | ${r.warnings} |`,
		),
		'',
		`Target: validate of 10,000 plans ≤ ${TARGET_SECONDS} s.`,
		'',
		`Where the time goes at ${largest.plans} plans: self time of one run under \`node --cpu-prof\` (its own run, slower than the timed ones), summed over the main thread and the validation workers (bench/cpu-profile.ts).`,
		'',
		formatProfile(largest.profile),
	].join('\n');
}

const results: SizeResult[] = [];
for (const plans of sizes) results.push(await runSize(plans));
const text = report(results);
console.log(text);
await writeSection('validate-full', text);
console.log('wrote the validate-full section of bench/RESULTS.md');
