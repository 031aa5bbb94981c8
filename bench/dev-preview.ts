/**
 * `npm run bench:dev [-- sizes]`: the live preview (`npm run dev`) as an account manager
 * uses it. For each size (by default 20, 1,000 and 10,000 generated plans; or
 * `npm run bench:dev -- 10000`, or KAM_BENCH_DEV_SIZES=20,1000): start the real dev server, open a
 * major (or named) plan's page, then save the plan 50 times (a new `name` each time) and
 * time each save until
 *   - served: a GET of the plan page returns the new name, and
 *   - shown: an open Chromium tab shows it by itself (Astro's reload), when
 *     Chromium is there;
 * and record the dev server's resident memory after every save (flat = no
 * leak). Writes the "dev-preview" section of bench/RESULTS.md.
 * KAM_BENCH_DEV_GIT=1: the generated plans are committed to a git repository
 * first (as a company's content repository is), so the plan page reads their
 * history after every save too; writes the "dev-preview-git" section.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { startDevServer } from '../test/helpers/dev-server.ts';
import { writeGeneratedContent } from './generate.ts';
import { writeSection } from './results-file.ts';

const SIZES = (process.argv[2] ?? process.env.KAM_BENCH_DEV_SIZES ?? '20,1000,10000').split(',').map(Number);
if (SIZES.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`sizes: expected plan counts like \`20,1000,10000\`, found \`${process.argv[2] ?? process.env.KAM_BENCH_DEV_SIZES}\``);
const SAVES = Number(process.env.KAM_BENCH_DEV_SAVES ?? 50);
const CHROMIUM = process.env.KAM_CHROMIUM ?? '/usr/bin/chromium';
const IN_GIT = process.env.KAM_BENCH_DEV_GIT === '1';

/** Commits the content as one commit of 2026-06-01 (before the generated plans' last reviews), in a repository of its own. */
function commitContent(dir: string): void {
	const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_DATE: '2026-06-01T12:00:00+08:00', GIT_COMMITTER_DATE: '2026-06-01T12:00:00+08:00' };
	const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', ...args], { cwd: dir, env, stdio: 'ignore' });
	git('init', '-q', '-b', 'main');
	git('add', '-A');
	git('commit', '-q', '-m', 'The plans');
}

interface SizeResult {
	plans: number;
	/** The 1-minute load average when the size started and ended (the machine may be shared). */
	load: [number, number];
	startMs: number;
	served: number[];
	shown: number[];
	rssMb: number[];
	/** V8 heap in use right after a full GC, by save number (1, 10, 25, 50). */
	heapMb: Map<number, number>;
}

const HEAP_AT = new Set([1, 10, 25, 50]);

