import { addDays, toBasicFormat } from '../engine/dates.ts';
import { hasReviewPack, reviewPackPath } from '../engine/review-record.ts';
import type { AccountView, Portfolio, ScheduleEntry } from '../engine/types.ts';
import { type Component, escapeText, type Property, writeCalendar } from './icalendar.ts';

export const PRODUCT_ID = '-//KAM Portal//Review calendar//EN';
const UID_DOMAIN = 'kam-portal';
/** Not a person id (ids never start with `_`), so it cannot collide with an owner. */
const NO_OWNER_KEY = '_unowned';

export interface ReviewsIcsOptions {
	/** Absolute site address (`https://kam.example.com`); adds a URL to each event when given. */
	siteUrl?: string;
}

interface EventInput {
	uid: string;
	date: string;
	summary: string;
	description: string[];
	category: string;
	url?: string;
}

/**
 * `/reviews.ics`: one all-day event per review due (plan, collective review,
 * progress report) and per open action with a due date. UIDs come from the
 * slug, kind and index, and DTSTAMP from the as-of date, so the same content
 * and as-of date give the same file, and a calendar client updates an event in
 * place when its date moves.
 */
export function buildReviewsIcs(portfolio: Portfolio, options: ReviewsIcsOptions = {}): string {
	const nameOf = new Map(portfolio.people.map((p) => [p.id, p.name]));
	const personLabel = (id: string | undefined) => (id === undefined ? 'none' : `${nameOf.get(id) ?? id} (${id})`);
	const accountUrl = (slug: string) => (options.siteUrl ? `${options.siteUrl.replace(/\/+$/, '')}/accounts/${slug}/` : undefined);
	const reviewsUrl = options.siteUrl ? `${options.siteUrl.replace(/\/+$/, '')}/reviews/` : undefined;
	const packUrl = (slug: string) => `${options.siteUrl ? options.siteUrl.replace(/\/+$/, '') : ''}${reviewPackPath(slug)}`;
	const events: EventInput[] = [];

	for (const entry of portfolio.schedule) events.push(scheduleEvent(entry, portfolio, personLabel, accountUrl, reviewsUrl, packUrl));
	for (const account of portfolio.accounts) {
		for (const action of account.actions) {
			if (!action.open || action.due === undefined) continue;
			events.push({
				// A visit's next step keeps its id when the plan's own actions change.
				uid: action.visit ? `visit-step.${account.slug}.${action.visit.date}-${action.visit.topic}.${action.visit.step}@${UID_DOMAIN}` : `action.${account.slug}.${action.index}@${UID_DOMAIN}`,
				date: action.due,
				summary: `${action.overdue ? 'Overdue action' : 'Action due'}: ${action.title} (${account.name})`,
				description: [`Account: ${account.name}`, `Owner: ${personLabel(action.owner)}`, `Status: ${action.status}`, `Due: ${action.due}`, ...(action.visit ? [`From the visit of ${action.visit.date}`] : [])],
				category: 'action',
				...optionalUrl(accountUrl(account.slug)),
			});
		}
	}

	events.push(...cycleEvents(portfolio, options.siteUrl));

	const stamp = `${toBasicFormat(portfolio.asOf)}T000000Z`;
	const company = portfolio.policy.company;
	const calendarName = company ? `${company}: KAM reviews` : 'KAM reviews';
	const calendar: Property[] = [
		['VERSION', '2.0'],
		['PRODID', PRODUCT_ID],
		['CALSCALE', 'GREGORIAN'],
		['METHOD', 'PUBLISH'],
		['X-WR-CALNAME', escapeText(calendarName)],
	];
	return writeCalendar(calendar, events.map((event) => vevent(event, stamp)));
}

/** The planning cycle's dates: opens, drafts due, reviews due. UIDs name the plan year and the date's role, so a moved date updates in place. */
function cycleEvents(portfolio: Portfolio, siteUrl: string | undefined): EventInput[] {
	const cycle = portfolio.policy.planningCycle;
	if (!cycle) return [];
	const inCycle = portfolio.accounts.filter((a) => a.cycle !== null);
	const count = (status: string) => inCycle.filter((a) => a.cycle?.status === status).length;
	const progress = `Plans in the cycle: ${inCycle.length} (not started ${count('not-started')}, drafted ${count('drafted')}, in review ${count('in-review')}, signed off ${count('signed-off')})`;
	const url = optionalUrl(siteUrl ? `${siteUrl.replace(/\/+$/, '')}/cycle/` : undefined);
	const tiers = `Tiers: ${cycle.tiers.join(', ')}`;
	const dates: [string, string, string, string][] = [
		['opens', cycle.opens, `Planning cycle ${cycle.year} opens`, 'Every plan of the covered tiers is drafted for the plan year.'],
		['drafts-due', cycle.draftsDue, `Planning cycle ${cycle.year}: drafts due`, `Each plan's planPeriod covers ${cycle.year}.`],
		['reviews-due', cycle.reviewsDue, `Planning cycle ${cycle.year}: reviews due`, 'Each plan is reviewed and approved by its required signers.'],
	];
	return dates.map(([role, date, summary, what]) => ({
		uid: `planning-cycle.${cycle.year}.${role}@${UID_DOMAIN}`,
		date,
		summary,
		description: [what, tiers, progress],
		category: 'planning-cycle',
		...url,
	}));
}

