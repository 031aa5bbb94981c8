import type { APIRoute } from 'astro';
import { getPortfolio } from '../../data/portfolio.ts';
import { getUi } from '../../data/ui.ts';
import { accountsTableData } from '../../view/accounts-table-data.ts';

/** `/data/accounts-table.json`: the accounts page's rows, for filtering and sorting in the browser. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(accountsTableData(await getPortfolio(), await getUi())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
