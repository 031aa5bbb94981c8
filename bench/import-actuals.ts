/**
 * `npm run bench:import-actuals`: `npm run import-actuals -- --dry-run` on
 * generated 100 MB exports against the sample content: wall time and peak
 * memory (of the whole process tree), and that the summary is the last line
 * of the output. Issue 20 measured the same exports past 600 s and at 2.5 to
 * 4.2 GB before the CSV was streamed. Writes the "import-actuals" section of
 * bench/RESULTS.md.
 *   npm run bench:import-actuals -- --megabytes 100
 */
import { cp, mkdir, open, rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { measure } from './measure.ts';
import { writeSection } from './results-file.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(process.env.KAM_BENCH_DIR ?? '/tmp/kam-bench', 'import-actuals');
const option = (name: string, fallback: string) => {
	const at = process.argv.indexOf(name);
	return at === -1 ? fallback : process.argv[at + 1]!;
};
const megabytes = Number(option('--megabytes', '100'));
const bytes = megabytes * 1024 * 1024;
const SAMPLE_SLUG = 'yuegang-property-group';

/** Writes a file of about `bytes` from a header, a line maker and a last line, in pieces. */
async function writeCsv(path: string, header: string, line: (i: number) => string, last = ''): Promise<void> {
	const file = await open(path, 'w');
	let size = 0;
	let i = 0;
	await file.write(header);
	while (size < bytes) {
		const lines: string[] = [];
		for (let k = 0; k < 10_000; k++) lines.push(line(i++));
		const chunk = `${lines.join('\n')}\n`;
		size += Buffer.byteLength(chunk);
		await file.write(chunk);
	}
	await file.write(last);
	await file.close();
}

const exports: { name: string; what: string; write(path: string): Promise<void> }[] = [
	{
		name: 'unknown slugs',
		what: 'every row names a plan that does not exist (the issue\'s case)',
		write: (path) => writeCsv(path, 'slug,year,revenue,contribution,cost\n', (i) => `unknown-customer-${i},2025,${1_000_000 + i},200000,50000`),
	},
	{
		name: 'repeated rows',
		what: 'one known plan and year, repeated',
		write: (path) => writeCsv(path, 'slug,year,revenue\n', () => `${SAMPLE_SLUG},2025,5600000`),
	},
	{
		name: 'one open quote',
		what: 'a quote opened on line 2 and never closed: the whole file is one cell',
		write: (path) => writeCsv(path, 'slug,year,revenue\n"', () => 'x'.repeat(99)),
	},
	{
		name: 'blank lines, one valid row',
		what: 'the whole file is read and one row imported',
		write: (path) => writeCsv(path, 'slug,year,revenue\n', () => '', `${SAMPLE_SLUG},2025,5600000\n`),
	},
];

await rm(WORK, { recursive: true, force: true });
await mkdir(WORK, { recursive: true });
const content = join(WORK, 'content');
await cp(join(ROOT, 'content'), content, { recursive: true });
const load = loadavg()[0]!;
const rows: string[] = [];
for (const item of exports) {
	const csv = join(WORK, `${item.name.replace(/\W+/g, '-')}.csv`);
	await item.write(csv);
	const result = await measure(process.execPath, ['--no-warnings', 'src/cli/import-actuals.ts', csv, '--dry-run', content], { cwd: ROOT, env: { NO_COLOR: '1' } });
	const last = result.output.trimEnd().split('\n').at(-1) ?? '';
	const errors = result.output.split('\n').filter((l) => l.includes('  error  ')).length;
	console.log(`${item.name}: ${result.seconds.toFixed(1)} s, peak ${Math.round(result.peakMegabytes)} MB (largest process ${Math.round(result.largestProcessMegabytes)} MB), exit ${result.code}, ${errors} errors listed; last line: ${last}`);
	rows.push(`| ${item.name} (${item.what}) | ${result.seconds.toFixed(1)} | ${Math.round(result.largestProcessMegabytes)} | ${result.code} | ${errors} | ${last.replace(/\|/g, '\\|').slice(0, 140)} |`);
	await rm(csv);
}
await writeSection(
	'import-actuals',
	[
		`## import-actuals on ${megabytes} MB exports (\`npm run bench:import-actuals\`)`,
		'',
		`\`npm run import-actuals -- <export.csv> --dry-run\` against the sample content, on one machine shared with other work (load ${load.toFixed(1)} at the start). Before the CSV was streamed (issue 20): unknown slugs ran past 600 s at 2.5 GB, other exports took 3.7-4.2 GB, and piped output lost its summary.`,
		'',
		'| export | seconds | peak MB | exit | errors listed | last line |',
		'| --- | ---: | ---: | ---: | ---: | --- |',
		...rows,
	].join('\n'),
);
