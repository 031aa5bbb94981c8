import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine } from '../../../src/lib/export/icalendar.ts';
import { buildReviewsIcs, PRODUCT_ID } from '../../../src/lib/export/reviews-ics.ts';
import type { PlanInput } from '../../../src/lib/engine/types.ts';
import { asTier, AS_OF, planInput, portfolioOf, testPolicy } from '../engine/fixtures.ts';

const TRICKY_NAME = 'Acme, Inc.; R&D \\ Labs\nsecond line </script><script>alert(1)</script>';
const LONG_CHINESE = '华建建设集团有限公司'.repeat(6);

function plans(): PlanInput[] {
	return [
		planInput('acme', (p) => {
			p.name = TRICKY_NAME;
			p.actions!.push({ title: 'Call, then; write\\report', owner: 'li-wei', due: '2026-11-01', status: 'blocked' });
		}),
		planInput('huajian', (p) => (p.name = LONG_CHINESE)),
		planInput('small', (p) => (asTier(p, 'non-named'), delete p.review)),
		planInput('floor', (p) => (asTier(p, 'mass-market'), delete p.owner)),
	];
}

// RFC 5545 §3.8.8.2: a non-standard property's default value type is TEXT.
// ical.js keeps unknown properties raw unless told, so tell it.
ICAL.design.defaultSet.property['x-wr-calname'] = { defaultType: 'text' };

