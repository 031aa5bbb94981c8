/**
 * `npm run bench:visits`: visit reports at scale. N generated plans (default
 * 10,000) with 20 visit reports for each major and named account, against the
 * same plans without visits: the time of `npm run validate` (median of 3),
 * the time and memory of the whole build, and the largest page of HTML.
 * Writes the "visits" section of bench/RESULTS.md.
 *   npm run bench:visits -- --plans 10000 --visits 20
 */
import { readdir, stat } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { VISITS_AS_OF, writeGeneratedContent } from './generate.ts';
import { directorySize, freshStart, type Measurement, measure } from './measure.ts';
import { writeSection } from './results-file.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = process.env.KAM_BENCH_DIR ?? '/tmp/kam-bench';
const env = { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', KAM_AS_OF: VISITS_AS_OF };
const { values } = parseArgs({ options: { plans: { type: 'string', default: '10000' }, visits: { type: 'string', default: '20' }, 'skip-build': { type: 'boolean', default: false } } });
const plans = Number(values.plans);
const perAccount = Number(values.visits);

const dir = join(WORK, `visits-${plans}`);
const withVisits = join(dir, 'with-visits');
const without = join(dir, 'without-visits');
await writeGeneratedContent(withVisits, { count: plans, seed: 42, visitsPerAccount: perAccount });
await writeGeneratedContent(without, { count: plans, seed: 42 });
const visitFiles = (await readdir(join(withVisits, 'visits'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;
const load = loadavg()[0]!.toFixed(1);

async function validate(content: string): Promise<Measurement> {
	const run = await measure(process.execPath, ['--no-warnings', 'src/cli/validate.ts'], { cwd: ROOT, env: { ...env, KAM_CONTENT: content } });
	if (run.code !== 0) throw new Error(`validate failed:\n${run.output.slice(-3000)}`);
	return run;
}
const median = (runs: Measurement[]) => [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)]!;

console.log(`[${plans}] validate with ${visitFiles} visit reports`);
const validateWith = [await validate(withVisits), await validate(withVisits), await validate(withVisits)];
const validateWithout = [await validate(without), await validate(without), await validate(without)];
const summary = validateWith[0]!.output.trim().split('\n').find((line) => /errors?,/.test(line) || /content is valid/.test(line)) ?? '';

/** The largest HTML file under `dist`, and its size. */
async function largestPage(dist: string): Promise<{ path: string; bytes: number }> {
	let largest = { path: '', bytes: 0 };
	for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
		const path = join(entry.parentPath, entry.name);
		const { size } = await stat(path);
		if (size > largest.bytes) largest = { path: relative(dist, path), bytes: size };
	}
	return largest;
}

interface Build {
	label: string;
	run: Measurement;
	output: { bytes: number; files: number };
	largest: { path: string; bytes: number };
	visitsPage?: number;
}
const builds: Build[] = [];
if (!values['skip-build']) {
	for (const [label, content] of [
		['without visits', without],
		['with visits', withVisits],
	] as const) {
		const out = join(dir, 'dist');
		await freshStart(out);
		console.log(`[${plans}] build ${label}`);
		const run = await measure(process.execPath, ['--no-warnings', 'src/build/build.ts', '--out', out], { cwd: ROOT, env: { ...env, KAM_CONTENT: content } });
		if (run.code !== 0) throw new Error(`the build ${label} failed:\n${run.output.slice(-4000)}`);
		const visitsPage = await stat(join(out, 'visits', 'index.html')).then((s) => s.size, () => undefined);
		builds.push({ label, run, output: await directorySize(out), largest: await largestPage(out), ...(visitsPage !== undefined && { visitsPage }) });
	}
}

const mb = (bytes: number) => (bytes / 1024 ** 2).toFixed(2);
const lines = [
	'## Visit reports at scale (`npm run bench:visits`)',
	'',
	`Machine: ${cpus().length} cores, ${(totalmem() / 1024 ** 2).toFixed(0)} MB RAM, Node ${process.version}, shared with other work while measured (load average ${load} at the start): the times are high. ${plans.toLocaleString('en')} generated plans (seed 42), ${perAccount} visit reports for each major and named account: ${visitFiles.toLocaleString('en')} visit files; as of ${VISITS_AS_OF}.`,
	'',
	'| validate | median (s) | runs (s) | peak (MB) |',
	'| --- | ---: | --- | ---: |',
	`| with visits | **${median(validateWith).seconds.toFixed(2)}** | ${validateWith.map((r) => r.seconds.toFixed(2)).join(', ')} | ${median(validateWith).peakMegabytes.toFixed(0)} |`,
	`| without visits | ${median(validateWithout).seconds.toFixed(2)} | ${validateWithout.map((r) => r.seconds.toFixed(2)).join(', ')} | ${median(validateWithout).peakMegabytes.toFixed(0)} |`,
	'',
	`Result with visits: ${summary}. Target: ≤ 3 s.`,
	...(builds.length === 2
		? [
				'',
				'| build | time (s) | × without | peak memory (MB) | output (MB, files) | largest page (HTML) | /visits/ (HTML) |',
				'| --- | ---: | ---: | ---: | ---: | --- | ---: |',
				...builds.map(
					(b) =>
						`| ${b.label} | ${b.run.seconds.toFixed(1)} | ${(b.run.seconds / builds[0]!.run.seconds).toFixed(2)} | ${b.run.peakMegabytes.toFixed(0)} | ${mb(b.output.bytes)}, ${b.output.files} | ${mb(b.largest.bytes)} MB \`${b.largest.path}\` | ${b.visitsPage === undefined ? '—' : `${mb(b.visitsPage)} MB`} |`,
				),
				'',
				'Targets: the build with visits ≤ 1.2 × the build without; every page ≤ 1 MB of HTML. One run each, after the previous output was deleted.',
			]
		: []),
];
await writeSection('visits', lines.join('\n'));
console.log(lines.join('\n'));
