/**
 * `npm run bench:portals`: one audience's portal against the whole portal at N
 * generated plans (default 10,000): build time, peak memory of the process
 * tree and output size of the whole build and of scoped builds (the largest
 * region, and the major accounts). This is what a business unit's runner in
 * the publish matrix does. Writes the "portals" section of bench/RESULTS.md.
 *   npm run bench:portals -- --plans 10000
 */
import { join, resolve } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { writeGeneratedContent } from './generate.ts';
import { directorySize, freshStart, type Measurement, measure } from './measure.ts';
import { writeSection } from './results-file.ts';
import { readContentDir } from '../src/node/read-content-dir.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { computePortfolio } from '../src/lib/engine/index.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = process.env.KAM_BENCH_DIR ?? '/tmp/kam-bench';
const AS_OF = '2026-11-22';
const env = { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', KAM_AS_OF: AS_OF };

const { values } = parseArgs({ options: { plans: { type: 'string', default: '10000' } } });
const plans = Number(values.plans);

interface Run {
	label: string;
	scope: string[];
	plans: number;
	build: Measurement;
	output: { bytes: number; files: number };
}

const dir = join(WORK, `portals-${plans}`);
const content = join(dir, 'content');
await writeGeneratedContent(content, { count: plans, seed: 42 });

// The scopes to build: the region with the most plans, and the major accounts.
const { plans: valid, people, policy } = validateContent(await readContentDir(content));
const portfolio = computePortfolio({ plans: valid, people, policy, asOf: AS_OF });
const region = [...portfolio.rollups.region].filter((r) => r.key !== '').sort((a, b) => b.count - a.count)[0]!;
const majors = portfolio.rollups.tier.find((r) => r.key === 'major')!;
const builds = [
	{ label: 'whole portal', scope: [] as string[], plans: portfolio.accounts.length },
	{ label: `region \`${region.key}\``, scope: [`region=${region.key}`], plans: region.count },
	{ label: 'major accounts', scope: ['tier=major'], plans: majors.count },
];

const runs: Run[] = [];
for (const { label, scope, plans: count } of builds) {
	const out = join(dir, 'dist');
	await freshStart(out);
	console.log(`[${plans}] build: ${label} (${count} plans)`);
	const build = await measure(process.execPath, ['--no-warnings', 'src/build/build.ts', '--out', out, ...scope.flatMap((s) => ['--scope', s])], { cwd: ROOT, env: { ...env, KAM_CONTENT: content } });
	if (build.code !== 0) throw new Error(`the ${label} build failed:\n${build.output.slice(-4000)}`);
	runs.push({ label, scope, plans: count, build, output: await directorySize(out) });
}

const whole = runs[0]!;
const lines = [
	`## One portal per audience against the whole portal (\`npm run bench:portals\`)`,
	'',
	`Machine: ${cpus().length} cores, ${(totalmem() / 1024 ** 2).toFixed(0)} MB RAM, Node ${process.version}. ${plans.toLocaleString('en')} generated plans, seed 42, as of ${AS_OF}. One run each, each after the previous output was deleted and the file system settled.`,
	'',
	'| build | plans | time (s) | × whole | peak memory (MB) | largest process (MB) | output (MB, files) |',
	'| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
	...runs.map(
		(run) =>
			`| ${run.label}${run.scope.length > 0 ? ` (\`${run.scope.map((s) => `--scope ${s}`).join(' ')}\`)` : ''} | ${run.plans} | ${run.build.seconds.toFixed(1)} | ${(run.build.seconds / whole.build.seconds).toFixed(2)} | ${run.build.peakMegabytes.toFixed(0)} | ${run.build.largestProcessMegabytes.toFixed(0)} | ${(run.output.bytes / 1024 ** 2).toFixed(1)}, ${run.output.files} |`,
	),
	'',
	"A portal's build validates every plan (the whole content repository), then computes and renders only its own: its time and memory follow its plan count plus a fixed part.",
];
await writeSection('portals', lines.join('\n'));
console.log(lines.join('\n'));
