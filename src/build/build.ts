#!/usr/bin/env node
/**
 * `npm run build`: validate, build the site into a temporary directory, index
 * it for search, then swap it into place. A build that fails at any step leaves
 * the previous output exactly as it was.
 */
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve, basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { contentDirFromEnv } from '../node/content-dir.ts';
import { asOfFromEnv } from '../node/as-of.ts';
import { type BuildArgs, parseBuildArgs } from './build-args.ts';
import { SITE_WRITTEN_MESSAGE, VALIDATED_MESSAGE } from './handover.ts';
import { PARENT_PID_VARIABLE } from './parent-watch.ts';
import type { ValidateStepResult } from './validate-step.ts';
import { isRunning, lockWorkDir, pruneWorkDirs, recordOutDir, removeTree, workDirFor } from './work-dir.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');


/** Staging dirs left by builds that were killed (their process is gone) are removed. */
async function removeAbandonedStagingDirs(parent: string, name: string) {
	for (const entry of await readdir(parent)) {
		const match = new RegExp(`^\\.kam-(?:build|old)-${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)-\\d+$`).exec(entry);
		if (!match || isRunning(Number(match[1]))) continue;
		await removeTree(join(parent, entry));
	}
}

/** Sets the environment every part of the build reads; returns the content directory. */
function setBuildEnvironment(args: BuildArgs): string {
	const contentDir = contentDirFromEnv();
	process.env.KAM_CONTENT = contentDir;
	// Fix the as-of date once, so every page of this build agrees on "today".
	process.env.KAM_AS_OF = asOfFromEnv();
	process.env.ASTRO_TELEMETRY_DISABLED = '1';
	if (args.incremental) process.env.KAM_INCREMENTAL = '1';
	else delete process.env.KAM_INCREMENTAL;
	return contentDir;
}

/** Where this build writes: a staging dir beside the output, and the locked work dir Astro runs in. */
interface Staging {
	outDir: string;
	stagingDir: string;
	retiredDir: string;
	workDir: string;
	validatedFile: string;
	unlock(): Promise<void>;
	/** Removes the staging dir and the hand-over file, and releases the work dir. */
	discard(): Promise<void>;
}

async function prepareStaging(outDir: string): Promise<Staging> {
	// Build next to the target so the final rename stays on one file system.
	const stamp = `${process.pid}-${Date.now()}`;
	const stagingDir = join(dirname(outDir), `.kam-build-${basename(outDir)}-${stamp}`);
	const retiredDir = join(dirname(outDir), `.kam-old-${basename(outDir)}-${stamp}`);
	process.env.KAM_OUT_DIR = stagingDir;
	await mkdir(dirname(outDir), { recursive: true });
	// Astro works from a directory of its own inside the project: it writes its
	// prerender bundle to <cwd>/.astro when outDir is outside the working
	// directory, and the bundle must still resolve node_modules. One build into
	// an output directory at a time: they share that directory (see work-dir.ts).
	const workDir = workDirFor(projectRoot, outDir);
	const unlock = await lockWorkDir(workDir, (pid) => console.log(`Waiting for the build into ${outDir} that is running (pid ${pid})…`));
	await removeAbandonedStagingDirs(dirname(outDir), basename(outDir));
	await pruneWorkDirs(dirname(workDir));
	await mkdir(workDir, { recursive: true });
	await recordOutDir(workDir, outDir);
	const validatedFile = join(workDir, 'validated.json');
	const discard = () => Promise.all([removeTree(stagingDir), rm(validatedFile, { force: true })]).then(unlock);
	return { outDir, stagingDir, retiredDir, workDir, validatedFile, unlock, discard };
}

/** Astro's build in its own process, with the two messages of the hand-over. */
interface AstroProcess {
	/** Its exit status (1 when it could not start or was killed). */
	exit: Promise<number>;
	/** Resolves when it says the site is written. */
	siteWritten: Promise<void>;
	/** Tells it the validated content is in the hand-over file. */
	sendValidated(): Promise<void>;
	/** Stops it and waits for it to exit. */
	stop(): Promise<number>;
}

/**
 * Astro runs in a process of its own, so its memory is gone before Pagefind
 * indexes. It starts now and loads while this process validates; its frozen
 * content source waits for the validated file (src/build/handover.ts).
 */
