/**
 * `npm run dev` only: the revision of the content as of the last save, which
 * open pages compare with their own (src/scripts/dev/live-reload.ts).
 */
import type { APIRoute } from 'astro';
import { settledLiveState } from '../live-state.ts';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify({ revision: (await settledLiveState())?.revision ?? 0 }), {
		headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
	});
