import type { APIRoute } from 'astro';
import { getPortfolio } from '../../data/portfolio.ts';
import { getUi } from '../../data/ui.ts';
import { resourceTableData } from '../../view/team.ts';

/** `/data/resources-table.json`: the rows of /resources/, for filtering, sorting and paging in the browser. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(resourceTableData(await getPortfolio(), await getUi())).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
