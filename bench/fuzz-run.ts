/**
 * `npm run bench:fuzz`: the seeded mutation fuzz of bench/fuzz.ts, longer than
 * CI's run. Prints each failing case (and writes it to the work folder, to
 * replay), the slowest case and a summary; exit 1 when any case failed.
 *   npm run bench:fuzz -- --cases 5000 --seed 7 --bound-ms 10000 [--lint]
 * With --lint each case is also linted (remark's MDX parser, as the live
 * preview and `npm run check` run it), within the same bound.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runFuzz } from './fuzz.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CONTENT = join(ROOT, 'content');
const WORK = process.env.KAM_BENCH_DIR ?? '/tmp/kam-bench';

const option = (name: string, fallback: string) => {
	const at = process.argv.indexOf(name);
	return at === -1 ? fallback : process.argv[at + 1]!;
};
const cases = Number(option('--cases', '3000'));
const seed = Number(option('--seed', '20'));
/** The bound: no input makes validate run longer than 10 s (one plan here, so far less is expected). */
const boundMs = Number(option('--bound-ms', '10000'));

const file = (path: string) => ({ path, bytes: readFileSync(join(CONTENT, path)) });
const plans = readdirSync(join(CONTENT, 'accounts'), { recursive: true, encoding: 'utf8' })
	.filter((path) => path.endsWith('.mdx'))
	.sort()
	.map((path) => file(`accounts/${path}`));

const started = performance.now();
const lint = process.argv.includes('--lint');
const summary = await runFuzz({
	lint,
	seed,
	cases,
	boundMs,
	plans,
	people: file('people.yaml'),
	policy: file('policy.yaml'),
	onCase(index) {
		if ((index + 1) % 500 === 0) console.log(`${index + 1} cases, ${Math.round((performance.now() - started) / 1000)} s`);
	},
});

const failedDir = join(WORK, 'fuzz-failures');
if (summary.failures.length > 0) mkdirSync(failedDir, { recursive: true });
for (const failure of summary.failures.slice(0, 50)) {
	const path = join(failedDir, `seed-${seed}-case-${failure.index}.mdx`);
	writeFileSync(path, failure.text);
	console.log(`FAIL case ${failure.index} (from ${failure.from}, written to ${path}): ${failure.problem.slice(0, 500)}`);
}
console.log(
	`${summary.cases} cases (seed ${seed}) in ${(summary.totalMs / 1000).toFixed(1)} s of validation${lint ? ' and lint' : ''}; slowest case ${summary.slowestCase}: ${Math.round(summary.slowestMs)} ms (bound ${boundMs} ms); ` +
		`${summary.withErrors} gave errors; the fast YAML reader read ${summary.fastReads} frontmatters; ${summary.failures.length} failures`,
);
process.exitCode = summary.failures.length > 0 ? 1 : 0;
