/**
 * The live preview's safety net (see LiveReload.astro): whenever the page
 * (re)connects to the dev server, compare the content revision it shows with
 * the server's, and reload when the server's is newer.
 */
export const REVISION_URL = '/problems/revision.json';

const shown = document.querySelector<HTMLMetaElement>('meta[name="kam-content-revision"]')?.content;

async function reloadIfStale(): Promise<void> {
	const response = await fetch(REVISION_URL, { cache: 'no-store' }).catch(() => undefined);
	if (!response?.ok) return;
	const { revision } = (await response.json()) as { revision: number };
	if (String(revision) !== shown) location.reload();
}

if (import.meta.hot && shown !== undefined) {
	import.meta.hot.on('vite:ws:connect', () => void reloadIfStale());
	void reloadIfStale();
}
