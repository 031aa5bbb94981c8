import type { Loader } from 'astro/loaders';
import { hasErrors } from '../lib/diagnostics.ts';
import { contentDirFromEnv } from '../node/content-dir.ts';
import type { LoadedPlan, ValidationResult } from '../lib/content/validate.ts';
import type { Diagnostic } from '../lib/diagnostics.ts';
import { formatCheckReport } from '../lib/problem-changes.ts';
import { memoByObject } from '../lib/memo-by-object.ts';
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

/** Each plan's body digest, once per plan object: an unchanged plan keeps its object from save to save. */
const digestOfBody = new WeakMap<Context['generateDigest'], (plan: LoadedPlan) => string>();

/** One entry per plan that renders; entries of plans that no longer do are removed. */
function fillStore({ store, generateDigest }: Context, plans: readonly LoadedPlan[]): void {
	const keep = new Set(plans.map((plan) => plan.slug));
	for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
	let digestOf = digestOfBody.get(generateDigest);
	if (!digestOf) digestOfBody.set(generateDigest, (digestOf = memoByObject((plan: LoadedPlan) => generateDigest(plan.body))));
	for (const plan of plans) store.set({ id: plan.slug, data: {}, digest: digestOf(plan) });
}

/** Where the watcher's listener finds the loader context of the latest sync. */
const LIVE_CONTEXT = Symbol.for('kam-portal.live-loader-context');
type WithContext = typeof globalThis & {
	[LIVE_CONTEXT]?: {
		context: Context;
		dir: string;
		/** The revision last applied to the store. */
		applied?: number;
		/** The problems the terminal last reported. */
		reported?: Diagnostic[];
	};
}

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
	holder[LIVE_CONTEXT] = { ...holder[LIVE_CONTEXT], context, dir };
	/** Each check is applied once, however many saves it answers; a new sync's context is always filled. */
	const apply = (state: LiveState, saves?: readonly string[], force = false) => {
		const live = holder[LIVE_CONTEXT]!;
		if (!force && state.revision <= (live.applied ?? 0)) return;
		live.applied = Math.max(state.revision, live.applied ?? 0);
		const current = live.context;
		fillStore(current, state.content.plans);
		current.meta.set('revision', String(state.revision));
		live.reported = reportProblems(current, state, live.reported, saves);
		announceContentChecked(state.revision);
	};
	// A large first lint finishes in the background (src/node/live-check.ts): its check is applied as a save's is.
	if (firstSync) {
		preview.onLateCheck((check) =>
			check.then(
				(state) => apply(state, ['lint of every plan']),
				(error: unknown) => holder[LIVE_CONTEXT]!.context.logger.error(`could not check the content: ${(error as Error).message}`),
			),
		);
	}
	apply(await preview.refresh(), undefined, !firstSync);
	if (!firstSync) return;
	const watcher = context.watcher!;
	watcher.add(dir);
	const inContent = (path: string) => path === dir || path.startsWith(dir + sep);
	/** Each check (one promise) and the saves it answers: saves during a check share the next one. */
	const savesOf = new Map<Promise<LiveState>, string[]>();
	watcher.on('all', (event, path) => {
		if (!inContent(path) || event === 'addDir') return;
		const save = `${relative(dir, path) || path} ${event}`;
		const check = preview.refresh();
		const saves = savesOf.get(check);
		if (saves) {
			saves.push(save);
			return;
		}
		savesOf.set(check, [save]);
		check.then(
			(state) => apply(state, savesOf.get(check)),
			(error: unknown) => holder[LIVE_CONTEXT]!.context.logger.error(`could not check the content: ${(error as Error).message}`),
		).finally(() => savesOf.delete(check));
	});
}

/**
 * The terminal shows the same problems as the pages and `npm run check`: all of
 * them after the first check, then only those that are new or fixed, and a
 * one-line total each time. Returns the problems reported, for the next check.
 */
function reportProblems({ logger }: Context, state: LiveState, previous: readonly Diagnostic[] | undefined, saves?: readonly string[]): Diagnostic[] {
	const problems = [...state.problems.values()].flat();
	const named = saves && saves.length > 3 ? `${saves.slice(0, 3).join(', ')} and ${saves.length - 3} more` : saves?.join(', ');
	const checked = `content checked in ${state.checkMs ?? 0} ms${named ? ` (${named})` : ''}`;
	const report = formatCheckReport(previous, problems, state.plansLeftOut);
	const log = state.filesWithErrors.length > 0 ? logger.warn : logger.info;
	log.call(logger, report.includes('\n') ? `${checked}\n${report}` : `${checked}: ${report}`);
	return problems;
}
