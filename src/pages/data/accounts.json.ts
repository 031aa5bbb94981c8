import type { APIRoute } from 'astro';
import { getPortfolio } from '../../data/portfolio.ts';
import { buildAccountsJson } from '../../lib/export/accounts-json.ts';

/** `/data/accounts.json`: every account with its computed fields, and the rollups. */
export const GET: APIRoute = async () =>
	new Response(buildAccountsJson(await getPortfolio()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
