/**
 * What the pages render from: one version of the content. Types only, so the
 * process registry and the live preview can name them without loading data.
 */
import type { PreviewContent } from '../lib/content/preview.ts';
import type { ScopedContent } from '../lib/scope/scope.ts';

/** `npm run dev`: the problems of the content as of the last save, kept as data the pages show. */
export interface Preview extends PreviewContent {
	/** The revision of the snapshot it belongs to. */
	revision: number;
	/** How long the check that gave this state took, in ms. */
	checkMs?: number;
	/** Set when the content directory itself could not be read. */
	readError?: string;
}

export interface Snapshot {
	/** Names this version of the content within the process: 0 for a build's only one, 1, 2… for the checks of `npm run dev`. */
	revision: number;
	/** The plans that render, with people, policy and visits (and a scoped build's scope). */
	content: ScopedContent;
	/**
	 * `npm run dev` only: every problem, the plans that show theirs instead of a
	 * page, the banner's figures. Undefined in a build, where content with errors
	 * is not built at all.
	 */
	preview?: Preview;
}

/** Where the content comes from, chosen once per process (src/data/content-source.ts). */
export interface ContentSource {
	/** The current snapshot: a build's one, or the live preview's once the check a save started is done. */
	snapshot(): Promise<Snapshot>;
}
