/**
 * Reads the `.cpuprofile` files that `node --cpu-prof --cpu-prof-dir <dir>`
 * writes (one for the main thread, one per worker thread) and sums self time
 * by function and by module, so a benchmark can say where the time goes.
 *   node bench/cpu-profile.ts <dir> [top]
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

export interface SelfTime {
	/** `function (file:line)`, or `(garbage collector)` and the like. */
	name: string;
	milliseconds: number;
	/** Of all sampled time, over every thread. */
	share: number;
}

export interface ProfileSummary {
	threads: number;
	totalMilliseconds: number;
	functions: SelfTime[];
	modules: SelfTime[];
}

const ROOT = join(import.meta.dirname, '..');

/** `node_modules/<package>` (scope included), a project file, or a Node internal. */
function moduleOf(url: string): string {
	if (url === '') return '(native or idle)';
	const path = url.replace(/^file:\/\//, '');
	const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
	if (inPackage) return inPackage[1]!;
	if (path.startsWith('node:')) return 'node internals';
	return relative(ROOT, path);
}

function frameName(node: ProfileNode): string {
	const { functionName, url, lineNumber } = node.callFrame;
	if (url === '') return `(${functionName.replace(/^\(|\)$/g, '') || 'anonymous'})`;
	return `${functionName || '(anonymous)'} (${moduleOf(url)}:${lineNumber + 1})`;
}

/** Self time of every function and module over all profiles in `dir`, largest first. */
export async function summariseProfiles(dir: string, top = 15): Promise<ProfileSummary> {
	const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'));
	const byFunction = new Map<string, number>();
	const byModule = new Map<string, number>();
	let total = 0;
	for (const file of files) {
		const profile = JSON.parse(await readFile(join(dir, file), 'utf8')) as CpuProfile;
		const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
		profile.samples.forEach((id, i) => {
			const node = nodes.get(id)!;
			const ms = (profile.timeDeltas[i] ?? 0) / 1000;
			// Idle time is a thread waiting (for its workers, or for work), not work.
			if (node.callFrame.functionName === '(idle)') return;
			total += ms;
			const name = frameName(node);
			byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
			const module = node.callFrame.url === '' ? name : moduleOf(node.callFrame.url);
			byModule.set(module, (byModule.get(module) ?? 0) + ms);
		});
	}
	const ranked = (map: Map<string, number>) =>
		[...map]
			.sort((a, b) => b[1] - a[1])
			.slice(0, top)
			.map(([name, milliseconds]) => ({ name, milliseconds, share: milliseconds / total }));
	return { threads: files.length, totalMilliseconds: total, functions: ranked(byFunction), modules: ranked(byModule) };
}

/** Markdown tables of a summary. */
export function formatProfile(summary: ProfileSummary): string {
	const table = (title: string, rows: SelfTime[]) => [
		`| ${title} | self (ms) | share |`,
		'| --- | ---: | ---: |',
		...rows.map((r) => `| \`${r.name.replaceAll('|', '\\|')}\` | ${r.milliseconds.toFixed(0)} | ${(r.share * 100).toFixed(1)} % |`),
	];
	return [
		`${summary.threads} threads, ${(summary.totalMilliseconds / 1000).toFixed(2)} s of CPU sampled (idle left out).`,
		'',
		...table('function', summary.functions),
		'',
		...table('module', summary.modules),
	].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [dir, top = '25'] = process.argv.slice(2);
	if (!dir) {
		console.error('usage: node bench/cpu-profile.ts <dir-of-cpuprofiles> [top]');
		process.exit(2);
	}
	console.log(formatProfile(await summariseProfiles(dir, Number(top))));
}
