import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, inject, it } from 'vitest';
import { readContentDir } from '../../src/node/read-content-dir.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { computePortfolio } from '../../src/lib/engine/index.ts';
import { buildAccountsCsv } from '../../src/lib/export/accounts-csv.ts';
import { buildAccountsJson } from '../../src/lib/export/accounts-json.ts';
import { buildReviewsIcs } from '../../src/lib/export/reviews-ics.ts';
import { buildVisitsIcs } from '../../src/lib/export/visits-ics.ts';
import { SAMPLE_CONTENT, TEST_AS_OF } from '../helpers/build-site.ts';

/** The built site's exports are the engine's output for the sample content: the Astro adapter adds and loses nothing. */
describe('exports in the built site', async () => {
	const siteDir = inject('sampleSiteDir');
	const { plans, people, policy, visits } = validateContent(await readContentDir(SAMPLE_CONTENT));
	const portfolio = computePortfolio({ plans, people, policy, visits, asOf: TEST_AS_OF });

	it('/data/accounts.json', async () => {
		expect(await readFile(join(siteDir, 'data/accounts.json'), 'utf8')).toBe(buildAccountsJson(portfolio));
	});

	it('/data/accounts.csv', async () => {
		expect(await readFile(join(siteDir, 'data/accounts.csv'), 'utf8')).toBe(buildAccountsCsv(portfolio));
	});

	// The two above compare the site with the exporters; these pin one account against
	// values worked out by hand from content/accounts/east-china/huajian-construction-group.mdx
	// (current 8,600,000 of a 26,000,000 wallet, reviewed 2026-09-01 as a major account, period
	// to 2026-12-31) on the test as-of date, 2026-11-22.
	const SLUG = 'huajian-construction-group';

	it('/data/accounts.json holds the hand-checked figures of one account', async () => {
		const json = JSON.parse(await readFile(join(siteDir, 'data/accounts.json'), 'utf8'));
		expect(json).toMatchObject({ format: 'kam-portal/accounts', version: 1, asOf: '2026-11-22', currency: 'CNY' });
		const account = json.accounts.find((a: { slug: string }) => a.slug === SLUG);
		expect(account).toMatchObject({ slug: SLUG, name: '华建建设集团有限公司', tier: 'major', category: 'key', currency: 'CNY' });
		expect(account.computed).toMatchObject({
			shareOfWallet: 8_600_000 / 26_000_000,
			shareOfWalletTarget: 0.4,
			quadrant: 'high-current-high-potential',
			suggestedTier: 'major',
			tierMismatch: false,
			// 2026-09-01 + 3 months; 9 days after 2026-11-22, within the 30 "due soon" days.
			review: { last: '2026-09-01', due: '2026-12-01', daysUntilDue: 9, status: 'due-soon' },
			// Ends within 12 weeks: 39 days left.
			period: { start: '2026-01-01', end: '2026-12-31', state: 'ending', daysLeft: 39 },
		});
	});

	it('/data/accounts.csv holds the hand-checked row of one account', async () => {
		const [header, ...rows] = (await readFile(join(siteDir, 'data/accounts.csv'), 'utf8')).replace(/^\uFEFF/, '').trimEnd().split(/\r?\n/);
		const columns = header!.split(',');
		expect(columns.slice(0, 5)).toEqual(['slug', 'name', 'tier', 'category', 'owner']);
		const row = rows.find((line) => line.startsWith(`${SLUG},`))!.split(',');
		const cell = (name: string) => row[columns.indexOf(name)];
		// The plan writes `region: 华东`, an alias of the policy's `east-china` region: the CSV carries its id and its name.
		expect([cell('name'), cell('owner'), cell('sponsor'), cell('region'), cell('regionName'), cell('tags')]).toEqual([
			'华建建设集团有限公司',
			'li-wei',
			'zhang-min',
			'east-china',
			'East China',
			'group; strategic; premium',
		]);
		expect([cell('current'), cell('potential'), cell('wallet'), cell('shareOfWalletTarget')]).toEqual(['8600000', '30000000', '26000000', '0.4']);
		expect([cell('reviewDue'), cell('reviewStatus'), cell('daysUntilReview'), cell('periodState')]).toEqual(['2026-12-01', 'due-soon', '9', 'ending']);
	});

	it('/reviews.ics', async () => {
		const uids = (ics: string) =>
			new ICAL.Component(ICAL.parse(ics))
				.getAllSubcomponents('vevent')
				.map((event) => event.getFirstPropertyValue('uid'))
				.sort();
		const built = await readFile(join(siteDir, 'reviews.ics'), 'utf8');
		expect(uids(built)).toEqual(uids(buildReviewsIcs(portfolio)));
		expect(built).toContain(`DTSTAMP:${TEST_AS_OF.replaceAll('-', '')}T000000Z`);
	});

	it('/visits.ics: the planned visits ahead, with UIDs from the plan and the file name', async () => {
		const built = await readFile(join(siteDir, 'visits.ics'), 'utf8');
		expect(built).toBe(buildVisitsIcs(portfolio));
		const events = new ICAL.Component(ICAL.parse(built)).getAllSubcomponents('vevent');
		// content/visits: two visits are planned on or after 2026-11-22.
		expect(events.map((event) => [event.getFirstPropertyValue('uid'), String(event.getFirstPropertyValue('dtstart'))])).toEqual([
			['visit.huajian-construction-group.2026-12-15-tender-briefing@kam-portal', '2026-12-15'],
			['visit.yangtze-hydropower-development.2027-01-12-executive-visit@kam-portal', '2027-01-12'],
		]);
	});

	// content/visits/huajian-construction-group: done visits on 2026-10-12 (周国栋, 钱晓红) and
	// 2026-11-18 (吴志刚, 郑海波), a planned one on 2026-12-15; policy visitEveryDays major 30.
	it('/data/accounts.json holds the visits and effective last contacts of one account', async () => {
		const json = JSON.parse(await readFile(join(siteDir, 'data/accounts.json'), 'utf8'));
		const account = json.accounts.find((a: { slug: string }) => a.slug === SLUG);
		expect(account.computed.visits).toMatchObject({ count: 2, last: '2026-11-18', overdue: false });
		// lastContact in the plan: 2026-10-12, 2026-11-10, 2026-07-20, 2026-11-05, 2026-09-30.
		expect(account.computed.contacts.map((c: { id: string; lastContact: string | null; cold: boolean }) => [c.id, c.lastContact, c.cold])).toEqual([
			['zhou-guodong', '2026-10-12', false],
			['qian-xiaohong', '2026-11-10', false],
			['wu-zhigang', '2026-11-18', false],
			['zheng-haibo', '2026-11-18', false],
			['feng-xue', '2026-09-30', false],
		]);
		// The visits' four next steps follow the plan's four actions; the one due 2026-11-15 is overdue.
		const fromVisits = account.computed.actions.filter((a: { visit?: unknown }) => a.visit !== undefined);
		expect(fromVisits.map((a: { index: number; overdue: boolean }) => [a.index, a.overdue])).toEqual([
			[4, true],
			[5, false],
			[6, false],
			[7, false],
		]);
		expect(account.computed.visitReports).toBeUndefined();
		// yuegang-property-group: its one done visit was on 2026-09-25, 58 days before the as-of date.
		expect(json.accounts.find((a: { slug: string }) => a.slug === 'yuegang-property-group').computed.visits).toMatchObject({ count: 1, last: '2026-09-25', overdue: true });
	});
});
