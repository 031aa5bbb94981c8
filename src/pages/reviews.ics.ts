import type { APIRoute } from 'astro';
import { getPortfolio } from '../data/portfolio.ts';
import { buildReviewsIcs } from '../lib/export/reviews-ics.ts';

/** `/reviews.ics`: the review calendar and open actions as an iCalendar feed. */
export const GET: APIRoute = async ({ site }) =>
	new Response(buildReviewsIcs(await getPortfolio(), site ? { siteUrl: site.href } : {}), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
