import type { Loader } from 'astro/loaders';
import { hasErrors } from '../lib/diagnostics.ts';
import { contentDirFromEnv } from '../node/content-dir.ts';
import type { LoadedPlan, ValidationResult } from '../lib/content/validate.ts';
import { formatProblemLine } from '../lib/diagnostics.ts';
import { currentPreview, liveContent, type LiveState } from './live-state.ts';
import { validatedFileReady } from '../build/handover.ts';
import { announceContentChecked, setLiveFileReader } from '../integrations/live-channel.ts';
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';

const CACHE = Symbol.for('kam-portal.validation');
type Cache = { dir: string; result: Promise<ValidationResult> };

/**
 * Validates the content directory once per process. The CLI build validates
 * first and shares the result here, so Astro sees exactly what was checked.
 */
export function loadValidatedContent(dir = contentDirFromEnv()): Promise<ValidationResult> {
	// `npm run dev`: the content as of the last save, errors and all.
	if (currentPreview()) return liveContent().then((live) => live ?? loadValidatedContentOnce(dir));
	return loadValidatedContentOnce(dir);
}

function loadValidatedContentOnce(dir: string): Promise<ValidationResult> {
	const store = globalThis as typeof globalThis & { [CACHE]?: Cache };
	const cached = store[CACHE];
	if (cached && cached.dir === dir) return cached.result;
	// `npm run build` validates once and hands the result to Astro's process in a
	// file, written while Astro starts up (see handover.ts).
	const handedOver = process.env.KAM_VALIDATED_FILE;
	const result = handedOver
		? validatedFileReady()
				.then(() => readFile(handedOver, 'utf8'))
				.then((text) => JSON.parse(text) as ValidationResult)
		: // Loaded only here: Astro's process, handed the result, never loads the validator.
			import('../node/validate-parallel.ts').then(({ readAndValidateContent }) => readAndValidateContent(dir));
	store[CACHE] = { dir, result };
	return result;
}

/**
 * The validated content, or an error naming every problem when it has any.
 * In the live preview, the plans that render (problems are shown, not thrown).
 */
export async function loadValidContent(): Promise<ValidationResult> {
	const live = await liveContent();
	if (live) return live;
	const result = await loadValidatedContent();
	if (hasErrors(result.diagnostics)) {
		// Loaded only here: a build handed valid content never needs the reporter.
		const { formatPretty, coloursFor } = await import('../lib/format-diagnostics.ts');
		const report = formatPretty(result.diagnostics, coloursFor(false, process.env));
		throw new Error(`KAM content has errors; nothing is published.\n${report}`);
	}
	return result;
}

/**
 * The `plans` collection, for the live preview only. Its entries carry no data:
 * pages read the validated content itself (portal.ts, plan-pages.ts). In
 * `npm run dev` an entry per plan, changed on every check of the content, is
 * what makes Astro reload open pages after a save. A build fills nothing, so
 * Astro starts bundling while the content is still being validated.
 */
export function planLoader(): Loader {
	return {
		name: 'kam-plans',
		async load(context) {
			// Only the dev server has a watcher: there the content is live.
			if (context.watcher) return loadLive(contentDirFromEnv(), context);
		},
	};
}

type Context = Parameters<Loader['load']>[0];

/** One entry per plan that renders; entries of plans that no longer do are removed. */
function fillStore({ store, generateDigest }: Context, plans: readonly LoadedPlan[]): void {
	const keep = new Set(plans.map((plan) => plan.slug));
	for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
	for (const plan of plans) store.set({ id: plan.slug, data: {}, digest: generateDigest(plan.body) });
}

/** Where the watcher's listener finds the loader context of the latest sync. */
const LIVE_CONTEXT = Symbol.for('kam-portal.live-loader-context');
type WithContext = typeof globalThis & { [LIVE_CONTEXT]?: { context: Context; dir: string } };

/**
 * `npm run dev`: check the content, fill the store, and on every change under
 * the content directory (seen by the content layer's own watcher) check again
 * and update the store. The store's `revision` changes with every check, so
 * Astro writes its data store, clears its route cache and reloads open pages
 * even when only people.yaml or policy.yaml changed.
 */
async function loadLive(dir: string, context: Context): Promise<void> {
	// Loaded only here: a build's Astro process never loads the validator.
	const [{ livePreview }, { readLiveImage }] = await Promise.all([import('./live-preview.ts'), import('./plan-files.ts')]);
	const preview = livePreview(dir);
	setLiveFileReader(readLiveImage);
	const holder = globalThis as WithContext;
	const firstSync = holder[LIVE_CONTEXT] === undefined;
	holder[LIVE_CONTEXT] = { context, dir };
	const apply = (state: LiveState) => {
		const current = holder[LIVE_CONTEXT]!.context;
		fillStore(current, state.content.plans);
		current.meta.set('revision', String(state.revision));
		reportProblems(current, state);
		announceContentChecked(state.revision);
	};
	apply(await preview.refresh());
	if (!firstSync) return;
	const watcher = context.watcher!;
	watcher.add(dir);
	const inContent = (path: string) => path === dir || path.startsWith(dir + sep);
	watcher.on('all', (event, path) => {
		if (!inContent(path) || event === 'addDir') return;
		const started = performance.now();
		preview.refresh().then(
			(state) => {
				apply(state);
				holder[LIVE_CONTEXT]!.context.logger.info(`content checked in ${Math.round(performance.now() - started)} ms (${relative(dir, path) || path} ${event})`);
			},
			(error: unknown) => holder[LIVE_CONTEXT]!.context.logger.error(`could not check the content: ${(error as Error).message}`),
		);
	});
}

/** The terminal shows the same problems as the pages and `npm run check`. */
function reportProblems({ logger }: Context, state: LiveState): void {
	const problems = [...state.problems.values()].flat();
	if (problems.length === 0) {
		logger.info('content is valid');
		return;
	}
	const lines = problems.map(formatProblemLine);
	const files = state.filesWithErrors.length;
	const summary = files > 0 ? `${files} file${files === 1 ? ' has' : 's have'} errors: their pages show them, and /problems/ lists them` : 'warnings only';
	(files > 0 ? logger.warn : logger.info).call(logger, `${summary}\n${lines.join('\n')}`);
}
