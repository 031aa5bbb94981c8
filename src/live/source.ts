/**
 * The content source of `npm run dev`: the live preview's latest state as a
 * snapshot. A page requested right after a save (the browser reloads at once)
 * waits for the check that save started. Problems are data (`preview`), never
 * errors: the server keeps serving.
 */
import type { ContentSource, Snapshot } from '../data/snapshot.ts';
import type { LiveContent, LiveState } from './live-state.ts';

export function liveSource(live: LiveContent): ContentSource {
	let last: { state: LiveState; snapshot: Snapshot } | undefined;
	return {
		async snapshot() {
			const state = (await live.settled()) ?? (await live.refresh());
			if (last?.state !== state) last = { state, snapshot: { revision: state.revision, content: state.content, preview: state } };
			return last.snapshot;
		},
	};
}
