/**
 * Steps 3 and 4 of a build, in a process of its own: validates the content,
 * prints its problems, applies the scope and writes the hand-over file for
 * Astro's process (KAM_VALIDATED_FILE), then exits. So the validator and the
 * parsed plans (about 0.6 GB at 10,000 plans) are gone before Astro's process
 * reaches its peak, instead of idling in the build process beside it.
 *
 * Exit 0: the hand-over file is written, and the number of plans in it was
 * sent to the parent (`{ planCount }`). Exit 1: the content or the scope has
 * errors, printed. Exit 2: it could not run (the reason is printed).
 */
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasErrors } from '../lib/diagnostics.ts';
import { formatDiagnostics } from '../lib/format-diagnostics.ts';
import { describeConditions, type ScopedContent, scopeContent } from '../lib/scope/scope.ts';
import { contentDirFromEnv } from '../node/content-dir.ts';
import { readAndValidateContent } from '../node/validate-parallel.ts';
import { parseBuildArgs, scopeForBuild } from './build-args.ts';
import { exitWithParent } from './parent-watch.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Astro's start-up takes about one core for a second while this process
 * validates, and one thread checks about 2,000 plans in that time. Below that,
 * worker threads (each loading the validator again) would only slow Astro down.
 */
const BUILD_PARALLEL_FROM = 2000;

export interface ValidateStepResult {
	planCount: number;
}

async function main(): Promise<number> {
	const args = parseBuildArgs(process.argv.slice(2), projectRoot);
	const validatedFile = process.env.KAM_VALIDATED_FILE;
	if (!validatedFile) throw new Error('the validation step of a build needs KAM_VALIDATED_FILE (it is started by src/build/build.ts)');
	let result: ScopedContent = await readAndValidateContent(contentDirFromEnv(), { parallelFrom: BUILD_PARALLEL_FROM });
	const print = (diagnostics: typeof result.diagnostics) => console.log(formatDiagnostics(args.format, diagnostics, { isTTY: Boolean(process.stdout.isTTY), env: process.env }));
	if (result.diagnostics.length > 0) print(result.diagnostics);
	if (hasErrors(result.diagnostics)) {
		console.error(`\nBuild stopped: the content has errors, so nothing was published (${args.outDir} is unchanged).`);
		return 1;
	}
	if (args.portal !== undefined || args.scope.length > 0) {
		// One scope for the whole build, applied before anything is computed: Astro's
		// process, the engine and the search index only ever see the scoped plans.
		const scoped = scopeForBuild(args, result);
		if (!('conditions' in scoped)) {
			print(scoped);
			console.error(`\nBuild stopped: the scope is not usable, so nothing was published (${args.outDir} is unchanged).`);
			return 1;
		}
		result = scopeContent(result, scoped);
		console.log(`Scope ${describeConditions(scoped.conditions)}${scoped.portal ? ` (portal \`${scoped.portal.id}\`)` : ''}: ${result.plans.length} plans`);
	}
	await writeFile(validatedFile, JSON.stringify(result));
	const message: ValidateStepResult = { planCount: result.plans.length };
	await new Promise<void>((resolveSent, reject) => (process.send ? process.send(message, (error: Error | null) => (error ? reject(error) : resolveSent())) : resolveSent()));
	return 0;
}

// A killed `npm run build` leaves no validation running on.
const stopWatchingParent = exitWithParent();
process.exitCode = await main().catch((error: Error) => {
	console.error(error.message);
	return 2;
});
stopWatchingParent();
