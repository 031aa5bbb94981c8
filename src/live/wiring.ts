/**
 * What the parts of `npm run dev` (the loader, the integration, the live
 * routes) hand each other, kept in the process registry (src/data/registry.ts)
 * since Astro loads them in different module graphs of one process. The Astro
 * config reaches this module, so it names no content types.
 */
import type { Loader } from 'astro/loaders';
import { registry } from '../data/registry.ts';
import type { Diagnostic } from '../lib/diagnostics.ts';

declare module '../data/registry.ts' {
	interface Registry {
		/** `npm run dev` only. */
		live?: LiveWiring;
	}
}

/** An image file to serve. */
export interface LiveFile {
	bytes: Uint8Array<ArrayBuffer>;
	type: string;
}

export type LoaderContext = Parameters<Loader['load']>[0];

export interface LiveWiring {
	/** The live preview of the content directory, created once per process (live-preview.ts). */
	preview?: { readonly dir: string };
	/** Set by the integration once the dev server is up: tells open pages a check is done. */
	announce?: (revision: number) => void;
	/** Set by the loader: the plan image a request path names, if any (images.ts). */
	readFile?: (pathname: string) => Promise<LiveFile | undefined>;
	/** The loader context of the latest sync, which the watcher's listener fills. */
	loader?: {
		context: LoaderContext;
		dir: string;
		/** The revision last applied to the store. */
		applied?: number;
		/** The problems the terminal last reported. */
		reported?: Diagnostic[];
	};
}

export function liveWiring(): LiveWiring {
	const shared = registry();
	shared.live ??= {};
	return shared.live;
}