function startAstro(staging: Staging): AstroProcess {
	process.env.KAM_CACHE_DIR ??= join(staging.workDir, 'cache');
	const astro = spawn(process.execPath, ['--no-warnings', join(projectRoot, 'src/build/astro-build.ts')], {
		cwd: staging.workDir,
		// Two malloc arenas: the bundler's native threads otherwise keep several
		// hundred MB of fragmented memory at 10,000 plans. A build is a production
		// build whatever NODE_ENV the caller has: Vite takes any other value (vitest
		// sets `test`) for development, and the pages would be the live preview's.
		env: { MALLOC_ARENA_MAX: '2', ...process.env, NODE_ENV: 'production', KAM_VALIDATED_FILE: staging.validatedFile, KAM_SEARCH_INDEX: 'later', [PARENT_PID_VARIABLE]: String(process.pid) },
		// The IPC channel carries the hand-over, and tells Astro's process when
		// this one dies, even by SIGKILL, so it never outlives us.
		stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
	});
	const exit = new Promise<number>((resolvePromise) => {
		astro.once('error', () => resolvePromise(1));
		astro.once('close', (exitCode, signal) => resolvePromise(exitCode ?? (signal ? 1 : 0)));
	});
	const siteWritten = new Promise<void>((resolveWritten) => {
		astro.on('message', (message) => message === SITE_WRITTEN_MESSAGE && resolveWritten());
	});
	return {
		exit,
		siteWritten,
		sendValidated: () => new Promise<void>((resolveSent) => astro.send(VALIDATED_MESSAGE, () => resolveSent())),
		stop: () => {
			astro.kill('SIGTERM');
			return exit;
		},
	};
}

/**
 * Once Astro has the validated content: waits for the site, indexes it while
 * Astro's process exits, and throws unless both succeeded.
 */
async function renderAndIndex(astro: AstroProcess, stagingDir: string): Promise<void> {
	const { indexSite } = await import('./pagefind.ts');
	// Indexing starts once Astro has written the site, while its process exits;
	// the site is published only if that exit is clean too.
	const written = await Promise.race([astro.siteWritten.then(() => true), astro.exit.then(() => false)]);
	const indexing = written ? indexSite(stagingDir) : undefined;
	const code = await astro.exit;
	if (code !== 0 || !indexing) {
		await indexing?.catch(() => undefined);
		throw new Error(`Astro's build exited with status ${code}${code === 0 ? ' without writing the site' : ''}`);
	}
	const indexed = await indexing;
	if (process.env.KAM_LOG_LEVEL === 'info') console.log(`indexed ${indexed} plan pages for search`);
}

/** Swaps the staging dir into place: the old output is renamed away first, then removed. */
async function publish(staging: Staging): Promise<void> {
	await rm(staging.validatedFile, { force: true });
	if (existsSync(staging.outDir)) await rename(staging.outDir, staging.retiredDir);
	await rename(staging.stagingDir, staging.outDir);
	await staging.unlock();
	await rm(staging.retiredDir, { recursive: true, force: true });
}

/**
 * Validates in a process of its own (validate-step.ts, steps 3 and 4), so this
 * process never holds the plans: it idles beside Astro's process through the
 * render, and the validator's memory is given back before Astro's peak.
 */
function validateInChild(validatedFile: string): { done: Promise<{ code: number; planCount?: number }>; stop(): void } {
	const child = spawn(process.execPath, ['--no-warnings', join(projectRoot, 'src/build/validate-step.ts'), ...process.argv.slice(2)], {
		env: { ...process.env, KAM_VALIDATED_FILE: validatedFile, [PARENT_PID_VARIABLE]: String(process.pid) },
		stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
	});
	let planCount: number | undefined;
	child.on('message', (message: Partial<ValidateStepResult>) => {
		if (typeof message?.planCount === 'number') planCount = message.planCount;
	});
	const done = new Promise<{ code: number; planCount?: number }>((resolveDone) => {
		child.once('error', () => resolveDone({ code: 2 }));
		child.once('close', (exitCode, signal) => resolveDone({ code: exitCode ?? (signal ? 2 : 0), ...(planCount !== undefined ? { planCount } : {}) }));
	});
	return { done, stop: () => void child.kill('SIGTERM') };
}

async function main(): Promise<number> {
	const started = performance.now();
	const args = parseBuildArgs(process.argv.slice(2), projectRoot);
	setBuildEnvironment(args);
	const staging = await prepareStaging(args.outDir);
	const astro = startAstro(staging);
	const stopAstro = async () => {
		await astro.stop();
		await staging.discard();
	};
	let stopValidation = () => {};
	const stop = (code: number) => () => {
		stopValidation();
		void stopAstro().finally(() => process.exit(code));
	};
	process.once('SIGINT', stop(130));
	process.once('SIGTERM', stop(143));

	const validation = validateInChild(staging.validatedFile);
	stopValidation = validation.stop;
	const { code, planCount } = await validation.done;
	if (code !== 0 || planCount === undefined) {
		await stopAstro();
		return code === 1 ? 1 : 2;
	}

	try {
		await astro.sendValidated();
		await renderAndIndex(astro, staging.stagingDir);
	} catch (error) {
		await staging.discard();
		console.error(`\nBuild failed, so nothing was published (${args.outDir} is unchanged):\n${(error as Error).stack ?? error}`);
		return 1;
	}
	await publish(staging);
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(`Built ${planCount} plans as of ${process.env.KAM_AS_OF} into ${args.outDir} in ${seconds} s`);
	return 0;
}

process.exitCode = await main().catch((error: Error) => {
	console.error(error.message);
	return 2;
});
