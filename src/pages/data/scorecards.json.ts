import type { APIRoute } from 'astro';
import { getPortfolio } from '../../data/portfolio.ts';
import { buildScorecardsJson } from '../../lib/export/scorecards-json.ts';

/** `/data/scorecards.json`: the account managers' KPIs and scores, for other tools. */
export const GET: APIRoute = async () =>
	new Response(buildScorecardsJson(await getPortfolio()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
