import type { APIRoute } from 'astro';
import { getPortfolio } from '../../data/portfolio.ts';
import { getUi } from '../../data/ui.ts';
import { whitespaceTableData } from '../../view/whitespace-table-data.ts';

/** `/data/whitespace-table.json`: the whitespace map's rows, for filtering, sorting and paging in the browser. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(whitespaceTableData(await getPortfolio(), await getUi())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