function optionalUrl(url: string | undefined): { url?: string } {
	return url === undefined ? {} : { url };
}

function scheduleEvent(
	entry: ScheduleEntry,
	portfolio: Portfolio,
	personLabel: (id: string | undefined) => string,
	accountUrl: (slug: string) => string | undefined,
	reviewsUrl: string | undefined,
	packUrl: (slug: string) => string,
): EventInput {
	const status = `Status: ${entry.status}${entry.status === 'overdue' ? ` (${-entry.daysUntilDue} days late)` : ''}`;
	// "Overdue plan review" / "Plan review": lateness shows in the calendar grid.
	const title = (what: string) => (entry.status === 'overdue' ? `Overdue ${what}` : `${what[0]!.toUpperCase()}${what.slice(1)}`);
	const account = (slug: string): AccountView | undefined => portfolio.bySlug.get(slug);
	if (entry.kind === 'plan') {
		const view = account(entry.slug);
		const name = view?.name ?? entry.slug;
		// The meeting works from the review pack, so the event opens it (the plan page for tiers without one).
		const pack = hasReviewPack(entry.tier) ? packUrl(entry.slug) : undefined;
		const latest = view?.latestReview;
		return {
			uid: `plan-review.${entry.slug}@${UID_DOMAIN}`,
			date: entry.due,
			summary: `${title('plan review')}: ${name}`,
			description: [
				`Account: ${name}`,
				`Tier: ${entry.tier}`,
				`Owner: ${personLabel(entry.owner)}`,
				status,
				view?.review.neverReviewed ? 'Never reviewed' : `Last review: ${view?.review.last ?? ''}`,
				...(latest ? [`Last outcome: ${latest.outcome}`] : []),
				...(pack !== undefined ? [`Review pack: ${pack}`] : []),
			],
			category: 'plan-review',
			...optionalUrl(pack !== undefined && pack.startsWith('http') ? pack : accountUrl(entry.slug)),
		};
	}
	if (entry.kind === 'collective') {
		const who = entry.owner === null ? 'accounts without an owner' : personLabel(entry.owner);
		return {
			uid: `collective-review.${entry.owner ?? NO_OWNER_KEY}@${UID_DOMAIN}`,
			date: entry.due,
			summary: `${title('collective review')}: ${who}, ${entry.slugs.length} account${entry.slugs.length === 1 ? '' : 's'}`,
			description: [`Owner: ${entry.owner === null ? 'none' : personLabel(entry.owner)}`, status, 'Accounts:', ...entry.slugs.map((slug) => `- ${account(slug)?.name ?? slug}`)],
			category: 'collective-review',
			...optionalUrl(reviewsUrl),
		};
	}
	return {
		uid: `progress-report.${entry.periodStart}@${UID_DOMAIN}`,
		date: entry.due,
		summary: `Progress report on major accounts, ${entry.periodStart} to ${entry.periodEnd}`,
		description: [status, 'Accounts:', ...portfolio.progressReport.accounts.map((row) => `- ${row.name}`)],
		category: 'progress-report',
		...optionalUrl(reviewsUrl),
	};
}

function vevent(event: EventInput, stamp: string): Component {
	const properties: Property[] = [
		['UID', event.uid],
		['DTSTAMP', stamp],
		['DTSTART;VALUE=DATE', toBasicFormat(event.date)],
		['DTEND;VALUE=DATE', toBasicFormat(addDays(event.date, 1))],
		['SUMMARY', escapeText(event.summary)],
		['DESCRIPTION', escapeText(event.description.join('\n'))],
		['CATEGORIES', escapeText(event.category)],
		['TRANSP', 'TRANSPARENT'],
	];
	if (event.url !== undefined) properties.push(['URL', event.url]);
	return { name: 'VEVENT', properties };
}
