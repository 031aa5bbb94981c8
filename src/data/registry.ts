/**
 * The one process-wide global. Astro loads the content loader, the
 * integration and the pages in different module graphs of one process, so
 * what they share lives on globalThis: the content source
 * (content-source.ts), a build's hand-over (src/build/handover.ts) and the
 * live preview's wiring (src/live/wiring.ts). Each of those modules
 * declares its own slot (`declare module`), so this one imports nothing and
 * the Astro config, which reaches it, loads no content types.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging
export interface Registry {}

const REGISTRY = Symbol.for('kam-portal.registry');

export function registry(): Registry {
	const holder = globalThis as typeof globalThis & { [REGISTRY]?: Registry };
	holder[REGISTRY] ??= {};
	return holder[REGISTRY];
}
