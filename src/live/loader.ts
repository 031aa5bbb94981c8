/**
 * The `plans` collection's loader, which only `npm run dev` gives a file
 * watcher: there it makes the content live. It creates the live preview and
 * makes it the process's content source, checks the content on every change
 * under the content directory, fills Astro's data store, reports problems in
 * the terminal and announces each check to open pages.
 */
import type { Loader } from 'astro/loaders';
import { relative, sep } from 'node:path';
import { registry } from '../data/registry.ts';
import type { LoadedPlan } from '../lib/content/validate.ts';
import type { Diagnostic } from '../lib/diagnostics.ts';
import { formatCheckReport } from '../lib/problem-changes.ts';
import { memoByObject } from '../lib/memo-by-object.ts';
import { contentDirFromEnv } from '../node/content-dir.ts';
import { announceContentChecked, setLiveFileReader } from './channel.ts';
import type { LiveState } from './live-state.ts';
import { liveWiring, type LoaderContext } from './wiring.ts';

/**
 * The `plans` collection. Its entries carry no data: pages read the snapshot
 * (src/data/). In `npm run dev` an entry per plan, changed on every check of
 * the content, is what makes Astro reload open pages after a save. A build
 * fills nothing, so Astro starts bundling while the content is still being
 * validated.
 */
export function planLoader(): Loader {
	return {
		name: 'kam-plans',
		async load(context) {
			if (context.watcher) return loadLive(contentDirFromEnv(), context);
		},
	};
}

/** Each plan's body digest, once per plan object: an unchanged plan keeps its object from save to save. */
const digestOfBody = new WeakMap<LoaderContext['generateDigest'], (plan: LoadedPlan) => string>();

/** One entry per plan that renders; entries of plans that no longer do are removed. */
function fillStore({ store, generateDigest }: LoaderContext, plans: readonly LoadedPlan[]): void {
	const keep = new Set(plans.map((plan) => plan.slug));
	for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
	let digestOf = digestOfBody.get(generateDigest);
	if (!digestOf) digestOfBody.set(generateDigest, (digestOf = memoByObject((plan: LoadedPlan) => generateDigest(plan.body))));
	for (const plan of plans) store.set({ id: plan.slug, data: {}, digest: digestOf(plan) });
}

/**
 * `npm run dev`: check the content, fill the store, and on every change under
 * the content directory (seen by the content layer's own watcher) check again
 * and update the store. The store's `revision` changes with every check, so
 * Astro writes its data store, clears its route cache and reloads open pages
 * even when only people.yaml or policy.yaml changed.
 */
async function loadLive(dir: string, context: LoaderContext): Promise<void> {
	// Loaded only here: a build's Astro process never loads the validator.
	const [{ livePreview }, { liveSource }, { readLiveImage }] = await Promise.all([import('./live-preview.ts'), import('./source.ts'), import('./images.ts')]);
	const live = liveWiring();
	const preview = livePreview(dir);
	const firstSync = live.loader === undefined;
	// From the first sync on, the pages of this process render the live content.
	if (firstSync) registry().source = liveSource(preview);
	setLiveFileReader(readLiveImage);
	live.loader = { ...live.loader, context, dir };
	/** Each check is applied once, however many saves it answers; a new sync's context is always filled. */
	const apply = (state: LiveState, saves?: readonly string[], force = false) => {
		const loader = live.loader!;
		if (!force && state.revision <= (loader.applied ?? 0)) return;
		loader.applied = Math.max(state.revision, loader.applied ?? 0);
		const current = loader.context;
		fillStore(current, state.content.plans);
		current.meta.set('revision', String(state.revision));
		loader.reported = reportProblems(current, state, loader.reported, saves);
		announceContentChecked(state.revision);
	};
	// A large first lint finishes in the background (src/node/live-check.ts): its check is applied as a save's is.
	if (firstSync) {
		preview.onLateCheck((check) =>
			check.then(
				(state) => apply(state, ['lint of every plan']),
				(error: unknown) => live.loader!.context.logger.error(`could not check the content: ${(error as Error).message}`),
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
			(error: unknown) => live.loader!.context.logger.error(`could not check the content: ${(error as Error).message}`),
		).finally(() => savesOf.delete(check));
	});
}

/**
 * The terminal shows the same problems as the pages and `npm run check`: all of
 * them after the first check, then only those that are new or fixed, and a
 * one-line total each time. Returns the problems reported, for the next check.
 */
function reportProblems({ logger }: LoaderContext, state: LiveState, previous: readonly Diagnostic[] | undefined, saves?: readonly string[]): Diagnostic[] {
	const problems = [...state.problems.values()].flat();
	const named = saves && saves.length > 3 ? `${saves.slice(0, 3).join(', ')} and ${saves.length - 3} more` : saves?.join(', ');
	const checked = `content checked in ${state.checkMs ?? 0} ms${named ? ` (${named})` : ''}`;
	const report = formatCheckReport(previous, problems, state.plansLeftOut);
	const log = state.filesWithErrors.length > 0 ? logger.warn : logger.info;
	log.call(logger, report.includes('\n') ? `${checked}\n${report}` : `${checked}: ${report}`);
	return problems;
}
