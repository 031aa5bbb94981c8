import type { APIRoute } from 'astro';
import { getPortfolio } from '../../data/portfolio.ts';
import { getUi } from '../../data/ui.ts';
import { visitsTableData } from '../../view/visits-table-data.ts';

/** `/data/visits-table.json`: the visits page's rows, for filtering and paging in the browser. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(visitsTableData(await getPortfolio(), await getUi())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
