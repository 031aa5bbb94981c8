/**
 * `npm run dev`: what the dev server (the integration, src/live/integration.ts)
 * and the content loader (src/live/loader.ts) hand each other, through the
 * process registry (they run in different module graphs of one process).
 *
 * - Each check of the content is announced to open pages, so they reload as
 *   soon as the new content renders (about 0.1 s after a save at 1,000 plans)
 *   instead of when Astro next writes its data store (0.5 s later).
 * - The images plans show (`/plan-files/...`) are served from the content as of
 *   the last save, not through Astro's routes, whose paths Astro refreshes only
 *   when it writes its data store: an image added with a save would not load
 *   in the page that reloads at once.
 */
import { liveWiring, type LiveFile } from './wiring.ts';

/** The HMR event open pages listen for; its data is `{ revision }`. */
export const CONTENT_CHECKED_EVENT = 'kam:content-checked';

/** Called by the integration once the dev server is up. */
export function setContentCheckedChannel(announce: (revision: number) => void): void {
	liveWiring().announce = announce;
}

/** Called by the content loader after every check; does nothing outside the dev server. */
export function announceContentChecked(revision: number): void {
	liveWiring().announce?.(revision);
}

/** Called by the content loader of the live preview. */
export function setLiveFileReader(readFile: (pathname: string) => Promise<LiveFile | undefined>): void {
	liveWiring().readFile = readFile;
}

/** Called by the dev server for every request: the plan image it names, if any. */
export function readLiveFile(pathname: string): Promise<LiveFile | undefined> {
	return liveWiring().readFile?.(pathname) ?? Promise.resolve(undefined);
}
