/**
 * `/visits.ics`: the planned visits (on or after the as-of date) as an
 * iCalendar feed, one all-day event each. A visit's UID comes from its plan
 * and its file name (`visit.<slug>.<date>-<topic>`), and DTSTAMP from the
 * as-of date, so the same content gives the same file. Moving a visit to
 * another day renames its file, which a calendar sees as a new event.
 */
import { addDays, toBasicFormat } from '../engine/dates.ts';
import type { Portfolio } from '../engine/types.ts';
import { type Component, escapeText, type Property, writeCalendar } from './icalendar.ts';

export const VISITS_PRODUCT_ID = '-//KAM Portal//Visit calendar//EN';
const UID_DOMAIN = 'kam-portal';

export interface VisitsIcsOptions {
	/** Absolute site address (`https://kam.example.com`); adds a URL to each event when given. */
	siteUrl?: string;
}

export function buildVisitsIcs(portfolio: Portfolio, options: VisitsIcsOptions = {}): string {
	const nameOf = new Map(portfolio.people.map((p) => [p.id, p.name]));
	const personLabel = (id: string) => `${nameOf.get(id) ?? id} (${id})`;
	const base = options.siteUrl?.replace(/\/+$/, '');
	const stamp = `${toBasicFormat(portfolio.asOf)}T000000Z`;
	const events: Component[] = [];
	for (const account of portfolio.accounts) {
		const contacts = account.frontmatter.contacts ?? [];
		for (const visit of account.visitReports) {
			if (!visit.upcoming) continue;
			const met = visit.theirs.map((id) => contacts.find((c) => c.id === id)?.name ?? id);
			const properties: Property[] = [
				['UID', `visit.${account.slug}.${visit.date}-${visit.topic}@${UID_DOMAIN}`],
				['DTSTAMP', stamp],
				['DTSTART;VALUE=DATE', toBasicFormat(visit.date)],
				['DTEND;VALUE=DATE', toBasicFormat(addDays(visit.date, 1))],
				['SUMMARY', escapeText(`${visit.type[0]!.toUpperCase()}${visit.type.slice(1)}: ${account.name}: ${visit.purpose}`)],
				[
					'DESCRIPTION',
					escapeText(
						[
							`Account: ${account.name}`,
							`Purpose: ${visit.purpose}`,
							`Ours: ${visit.ours.map(personLabel).join(', ') || 'none'}`,
							`Theirs: ${met.join(', ') || 'none'}`,
							...(base ? [`Visit brief: ${base}/accounts/${account.slug}/visit/`] : []),
						].join('\n'),
					),
				],
				['CATEGORIES', 'visit'],
				['TRANSP', 'TRANSPARENT'],
			];
			if (base) properties.push(['URL', `${base}/accounts/${account.slug}/visit/`]);
			events.push({ name: 'VEVENT', properties });
		}
	}
	// In date order, then by UID, whatever the order of accounts.
	const key = (event: Component) => `${event.properties[2]![1]} ${event.properties[0]![1]}`;
	events.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
	const company = portfolio.policy.company;
	const calendar: Property[] = [
		['VERSION', '2.0'],
		['PRODID', VISITS_PRODUCT_ID],
		['CALSCALE', 'GREGORIAN'],
		['METHOD', 'PUBLISH'],
		['X-WR-CALNAME', escapeText(company ? `${company}: KAM visits` : 'KAM visits')],
	];
	return writeCalendar(calendar, events);
}
