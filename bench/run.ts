/**
 * `npm run bench`: generates N plans, then measures `validate`, our full build
 * and the floor (bare Astro + MDX + Pagefind rendering the same plans) at each N:
 * wall time, peak memory of the process tree, output size and file count, plus
 * page weight. Writes bench/RESULTS.md.
 *   npm run bench -- --sizes 1000,5000,10000
 */
import { writeResults } from './results-file.ts';
import { mkdir } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { writeGeneratedContent } from './generate.ts';
import { directorySize, freshStart, type Measurement, measure } from './measure.ts';
import { formatPageExperience, measurePageExperience, type PageExperience } from './page-experience.ts';
import { measurePageWeights, type PageWeight } from './page-weight.ts';
import { formatSearchWeights, measureSearchWeight, type SearchWeight } from './search-weight.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = process.env.KAM_BENCH_DIR ?? '/tmp/kam-bench';
const node = process.execPath;

const sizesArg = process.argv.indexOf('--sizes');
const sizes = (sizesArg === -1 ? '1000,5000,10000' : process.argv[sizesArg + 1]!).split(',').map(Number);

interface Row {
	plans: number;
	validate: Measurement;
	/** Every run, in order; `build` and `floor` are the medians. */
	builds: Measurement[];
	floors: Measurement[];
	build: Measurement;
	floor: Measurement;
	output: { bytes: number; files: number };
	floorOutput: { bytes: number; files: number };
	/** An incremental build from an empty cache, then again after one plan changed. */
	incremental: { first: Measurement; rebuild: Measurement };
	weights?: PageWeight[];
	search?: SearchWeight[];
	experience?: PageExperience[];
}

