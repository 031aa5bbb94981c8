/**
 * `node bench/dev-profile.ts <content dir> <plan file under accounts/> [saves] [out dir]`:
 * starts the real dev server on a content directory, prints how long until it
 * answers, saves the plan `saves` times (a new `name` each) timing each until
 * the plan page serves it, with a CPU profile of the dev server's main thread
 * over the saves only (bench/cpu-probe.mjs), summed by bench/cpu-profile.ts.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startDevServer } from '../test/helpers/dev-server.ts';
import { formatProfile, summariseProfiles } from './cpu-profile.ts';

const [dir, plan, savesArgument = '5', out = '/tmp/kam-dev-profile'] = process.argv.slice(2);
let savesArg = savesArgument;
if (!dir || !plan) throw new Error('usage: node bench/dev-profile.ts <content dir> <plan file under accounts/> [saves] [out dir]');
const file = join(dir, 'accounts', plan);
const slug = plan.split('/').at(-1)!.replace(/\.mdx$/, '');
const original = await readFile(file, 'utf8');
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const started = performance.now();
const server = await startDevServer(dir, { NODE_OPTIONS: `--import=${new URL('./cpu-probe.mjs', import.meta.url).href}`, KAM_CPU_PROBE: join(out, 'saves.cpuprofile'), KAM_CPU_PROBE_START: process.env.KAM_CPU_PROBE_START ?? '' });
console.log(`ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
const pageUrl = `${server.url}/accounts/${slug}/`;
try {
	await (await fetch(pageUrl)).text();
	// KAM_CPU_PROBE_START=1: the profile of the start ends here (no saves are made).
	process.kill(server.pid, 'SIGUSR2');
	if (process.env.KAM_CPU_PROBE_START === '1') savesArg = '0';
	for (let i = 1; i <= Number(savesArg); i++) {
		const name = `Profiled Account ${i}`;
		const saved = performance.now();
		await writeFile(file, original.replace(/^name: .*$/m, `name: ${name}`));
		for (;;) {
			if ((await (await fetch(pageUrl)).text()).includes(name)) break;
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
		console.log(`save ${i}: served in ${Math.round(performance.now() - saved)} ms, rss ${Math.round(((await server.rssKb()) ?? 0) / 1024)} MB`);
		await new Promise((resolve) => setTimeout(resolve, 700));
	}
	if (process.env.KAM_CPU_PROBE_START !== '1') process.kill(server.pid, 'SIGUSR2');
	await new Promise((resolve) => setTimeout(resolve, 3000));
	console.log(server.output().split('\n').filter((line) => line.includes('content checked')).slice(-3).join('\n'));
	console.log(formatProfile(await summariseProfiles(out, 30)));
} finally {
	await server.stop();
	await writeFile(file, original);
}
