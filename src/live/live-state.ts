/**
 * Where the pages of `npm run dev` find the live preview's state. A module
 * without imports of the validator, so a build's Astro process (which never
 * has a live preview) does not load it. The state lives on globalThis because
 * Astro loads the loader (which refreshes it) and the pages (which read it) in
 * different module graphs of one process.
 */
import type { PreviewContent } from '../lib/content/preview.ts';
import type { ValidationResult } from '../lib/content/validate.ts';

export interface LiveState extends PreviewContent {
	/** Counts refreshes, so anything computed from an older state can tell. */
	revision: number;
	/** How long the check that gave this state took, in ms. */
	checkMs?: number;
	/** Set when the content directory itself could not be read. */
	readError?: string;
}

/** What the live preview (src/live/live-preview.ts) offers the pages. */
export interface LiveSource {
	readonly dir: string;
	readonly state: LiveState | undefined;
	/** The state once any check in progress (started by a save) has finished. */
	settled(): Promise<LiveState | undefined>;
}

const LIVE = Symbol.for('kam-portal.live-preview');
type WithLive = typeof globalThis & { [LIVE]?: LiveSource };

export function currentPreview(): LiveSource | undefined {
	return (globalThis as WithLive)[LIVE];
}

export function setCurrentPreview(preview: LiveSource): void {
	(globalThis as WithLive)[LIVE] = preview;
}

/**
 * Does this process serve the live preview (`npm run dev`)? Decided by the
 * content loader, which only the dev server gives a file watcher; not by
 * `import.meta.env.DEV`, which any NODE_ENV other than `production` turns on in
 * a build too.
 */
export function isLivePreview(): boolean {
	return currentPreview() !== undefined;
}

/** The live state, when this process serves `npm run dev` and has read the content. */
export function liveState(): LiveState | undefined {
	return currentPreview()?.state;
}

/**
 * The live state after the check that the latest save started: a page
 * requested right after a save (the browser reloads at once) waits for it.
 */
export async function settledLiveState(): Promise<LiveState | undefined> {
	return currentPreview()?.settled();
}

/** What the portal renders in the live preview: the plans without errors. */
export async function liveContent(): Promise<ValidationResult | undefined> {
	return (await settledLiveState())?.content;
}
