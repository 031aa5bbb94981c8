#!/usr/bin/env node
/**
 * `npm run build`: validate, build the site into a temporary directory, index
 * it for search, then swap it into place. A build that fails at any step leaves
 * the previous output exactly as it was.
 */
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { hasErrors } from '../lib/diagnostics.ts';
import { contentDirFromEnv } from '../node/content-dir.ts';
import type { ValidationResult } from '../lib/content/validate.ts';
import { SITE_WRITTEN_MESSAGE, VALIDATED_MESSAGE } from './handover.ts';
import { isIncrementalBuild } from './incremental.ts';
import { isRunning, lockWorkDir, pruneWorkDirs, recordOutDir, removeTree, workDirFor } from './work-dir.ts';
import { formatDiagnostics, type OutputFormat } from '../lib/format-diagnostics.ts';
import { outputFormat, parseCommandLine } from '../cli/args.ts';
import { asOfFromEnv } from '../node/as-of.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Astro's start-up takes about one core for a second while this process
 * validates, and one thread checks about 2,000 plans in that time. Below that,
 * worker threads (each loading the validator again) would only slow Astro down.
 */
const BUILD_PARALLEL_FROM = 2000;

interface BuildArgs {
	outDir: string;
	/** Reuse unchanged pages from the previous build's cache (Astro's incremental build). */
	incremental: boolean;
	format: OutputFormat;
}

function parseBuildArgs(argv: readonly string[]): BuildArgs {
	const { values } = parseCommandLine(argv, { out: { type: 'string' }, incremental: { type: 'boolean' }, format: { type: 'string' } }, {
		hint: 'usage: npm run build -- [--out dir] [--format pretty|github|json] [--incremental]',
	});
	return {
		outDir: typeof values.out === 'string' ? resolve(values.out) : resolve(projectRoot, 'dist'),
		incremental: values.incremental === true || isIncrementalBuild(),
		format: outputFormat(values.format),
	};
}

/** Staging dirs left by builds that were killed (their process is gone) are removed. */
async function removeAbandonedStagingDirs(parent: string, name: string) {
	for (const entry of await readdir(parent)) {
		const match = new RegExp(`^\\.kam-(?:build|old)-${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)-\\d+$`).exec(entry);
		if (!match || isRunning(Number(match[1]))) continue;
		await removeTree(join(parent, entry));
	}
}

/** A full garbage collection, so an idle process gives its memory back. */
function collectGarbage(): void {
	setFlagsFromString('--expose-gc');
	(runInNewContext('gc') as () => void)();
}

