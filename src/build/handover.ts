/**
 * How `npm run build` hands validated content to Astro's process: a file named
 * by KAM_VALIDATED_FILE, written while Astro starts up, and a promise (in the
 * process registry, since Astro loads the pages in its own module graph) that
 * resolves once the file is there. And back: a message when Astro has
 * written the site, so indexing starts while Astro's process winds down.
 */
import { registry } from '../data/registry.ts';

declare module '../data/registry.ts' {
	interface Registry {
		/** Resolves once the validated content is handed over. */
		handedOver?: Promise<void>;
	}
}

/** The message the parent sends when the file is written. */
export const VALIDATED_MESSAGE = 'validated';

/** Called first thing in Astro's process, so the message cannot arrive before anyone listens. */
export function listenForValidatedFile(): void {
	registry().handedOver = new Promise<void>((resolveReady) => {
		process.on('message', function onMessage(message) {
			if (message !== VALIDATED_MESSAGE) return;
			process.off('message', onMessage);
			process.channel?.unref();
			resolveReady();
		});
	});
}

/** Resolves when the handed-over file can be read (at once outside `npm run build`). */
export function validatedFileReady(): Promise<void> {
	return registry().handedOver ?? Promise.resolve();
}

/** The message Astro's process sends once every page is written. */
export const SITE_WRITTEN_MESSAGE = 'site-written';

/** Tells `npm run build`, if it started this process, that the site is written. */
export function announceSiteWritten(): void {
	process.send?.(SITE_WRITTEN_MESSAGE);
}
