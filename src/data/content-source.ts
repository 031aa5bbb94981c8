/**
 * The content of this process, chosen once: frozen for a build (the content
 * `npm run build` validated and handed over, or validated here), live for
 * `npm run dev` (src/live/loader.ts sets it). Every data accessor is a
 * `derived` function of the current snapshot, so it is computed once per
 * revision: once per build, once per save in the live preview.
 */
import { readFile } from 'node:fs/promises';
import { validatedFileReady } from '../build/handover.ts';
import { hasErrors } from '../lib/diagnostics.ts';
import type { ScopedContent } from '../lib/scope/scope.ts';
import { contentDirFromEnv } from '../node/content-dir.ts';
import { registry } from './registry.ts';
import type { ContentSource, Snapshot } from './snapshot.ts';

declare module './registry.ts' {
	interface Registry {
		/** The content source of this process: frozen for a build, live for `npm run dev` (set by src/live/loader.ts). */
		source?: ContentSource;
	}
}

/** The source of this process; without a live one, the frozen content of KAM_CONTENT_DIR. */
export function contentSource(): ContentSource {
	const shared = registry();
	shared.source ??= frozenSource(contentDirFromEnv());
	return shared.source;
}

export function getSnapshot(): Promise<Snapshot> {
	return contentSource().snapshot();
}

/**
 * A build's content: read once, revision 0, the same snapshot for every call.
 * Content with errors is never published: the snapshot is an error naming them.
 */
export function frozenSource(dir: string, handedOverFile = process.env.KAM_VALIDATED_FILE): ContentSource {
	let snapshot: Promise<Snapshot> | undefined;
	return { snapshot: () => (snapshot ??= frozenSnapshot(dir, handedOverFile)) };
}

async function frozenSnapshot(dir: string, handedOverFile: string | undefined): Promise<Snapshot> {
	// `npm run build` validates in a process of its own and hands the result over
	// in a file, written while Astro starts up (src/build/handover.ts).
	const content: ScopedContent = handedOverFile
		? await validatedFileReady().then(() => readFile(handedOverFile, 'utf8').then((text) => JSON.parse(text) as ScopedContent))
		: // Loaded only here: Astro's process, handed the result, never loads the validator.
			await import('../node/validate-parallel.ts').then(({ readAndValidateContent }) => readAndValidateContent(dir));
	if (hasErrors(content.diagnostics)) {
		// Loaded only here: a build handed valid content never needs the reporter.
		const { formatPretty, coloursFor } = await import('../lib/format-diagnostics.ts');
		const report = formatPretty(content.diagnostics, coloursFor(false, process.env));
		throw new Error(`KAM content has errors; nothing is published.\n${report}`);
	}
	return { revision: 0, content };
}

/** A data accessor: `()` for the current snapshot's value, `.of(snapshot)` for a given one's. */
export interface Derived<T> {
	(): Promise<Awaited<T>>;
	of(snapshot: Snapshot): T;
}

/**
 * The one cache of src/data: `compute` runs once per revision of the content
 * (a build asks dozens of times per page). A computation that throws or
 * rejects is not kept, so the next call tries again.
 */
export function derived<T>(compute: (snapshot: Snapshot) => T): Derived<T> {
	let cached: { revision: number; value: T } | undefined;
	const of = (snapshot: Snapshot): T => {
		if (cached?.revision === snapshot.revision) return cached.value;
		const entry = { revision: snapshot.revision, value: compute(snapshot) };
		cached = entry;
		if (entry.value instanceof Promise) {
			entry.value.catch(() => {
				if (cached === entry) cached = undefined;
			});
		}
		return entry.value;
	};
	const current = (() => getSnapshot().then(of)) as () => Promise<Awaited<T>>;
	return Object.assign(current, { of });
}
