import type { APIRoute } from 'astro';
import { getPortfolio } from '../../data/portfolio.ts';
import { buildAccountsCsv } from '../../lib/export/accounts-csv.ts';

/** `/data/accounts.csv`: one row per account, for spreadsheets. */
export const GET: APIRoute = async () =>
	new Response(buildAccountsCsv(await getPortfolio()), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