const env = { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', KAM_AS_OF: '2026-11-22' };

/**
 * Runs of each build at this size. This machine's speed drifts by 20% and more
 * over minutes (the floor at 10,000 plans took 92 s in one run and 122 s in
 * another), so every size gets several pairs, fewer where a build takes minutes.
 */
function repeatsFor(plans: number): number {
	const arg = process.argv.indexOf('--repeat');
	if (arg !== -1) return Number(process.argv[arg + 1]);
	return plans <= 2000 ? 5 : 3;
}

/** The run with the median wall time. */
function median(runs: Measurement[]): Measurement {
	return [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor((runs.length - 1) / 2)]!;
}

/** Each build against the floor run right after it: a slow spell of the machine slows both. */
function pairRatios(row: Pick<Row, 'builds' | 'floors'>): number[] {
	return row.builds.map((build, i) => build.seconds / row.floors[i]!.seconds);
}

/** The median of the pairs' ratios: the headline build / floor figure. */
function medianRatio(ratios: readonly number[]): number {
	const sorted = [...ratios].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function runSize(plans: number): Promise<Row> {
	const dir = join(WORK, String(plans));
	const content = join(dir, 'content');
	await writeGeneratedContent(content, { count: plans, seed: 42 });
	console.log(`[${plans}] validate`);
	const validate = await measure(node, ['--no-warnings', 'src/cli/validate.ts', content], { cwd: ROOT, env });
	const builds: Measurement[] = [];
	const floors: Measurement[] = [];
	// Ours and the floor alternate, so a slow spell of the machine hits both.
	for (let run = 1; run <= repeatsFor(plans); run++) {
		console.log(`[${plans}] build, run ${run}`);
		await freshStart(join(dir, 'dist'), join(dir, 'cache'));
		const build = await measure(node, ['--no-warnings', 'src/build/build.ts', '--out', join(dir, 'dist')], {
			cwd: ROOT,
			env: { ...env, KAM_CONTENT: content, KAM_CACHE_DIR: join(dir, 'cache') },
		});
		if (build.code !== 0) throw new Error(`build failed at ${plans}:\n${build.output.slice(-3000)}`);
		builds.push(build);
		console.log(`[${plans}] floor, run ${run}`);
		await freshStart(join(dir, 'floor-dist'), join(dir, 'floor-cache'));
		const floor = await measure('bash', ['-c', `"${node}" node_modules/astro/bin/astro.mjs build --root bench/floor --silent && "${node}" node_modules/pagefind/lib/runner/bin.cjs --site "${join(dir, 'floor-dist')}" --silent`], {
			cwd: ROOT,
			env: { ...env, FLOOR_CONTENT: content, FLOOR_OUT_DIR: join(dir, 'floor-dist'), FLOOR_CACHE_DIR: join(dir, 'floor-cache') },
		});
		if (floor.code !== 0) throw new Error(`floor build failed at ${plans}:\n${floor.output.slice(-3000)}`);
		floors.push(floor);
	}
	const weights = await measurePageWeights(join(dir, 'dist'), ['/', `/accounts/${await firstMajorPlan(content)}/`, '/accounts/', '/reviews/']).catch((error: Error) => {
		console.warn(`page weight not measured: ${error.message}`);
		return undefined;
	});
	const search = await measureSearchWeight(join(dir, 'dist'), ['tunnel', '隧道']).catch((error: Error) => {
		console.warn(`search weight not measured: ${error.message}`);
		return undefined;
	});
	const experience = await measurePageExperience(join(dir, 'dist'), await experiencePaths(join(dir, 'dist'))).catch((error: Error) => {
		console.warn(`page experience not measured: ${error.message}`);
		return undefined;
	});
	const output = await directorySize(join(dir, 'dist'));
	console.log(`[${plans}] incremental build, then again after one plan changed`);
	const incremental = await incrementalBuilds(content, dir);
	return { plans, validate, builds, floors, build: median(builds), floor: median(floors), output, floorOutput: await directorySize(join(dir, 'floor-dist')), incremental, weights, search, experience };
}

/**
 * One page of each kind a large portfolio makes large: the pages the 1 MB / 1 s
 * budget covers. Of the owner and group pages, the largest one (the worst case).
 */
async function experiencePaths(siteDir: string): Promise<string[]> {
	const { readdir, stat } = await import('node:fs/promises');
	const largest = async (folder: string) => {
		const names = await readdir(join(siteDir, folder)).catch(() => [] as string[]);
		const sized = await Promise.all(names.map(async (name) => ({ name, size: (await stat(join(siteDir, folder, name, 'index.html')).catch(() => ({ size: -1 }))).size })));
		return sized.sort((a, b) => b.size - a.size || a.name.localeCompare(b.name))[0]?.name;
	};
	const paths = ['/', '/accounts/', '/tiers/major/', '/tiers/mass-market/', '/reviews/', '/reports/progress/', '/whitespace/', '/search/'];
	const owner = await largest('owners');
	const group = await largest('groups');
	if (owner) paths.push(`/owners/${owner}/`);
	if (group) paths.push(`/groups/${group}/`);
	return paths;
}

/**
 * `npm run build -- --incremental` from an empty cache, then after an account
 * manager's typical edit: one plan's potential value and a line of its text.
 */
async function incrementalBuilds(content: string, dir: string): Promise<{ first: Measurement; rebuild: Measurement }> {
	const { readFile, writeFile: write } = await import('node:fs/promises');
	const buildIncrementally = async () => {
		const measured = await measure(node, ['--no-warnings', 'src/build/build.ts', '--incremental', '--out', join(dir, 'incremental-dist')], {
			cwd: ROOT,
			env: { ...env, KAM_CONTENT: content, KAM_CACHE_DIR: join(dir, 'incremental-cache') },
		});
		if (measured.code !== 0) throw new Error(`incremental build failed:\n${measured.output.slice(-3000)}`);
		return measured;
	};
	await freshStart(join(dir, 'incremental-dist'), join(dir, 'incremental-cache'));
	const first = await buildIncrementally();
	const file = join(content, 'accounts', await firstPlanFile(content, () => true));
	const text = await readFile(file, 'utf8');
	const changed = text.replace(/^(\s+potential: )(\d+)/m, (_, key: string, value: string) => `${key}${Number(value) + 1000}`);
	if (changed === text) throw new Error(`could not change ${file}`);
	await write(file, `${changed}\nOne more line, edited for the benchmark.\n`);
	// An edit comes well after the last build, whose old output it deleted.
	await freshStart();
	return { first, rebuild: await buildIncrementally() };
}

/** A major plan has financials and a forecast, so its page draws a chart. */
async function firstMajorPlan(content: string): Promise<string> {
	const file = await firstPlanFile(content, (text) => text.includes('\ntier: major\n'));
	return file.split('/').at(-1)!.replace(/\.mdx$/, '');
}

/** The first plan file (path under accounts/, in name order) whose text passes `test`. */
async function firstPlanFile(content: string, test: (text: string) => boolean): Promise<string> {
	const { readdir, readFile } = await import('node:fs/promises');
	const files = (await readdir(join(content, 'accounts'), { recursive: true })).filter((f) => f.endsWith('.mdx')).sort();
	for (const file of files) {
		if (test(await readFile(join(content, 'accounts', file), 'utf8'))) return file;
	}
	throw new Error('no such plan in the generated content');
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function report(rows: Row[]): string {
	const lines = [
		'# Benchmark results',
		'',
		`Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${mb(totalmem())} MB RAM, Node ${process.version}. Generated plans, seed 42, as of 2026-11-22. Run \`npm run bench\` to reproduce.`,
		'',
		'| plans | validate (s) | validate peak (MB) | build (s) | build peak (MB) | floor (s) | floor peak (MB) | build / floor | output (MB, files) | floor output (MB, files) |',
		'| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...rows.map(
			(r) =>
				`| ${r.plans} | ${r.validate.seconds.toFixed(2)} | ${r.validate.peakMegabytes.toFixed(0)} | ${r.build.seconds.toFixed(1)} | ${Math.max(...r.builds.map((b) => b.peakMegabytes)).toFixed(0)} | ${r.floor.seconds.toFixed(1)} | ${Math.max(...r.floors.map((f) => f.peakMegabytes)).toFixed(0)} | **${medianRatio(pairRatios(r)).toFixed(2)}×** | ${mb(r.output.bytes)}, ${r.output.files} | ${mb(r.floorOutput.bytes)}, ${r.floorOutput.files} |`,
		),
		'',
		'Targets: build ≤ 1.25× the floor at 1,000 plans and ≤ 1.5× at 10,000; build peak memory < 4 GB at 10,000; validate of 10,000 plans ≤ 3 s.',
		'',
		'Build and floor times are the median of their runs, which alternate (ours, then the floor). The build / floor figure is the median of the pairs\' ratios (each build against the floor run right after it), since the machine\'s speed drifts between pairs; peaks are the highest of any run. Every timed build starts after its previous output was deleted and the file system settled (`sync`, then 6 s), see `freshStart` in bench/measure.ts.',
		'',
		'Peaks are the whole process tree, sampled every 50 ms; the largest single process is its kernel high-water mark (VmHWM), which no sampling can miss.',
		'',
		'| plans | build runs (s) | floor runs (s) | pair ratios | build: largest process (MB) | floor: largest process (MB) |',
		'| ---: | --- | --- | --- | ---: | ---: |',
		...rows.map(
			(r) =>
				`| ${r.plans} | ${r.builds.map((b) => b.seconds.toFixed(1)).join(', ')} | ${r.floors.map((f) => f.seconds.toFixed(1)).join(', ')} | ${pairRatios(r).map((ratio) => ratio.toFixed(2)).join(', ')} | ${Math.max(...r.builds.map((b) => b.largestProcessMegabytes)).toFixed(0)} | ${Math.max(...r.floors.map((f) => f.largestProcessMegabytes)).toFixed(0)} |`,
		),
		'',
		'## Incremental build: `npm run build -- --incremental`, empty cache, then after one plan changed',
		'',
		'| plans | full build (s) | incremental, empty cache (s) | rebuild after one plan changed (s) | rebuild peak (MB) |',
		'| ---: | ---: | ---: | ---: | ---: |',
		...rows.map(
			(r) =>
				`| ${r.plans} | ${r.build.seconds.toFixed(1)} | ${r.incremental.first.seconds.toFixed(1)} | ${r.incremental.rebuild.seconds.toFixed(1)} | ${r.incremental.rebuild.peakMegabytes.toFixed(0)} |`,
		),
		'',
		'## Page weight (JavaScript a browser loads, gzip, charts drawn)',
		'',
		'| plans | page | scripts | JS gzip (KB) | chart code |',
		'| ---: | --- | ---: | ---: | --- |',
		...rows.flatMap((r) => (r.weights ?? []).map((w) => `| ${r.plans} | \`${w.path}\` | ${w.scripts} | ${kb(w.jsGzipBytes)} | ${w.chartCode ? 'yes' : 'no'} |`)),
		'',
		'Targets: a chart page ≤ 60 KB gzip of JS; pages without charts ship no chart code and only a few KB.',
		'',
		'## Pages in Chromium: HTML size, first content, layout shift, and the accounts table (bench/page-experience.ts)',
		'',
		'| plans | page | HTML (KB) | first content (ms) | CLS | filter (ms) | sort (ms) |',
		'| ---: | --- | ---: | ---: | ---: | ---: | ---: |',
		...rows.flatMap((r) => formatPageExperience(r.plans, r.experience ?? [])),
		'',
		'Targets: every page ≤ 1 MB of HTML with its first content within 1 s at 10,000 plans; a filter change or sort on `/accounts/` (and `/whitespace/`) ≤ 100 ms; CLS < 0.1 everywhere.',
		'',
		'## First search query (bytes transferred; see bench/search-weight.ts for what is counted)',
		'',
		...rows.flatMap((r) => (r.search ? [`### ${r.plans} plans`, '', formatSearchWeights(r.search), ''] : [])),
		'Target: the first search query on 10,000 plans ≤ 250 KB transferred.',
		'',
	];
	return lines.join('\n');
}

await mkdir(WORK, { recursive: true });
const rows: Row[] = [];
for (const plans of sizes) {
	rows.push(await runSize(plans));
	console.log(report(rows));
}
const pathological = await measure(node, ['--no-warnings', 'bench/pathological.ts'], { cwd: ROOT });
const extras = ['## Validation of one pathological plan (should grow linearly)', '', pathological.output.trim(), ''].join('\n');
await writeResults(`${report(rows)}\n${extras}`);
console.log('wrote bench/RESULTS.md');