async function main(): Promise<number> {
	const started = performance.now();
	const args = parseBuildArgs(process.argv.slice(2));
	const contentDir = contentDirFromEnv();
	process.env.KAM_CONTENT = contentDir;
	// Fix the as-of date once, so every page of this build agrees on "today".
	process.env.KAM_AS_OF = asOfFromEnv();
	process.env.ASTRO_TELEMETRY_DISABLED = '1';
	if (args.incremental) process.env.KAM_INCREMENTAL = '1';
	else delete process.env.KAM_INCREMENTAL;

	// Build next to the target so the final rename stays on one file system.
	const stamp = `${process.pid}-${Date.now()}`;
	const stagingDir = join(dirname(args.outDir), `.kam-build-${basename(args.outDir)}-${stamp}`);
	const retiredDir = join(dirname(args.outDir), `.kam-old-${basename(args.outDir)}-${stamp}`);
	process.env.KAM_OUT_DIR = stagingDir;
	await mkdir(dirname(args.outDir), { recursive: true });
	// Astro works from a directory of its own inside the project: it writes its
	// prerender bundle to <cwd>/.astro when outDir is outside the working
	// directory, and the bundle must still resolve node_modules. One build into
	// an output directory at a time: they share that directory (see work-dir.ts).
	const workDir = workDirFor(projectRoot, args.outDir);
	const unlock = await lockWorkDir(workDir, (pid) => console.log(`Waiting for the build into ${args.outDir} that is running (pid ${pid})…`));
	await removeAbandonedStagingDirs(dirname(args.outDir), basename(args.outDir));
	await pruneWorkDirs(dirname(workDir));
	await mkdir(workDir, { recursive: true });
	await recordOutDir(workDir, args.outDir);
	const validatedFile = join(workDir, 'validated.json');
	const removeStaging = () => Promise.all([removeTree(stagingDir), rm(validatedFile, { force: true })]).then(unlock);

	// Astro runs in a process of its own, so its memory is gone before Pagefind
	// indexes. It starts now and loads while this process validates; its content
	// loader waits for the validated file (src/data/handover.ts).
	process.env.KAM_CACHE_DIR ??= join(workDir, 'cache');
	const astro = spawn(process.execPath, ['--no-warnings', join(projectRoot, 'src/build/astro-build.ts')], {
		cwd: workDir,
		// Two malloc arenas: the bundler's native threads otherwise keep several
		// hundred MB of fragmented memory at 10,000 plans.
		env: { MALLOC_ARENA_MAX: '2', ...process.env, KAM_VALIDATED_FILE: validatedFile, KAM_SEARCH_INDEX: 'later' },
		// The IPC channel carries the hand-over, and tells Astro's process when
		// this one dies, even by SIGKILL, so it never outlives us.
		stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
	});
	const astroExit = new Promise<number>((resolvePromise) => {
		astro.once('error', () => resolvePromise(1));
		astro.once('close', (exitCode, signal) => resolvePromise(exitCode ?? (signal ? 1 : 0)));
	});
	const siteWritten = new Promise<void>((resolveWritten) => {
		astro.on('message', (message) => message === SITE_WRITTEN_MESSAGE && resolveWritten());
	});
	const stopAstro = async () => {
		astro.kill('SIGTERM');
		await astroExit;
		await removeStaging();
	};
	const stop = (code: number) => () => void stopAstro().finally(() => process.exit(code));
	process.once('SIGINT', stop(130));
	process.once('SIGTERM', stop(143));
	// The validator loads only now, so Astro's process starts without waiting for it.
	const { readAndValidateContent } = await import('../node/validate-parallel.ts');
	let result: ValidationResult | undefined = await readAndValidateContent(contentDir, { parallelFrom: BUILD_PARALLEL_FROM }).catch(async (error: unknown) => {
		await stopAstro();
		throw error;
	});
	if (result.diagnostics.length > 0) {
		console.log(formatDiagnostics(args.format, result.diagnostics, { isTTY: Boolean(process.stdout.isTTY), env: process.env }));
	}
	if (hasErrors(result.diagnostics)) {
		await stopAstro();
		console.error(`\nBuild stopped: the content has errors, so nothing was published (${args.outDir} is unchanged).`);
		return 1;
	}
	const planCount = result.plans.length;

	try {
		await writeFile(validatedFile, JSON.stringify(result));
		result = undefined;
		await new Promise<void>((resolveSent) => astro.send(VALIDATED_MESSAGE, () => resolveSent()));
		// This process idles while Astro renders; without a collection now it would
		// keep the validated content's memory (about 0.4 GB at 10,000 plans) all along.
		collectGarbage();
		const { indexSite } = await import('./pagefind.ts');
		// Indexing starts once Astro has written the site, while its process exits;
		// the site is published only if that exit is clean too.
		const written = await Promise.race([siteWritten.then(() => true), astroExit.then(() => false)]);
		const indexing = written ? indexSite(stagingDir) : undefined;
		const code = await astroExit;
		if (code !== 0 || !indexing) {
			await indexing?.catch(() => undefined);
			throw new Error(`Astro's build exited with status ${code}${code === 0 ? ' without writing the site' : ''}`);
		}
		const indexed = await indexing;
		if (process.env.KAM_LOG_LEVEL === 'info') console.log(`indexed ${indexed} plan pages for search`);
	} catch (error) {
		await removeStaging();
		console.error(`\nBuild failed, so nothing was published (${args.outDir} is unchanged):\n${(error as Error).stack ?? error}`);
		return 1;
	}
	await rm(validatedFile, { force: true });
	if (existsSync(args.outDir)) await rename(args.outDir, retiredDir);
	await rename(stagingDir, args.outDir);
	await unlock();
	await rm(retiredDir, { recursive: true, force: true });
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(`Built ${planCount} plans as of ${process.env.KAM_AS_OF} into ${args.outDir} in ${seconds} s`);
	return 0;
}

process.exitCode = await main().catch((error: Error) => {
	console.error(error.message);
	return 2;
});