/** The dev server's heap after a full GC (bench/heap-probe.mjs answers SIGUSR2). */
async function heapAfterGc(pid: number, probeFile: string): Promise<number> {
	await rm(probeFile, { force: true });
	process.kill(pid, 'SIGUSR2');
	for (let waited = 0; waited < 10_000; waited += 50) {
		const text = await readFile(probeFile, 'utf8').catch(() => '');
		if (text) return (JSON.parse(text) as { heapUsed: number }).heapUsed / 2 ** 20;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	return NaN;
}

const quantile = (values: readonly number[], q: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const ms = (value: number) => `${Math.round(value)}`;

/** The first major plan (the fullest kind), else the first named one. */
async function planToEdit(content: string): Promise<string> {
	const files = (await readdir(join(content, 'accounts'), { recursive: true })).filter((f) => f.endsWith('.mdx')).sort();
	const texts = await Promise.all(files.map((file) => readFile(join(content, 'accounts', file), 'utf8')));
	for (const tier of ['major', 'named']) {
		const index = texts.findIndex((text) => text.includes(`\ntier: ${tier}\n`));
		if (index >= 0) return files[index]!;
	}
	throw new Error('the generated content has no major or named plan');
}

async function untilServed(url: string, text: string, started: number): Promise<number> {
	for (;;) {
		const html = await (await fetch(url)).text();
		if (html.includes(text)) return performance.now() - started;
		if (performance.now() - started > 60_000) throw new Error(`\`${text}\` not served within 60 s`);
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

async function runSize(plans: number, browser: Browser | undefined): Promise<SizeResult> {
	const content = await mkdtemp(join(tmpdir(), `kam-bench-dev-${plans}-`));
	await writeGeneratedContent(content, { count: plans });
	if (IN_GIT) commitContent(content);
	const file = join(content, 'accounts', await planToEdit(content));
	const original = await readFile(file, 'utf8');
	const slug = file.split('/').at(-1)!.replace(/\.mdx$/, '');
	const load = loadavg()[0]!;
	const started = performance.now();
	const probeFile = join(content, '..', `kam-heap-${plans}.json`);
	const server = await startDevServer(content, {
		NODE_OPTIONS: `--expose-gc --import=${new URL('./heap-probe.mjs', import.meta.url).href}`,
		KAM_HEAP_PROBE: probeFile,
	});
	const startMs = performance.now() - started;
	const pageUrl = `${server.url}/accounts/${slug}/`;
	try {
		// Warm up as a writer would: the plan page and the dashboard, once.
		await (await fetch(pageUrl)).text();
		await (await fetch(`${server.url}/`)).text();
		const tab = browser ? await browser.newPage() : undefined;
		await tab?.goto(pageUrl);
		const result: SizeResult = { plans, load: [load, NaN], startMs, served: [], shown: [], rssMb: [], heapMb: new Map() };
		for (let i = 1; i <= SAVES; i++) {
			const name = `Bench Renamed Account ${i}`;
			const saved = performance.now();
			await writeFile(file, original.replace(/^name: .*$/m, `name: ${name}`));
			result.served.push(await untilServed(pageUrl, name, saved));
			if (tab) {
				await tab.getByRole('heading', { level: 1, name }).waitFor({ timeout: 60_000 });
				result.shown.push(performance.now() - saved);
			}
			result.rssMb.push(((await server.rssKb()) ?? NaN) / 1024);
			if (HEAP_AT.has(i)) result.heapMb.set(i, await heapAfterGc(server.pid, probeFile));
			// Let the reload settle before the next save, as between real edits.
			await new Promise((resolve) => setTimeout(resolve, 700));
		}
		await tab?.close();
		result.load[1] = loadavg()[0]!;
		return result;
	} finally {
		await server.stop();
		await writeFile(file, original);
		await rm(content, { recursive: true, force: true });
	}
}

function report(results: readonly SizeResult[]): string {
	const at = (values: readonly number[], n: number) => (values.length >= n ? ms(values[n - 1]!) : '-');
	const lines = [
		IN_GIT
			? '## Live preview with the plans in a git repository (`KAM_BENCH_DEV_GIT=1 npm run bench:dev`): the plan page reads their history after every save'
			: '## Live preview: from saving a plan to the updated page (`npm run bench:dev`)',
		'',
		`Machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 20)} MB RAM, Node ${process.version}. ${SAVES} saves of one major (at 20 plans: named) plan's \`name\` per size, 0.7 s apart.`,
		`Load average (1 min) at the start and end of each size: ${results.map((r) => `${r.plans} plans ${r.load[0].toFixed(1)} → ${r.load[1].toFixed(1)}`).join(', ')}${results.some((r) => Math.max(...r.load) > cpus().length) ? ' (a machine shared with other work: times are higher than on a quiet one)' : ''}.`,
		'"Served" is until a GET of the plan page returns the new name; "shown" until an open Chromium tab shows it with no reload by hand (the dev server announces each check of the content, and open pages showing an older revision reload).',
		'',
		'| plans | server start (s) | served: median (ms) | served: p90 (ms) | served: max (ms) | shown: median (ms) | shown: p90 (ms) |',
		'| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...results.map(
			(r) =>
				`| ${r.plans} | ${(r.startMs / 1000).toFixed(1)} | ${ms(quantile(r.served, 0.5))} | ${ms(quantile(r.served, 0.9))} | ${ms(Math.max(...r.served))} | ${r.shown.length ? ms(quantile(r.shown, 0.5)) : '-'} | ${r.shown.length ? ms(quantile(r.shown, 0.9)) : '-'} |`,
		),
		'',
		'Resident memory of the dev server (MB) after save n:',
		'',
		'| plans | n=1 | n=10 | n=25 | n=50 |',
		'| ---: | ---: | ---: | ---: | ---: |',
		...results.map((r) => `| ${r.plans} | ${at(r.rssMb, 1)} | ${at(r.rssMb, 10)} | ${at(r.rssMb, 25)} | ${at(r.rssMb, 50)} |`),
		'',
		'V8 heap in use right after a full garbage collection (MB), after save n: what the server keeps. Resident memory above also holds garbage V8 has not collected yet.',
		'',
		'| plans | n=1 | n=10 | n=25 | n=50 |',
		'| ---: | ---: | ---: | ---: | ---: |',
		...results.map((r) => `| ${r.plans} | ${[1, 10, 25, 50].map((n) => (r.heapMb.has(n) ? ms(r.heapMb.get(n)!) : '-')).join(' | ')} |`),
		'',
		'Targets: at most 1 s from save to served page at 1,000 plans, with memory that stays flat over 50 saves; at 10,000 plans (issue 21) the server start (first page served) within 15 s, a save served within 1 s and shown within 1.5 s (medians), at most 2 GB resident after 50 saves.',
	];
	return lines.join('\n');
}

const browser = existsSync(CHROMIUM)
	? await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] })
	: undefined;
if (!browser) console.warn(`no Chromium at ${CHROMIUM}: "shown" is not measured`);
const results: SizeResult[] = [];
try {
	for (const plans of SIZES) {
		console.log(`[${plans}] dev server, ${SAVES} saves`);
		results.push(await runSize(plans, browser));
		console.log(report(results));
	}
} finally {
	await browser?.close();
}
const section = IN_GIT ? 'dev-preview-git' : 'dev-preview';
await writeSection(section, report(results));
console.log(`wrote the ${section} section of bench/RESULTS.md`);
