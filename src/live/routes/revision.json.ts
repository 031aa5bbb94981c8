/**
 * `npm run dev` only: the revision of the content as of the last save, which
 * open pages compare with their own (src/scripts/dev/live-reload.ts).
 */
import type { APIRoute } from 'astro';
import { getSnapshot } from '../../data/content-source.ts';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify({ revision: (await getSnapshot()).revision }), {
		headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
	});
