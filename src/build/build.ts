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
import type { Diagnostic } from '../lib/diagnostics.ts';
import { SLUG_PATTERN } from '../../schemas/ids.ts';
import {
	conditionsOf,
	describeConditions,
	findPortal,
	parseScopeOption,
	type PortalScope,
	portalConditionAt,
	type ScopeCondition,
	type ScopedContent,
	scopeContent,
	scopeProblems,
} from '../lib/scope/scope.ts';

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
	/** `--scope field=value` options: the portal shows only the plans matching all of them. */
	scope: ScopeCondition[];
	/** `--portal <id>`: the audience of policy.portals to build (into dist/<id>/ unless --out is given). */
	portal?: string;
}

function parseBuildArgs(argv: readonly string[]): BuildArgs {
	const { values } = parseCommandLine(
		argv,
		{ out: { type: 'string' }, incremental: { type: 'boolean' }, format: { type: 'string' }, scope: { type: 'string', multiple: true }, portal: { type: 'string' } },
		{ hint: 'usage: npm run build -- [--out dir] [--format pretty|github|json] [--incremental] [--scope field=value]... [--portal id]' },
	);
	const scope = ((values.scope ?? []) as unknown as string[]).map(parseScopeOption);
	const portal = typeof values.portal === 'string' ? values.portal : undefined;
	if (portal !== undefined && !SLUG_PATTERN.test(portal)) throw new Error(`--portal takes the id of a portal in policy.yaml (like \`east-china\`), found \`${portal}\``);
	if (portal !== undefined && scope.length > 0) throw new Error("--portal and --scope cannot be combined: a portal's scope is set in policy.yaml; use one or the other");
	return {
		outDir: typeof values.out === 'string' ? resolve(values.out) : resolve(projectRoot, 'dist', ...(portal ? [portal] : [])),
		incremental: values.incremental === true || isIncrementalBuild(),
		format: outputFormat(values.format),
		scope,
		...(portal ? { portal } : {}),
	};
}

/** The scope of this build, or the problems that make it unusable. */
function scopeForBuild(args: BuildArgs, content: ValidationResult): PortalScope | Diagnostic[] {
	if (args.portal !== undefined) {
		let portal: ReturnType<typeof findPortal>;
		try {
			portal = findPortal(content.policy, args.portal);
		} catch (error) {
			return [{ file: '(command line)', field: '--portal', severity: 'error', rule: 'unknown-portal', message: (error as Error).message.replace(/^--portal: /, '') }];
		}
		const conditions = conditionsOf(portal.scope);
		const problems = scopeProblems(conditions, content, portalConditionAt(content.policy, portal.id), `portal \`${portal.id}\``);
		return problems.length > 0 ? problems : { portal: { id: portal.id, ...(portal.name ? { name: portal.name } : {}) }, conditions };
	}
	const problems = scopeProblems(args.scope, content, (c) => ({ file: '(command line)', field: `--scope ${c.field}` }), 'the scope');
	return problems.length > 0 ? problems : { conditions: args.scope };
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
 * indexes. It starts now and loads while this process validates; its content
 * loader waits for the validated file (src/build/handover.ts).
 */
function startAstro(staging: Staging): AstroProcess {
	process.env.KAM_CACHE_DIR ??= join(staging.workDir, 'cache');
	const astro = spawn(process.execPath, ['--no-warnings', join(projectRoot, 'src/build/astro-build.ts')], {
		cwd: staging.workDir,
		// Two malloc arenas: the bundler's native threads otherwise keep several
		// hundred MB of fragmented memory at 10,000 plans. A build is a production
		// build whatever NODE_ENV the caller has: Vite takes any other value (vitest
		// sets `test`) for development, and the pages would be the live preview's.
		env: { MALLOC_ARENA_MAX: '2', ...process.env, NODE_ENV: 'production', KAM_VALIDATED_FILE: staging.validatedFile, KAM_SEARCH_INDEX: 'later' },
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
	// This process idles while Astro renders; without a collection now it would
	// keep the validated content's memory (about 0.4 GB at 10,000 plans) all along.
	collectGarbage();
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

async function main(): Promise<number> {
	const started = performance.now();
	const args = parseBuildArgs(process.argv.slice(2));
	const contentDir = setBuildEnvironment(args);
	const staging = await prepareStaging(args.outDir);
	const astro = startAstro(staging);
	const stopAstro = async () => {
		await astro.stop();
		await staging.discard();
	};
	const stop = (code: number) => () => void stopAstro().finally(() => process.exit(code));
	process.once('SIGINT', stop(130));
	process.once('SIGTERM', stop(143));

	// The validator loads only now, so Astro's process starts without waiting for it.
	const { readAndValidateContent } = await import('../node/validate-parallel.ts');
	let result: ScopedContent | undefined = await readAndValidateContent(contentDir, { parallelFrom: BUILD_PARALLEL_FROM }).catch(async (error: unknown) => {
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
	if (args.portal !== undefined || args.scope.length > 0) {
		// One scope for the whole build, applied before anything is computed: Astro's
		// process, the engine and the search index only ever see the scoped plans.
		const scoped = scopeForBuild(args, result);
		if (!('conditions' in scoped)) {
			console.log(formatDiagnostics(args.format, scoped, { isTTY: Boolean(process.stdout.isTTY), env: process.env }));
			await stopAstro();
			console.error(`\nBuild stopped: the scope is not usable, so nothing was published (${args.outDir} is unchanged).`);
			return 1;
		}
		result = scopeContent(result, scoped);
		console.log(`Scope ${describeConditions(scoped.conditions)}${scoped.portal ? ` (portal \`${scoped.portal.id}\`)` : ''}: ${result.plans.length} plans`);
	}
	const planCount = result.plans.length;

	try {
		await writeFile(staging.validatedFile, JSON.stringify(result));
		// Dropped before Astro renders, so the collection in renderAndIndex can free it.
		result = undefined;
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
