/**
 * The live preview's reload (see LiveReload.astro): the dev server announces
 * every check of the content, and a page showing an older revision reloads.
 * Its safety net: whenever the page (re)connects to the dev server, and every
 * few seconds, it compares the revision it shows with the server's, and reloads
 * when the server's is newer.
 */
import { CONTENT_CHECKED_EVENT } from '../../live/channel.ts';

export const REVISION_URL = '/problems/revision.json';

const shown = document.querySelector<HTMLMetaElement>('meta[name="kam-content-revision"]')?.content;

async function reloadIfStale(): Promise<void> {
	const response = await fetch(REVISION_URL, { cache: 'no-store' }).catch(() => undefined);
	if (!response?.ok) return;
	const { revision } = (await response.json()) as { revision: number };
	if (String(revision) !== shown) location.reload();
}

if (import.meta.hot && shown !== undefined) {
	import.meta.hot.on(CONTENT_CHECKED_EVENT, ({ revision }: { revision: number }) => {
		if (String(revision) !== shown) location.reload();
	});
	import.meta.hot.on('vite:ws:connect', () => void reloadIfStale());
	// And every few seconds, in case an announcement came while this page was
	// loading and the connection did not drop.
	setInterval(() => void reloadIfStale(), 3000);
	void reloadIfStale();
}