function eventsOf(ics: string) {
	const calendar = new ICAL.Component(ICAL.parse(ics));
	return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

describe('iCalendar text', () => {
	it.each([
		['a,b', 'a\\,b'],
		['a;b', 'a\\;b'],
		['a\\b', 'a\\\\b'],
		['a\nb', 'a\\nb'],
		['a\r\nb', 'a\\nb'],
		['a\u0007b', 'ab'], // control characters are not allowed in TEXT
		['</script>', '</script>'], // nothing special in iCalendar
	])('escapes %j as %j', (text, escaped) => {
		expect(escapeText(text)).toBe(escaped);
	});

	it('folds at 75 octets without splitting a character', () => {
		const line = `SUMMARY:${LONG_CHINESE}`;
		const folded = foldLine(line).split('\r\n');
		expect(folded.length).toBeGreaterThan(1);
		for (const [index, part] of folded.entries()) {
			expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
			if (index > 0) expect(part.startsWith(' ')).toBe(true);
		}
		expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
		expect(foldLine('SHORT:x')).toBe('SHORT:x');
		const emoji = `SUMMARY:${'😀'.repeat(40)}`; // 4 octets and 2 UTF-16 units each
		const emojiParts = foldLine(emoji).split('\r\n');
		for (const part of emojiParts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
		expect(emojiParts.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(emoji);
		expect(emojiParts.join('')).not.toMatch(/\uFFFD/);
	});
});

describe('reviews.ics', () => {
	const portfolio = portfolioOf(plans(), { policy: testPolicy({ company: 'Modular, Inc.' }) });
	const ics = buildReviewsIcs(portfolio);
	const { calendar, events } = eventsOf(ics);

	it('is CRLF-terminated with no line over 75 octets', () => {
		expect(ics.endsWith('\r\n')).toBe(true);
		expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
		for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
	});

	it('parses with ical.js as a calendar with product id and name', () => {
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(calendar.getFirstPropertyValue('prodid')).toBe(PRODUCT_ID);
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Modular, Inc.: KAM reviews');
	});

	it('has one event per review due and per open action with a due date', () => {
		// Worked out from the fixtures, as of 2026-11-22: acme and huajian are major, last reviewed
		// 2026-10-01, so due three months on; small (non-named, never reviewed) joins its owner's
		// collective review, due at once; floor (mass-market, no owner) joins the unowned collective
		// review, a year after 2026-10-01; the progress report closes the half year. Every plan's
		// open "Framework renewal" is due 2027-01-15 (its done "Site visit" has no event), and
		// acme's blocked call 2026-11-01.
		const shown = events.map((e) => [e.uid, e.component.getFirstPropertyValue('categories'), e.startDate.toString()]);
		expect(shown).toEqual([
			['collective-review.li-wei@kam-portal', 'collective-review', '2026-11-22'],
			['progress-report.2026-07-01@kam-portal', 'progress-report', '2026-12-31'],
			['plan-review.acme@kam-portal', 'plan-review', '2027-01-01'],
			['plan-review.huajian@kam-portal', 'plan-review', '2027-01-01'],
			['collective-review._unowned@kam-portal', 'collective-review', '2027-10-01'],
			['action.acme.0@kam-portal', 'action', '2027-01-15'],
			['action.acme.2@kam-portal', 'action', '2026-11-01'],
			['action.floor.0@kam-portal', 'action', '2027-01-15'],
			['action.huajian.0@kam-portal', 'action', '2027-01-15'],
			['action.small.0@kam-portal', 'action', '2027-01-15'],
		]);
	});

	it('events are all-day on the due date', () => {
		const review = events.find((e) => e.uid === 'plan-review.huajian@kam-portal')!;
		expect(review.startDate.isDate).toBe(true);
		expect(review.startDate.toString()).toBe('2027-01-01');
		expect(review.endDate.toString()).toBe('2027-01-02');
	});

	it('round-trips commas, semicolons, backslashes, newlines and </script>', () => {
		const review = events.find((e) => e.uid === 'plan-review.acme@kam-portal')!;
		expect(review.summary).toBe(`Plan review: ${TRICKY_NAME}`);
		expect(review.description).toContain(`Account: ${TRICKY_NAME}\n`);
		const action = events.find((e) => e.summary.includes('Call, then; write\\report'))!;
		expect(action.summary).toBe(`Overdue action: Call, then; write\\report (${TRICKY_NAME})`);
		expect(events.find((e) => e.uid === 'plan-review.huajian@kam-portal')!.summary).toBe(`Plan review: ${LONG_CHINESE}`);
	});

	it('stamps events with the as-of date, not the clock', () => {
		for (const event of events) expect(event.component.getFirstPropertyValue('dtstamp')!.toString()).toBe(`${AS_OF}T00:00:00Z`);
		expect(buildReviewsIcs(portfolioOf(plans(), { policy: testPolicy({ company: 'Modular, Inc.' }) }))).toBe(ics);
	});

	it('has unique UIDs that stay put when dates move', () => {
		const uids = events.map((e) => e.uid);
		expect(new Set(uids).size).toBe(uids.length);
		expect(uids).toContain('collective-review.li-wei@kam-portal');
		expect(uids).toContain('collective-review._unowned@kam-portal');
		expect(uids).toContain('action.acme.0@kam-portal');
		const moved = plans().map((plan) => ({ ...plan, frontmatter: { ...plan.frontmatter, review: { last: '2026-11-01' } } }));
		const movedEvents = eventsOf(buildReviewsIcs(portfolioOf(moved))).events;
		expect(movedEvents.map((e) => e.uid).sort()).toEqual([...uids].sort());
		expect(movedEvents.find((e) => e.uid === 'plan-review.acme@kam-portal')!.startDate.toString()).not.toBe(
			events.find((e) => e.uid === 'plan-review.acme@kam-portal')!.startDate.toString(),
		);
	});

	it('links a plan review to its review pack when the site address is known', () => {
		const linked = eventsOf(buildReviewsIcs(portfolio, { siteUrl: 'https://kam.example.com/' })).events;
		expect(linked.find((e) => e.uid === 'plan-review.acme@kam-portal')!.component.getFirstPropertyValue('url')).toBe('https://kam.example.com/accounts/acme/review/');
		expect(linked.find((e) => e.uid.startsWith('action.acme.'))!.component.getFirstPropertyValue('url')).toBe('https://kam.example.com/accounts/acme/');
	});

	it("names the review pack and the last outcome in a plan review's description", () => {
		const withHistory = portfolioOf([planInput('acme', (p) => (p.review = { history: [{ date: '2026-10-01', by: ['zhang-min'], outcome: 'revise' }] }))]);
		const event = eventsOf(buildReviewsIcs(withHistory)).events.find((e) => e.uid === 'plan-review.acme@kam-portal')!;
		expect(event.description).toContain('Review pack: /accounts/acme/review/');
		expect(event.description).toContain('Last outcome: revise');
	});

	it('gives collectively reviewed plans no review pack', () => {
		const small = portfolioOf([planInput('small', (p) => asTier(p, 'non-named'))]);
		expect(buildReviewsIcs(small)).not.toContain('/review/');
	});
});

describe('reviews.ics: the planning cycle', () => {
	const cyclePolicy = testPolicy({ planningCycle: { year: 2027, opens: '2026-10-01', draftsDue: '2026-11-30', reviewsDue: '2026-12-20' } });
	const { events } = eventsOf(buildReviewsIcs(portfolioOf(plans(), { policy: cyclePolicy }), { siteUrl: 'https://kam.example.com/' }));
	const cycle = events.filter((e) => e.component.getFirstPropertyValue('categories') === 'planning-cycle');

	it('has the cycle\'s three dates as all-day events with stable UIDs', () => {
		expect(cycle.map((e) => [e.uid, e.startDate.toString(), e.summary])).toEqual([
			['planning-cycle.2027.opens@kam-portal', '2026-10-01', 'Planning cycle 2027 opens'],
			['planning-cycle.2027.drafts-due@kam-portal', '2026-11-30', 'Planning cycle 2027: drafts due'],
			['planning-cycle.2027.reviews-due@kam-portal', '2026-12-20', 'Planning cycle 2027: reviews due'],
		]);
		expect(cycle[0]!.component.getFirstPropertyValue('url')).toBe('https://kam.example.com/cycle/');
	});

	it('has no cycle events without a planning cycle', () => {
		const { events: plain } = eventsOf(buildReviewsIcs(portfolioOf(plans())));
		expect(plain.filter((e) => e.uid.startsWith('planning-cycle.'))).toEqual([]);
	});
});
