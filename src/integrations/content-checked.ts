/**
 * `npm run dev`: tells open pages the moment a check of the content is done,
 * so they reload as soon as the new content renders (about 0.1 s after a save
 * at 1,000 plans) instead of when Astro next writes its data store (0.5 s
 * later). The integration hands the dev server's channel to the content loader,
 * which runs in another module graph, through a global.
 */

/** The HMR event open pages listen for; its data is `{ revision }`. */
export const CONTENT_CHECKED_EVENT = 'kam:content-checked';

const CHANNEL = Symbol.for('kam-portal.content-checked');
type Announce = (revision: number) => void;
type WithChannel = typeof globalThis & { [CHANNEL]?: Announce };

/** Called by the integration once the dev server is up. */
export function setContentCheckedChannel(announce: Announce): void {
	(globalThis as WithChannel)[CHANNEL] = announce;
}

/** Called by the content loader after every check; does nothing outside the dev server. */
export function announceContentChecked(revision: number): void {
	(globalThis as WithChannel)[CHANNEL]?.(revision);
}
