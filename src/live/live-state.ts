/** The live preview's state, as the rest of the live wiring sees it. */
import type { Preview } from '../data/snapshot.ts';

/** The live preview's state after a check: the preview part of a snapshot. */
export type LiveState = Preview;

/** What the live preview (live-preview.ts) offers the live source (source.ts). */
export interface LiveContent {
	readonly dir: string;
	readonly state: LiveState | undefined;
	/** Reads and checks the content again (saves during a check are merged into one more). */
	refresh(): Promise<LiveState>;
	/** The state once any check in progress (started by a save) has finished. */
	settled(): Promise<LiveState | undefined>;
}
