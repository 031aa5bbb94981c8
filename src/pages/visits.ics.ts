import type { APIRoute } from 'astro';
import { getPortfolio } from '../data/portfolio.ts';
import { buildVisitsIcs } from '../lib/export/visits-ics.ts';

/** `/visits.ics`: the planned visits as an iCalendar feed. */
export const GET: APIRoute = async ({ site }) =>
	new Response(buildVisitsIcs(await getPortfolio(), site ? { siteUrl: site.href } : {}), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
