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
import { SAMPLE_CONTENT, TEST_AS_OF } from '../helpers/build-site.ts';

/** The built site's exports are the engine's output for the sample content: the Astro adapter adds and loses nothing. */
describe('exports in the built site', async () => {
	const siteDir = inject('sampleSiteDir');
	const { plans, people, policy } = validateContent(await readContentDir(SAMPLE_CONTENT));
	const portfolio = computePortfolio({ plans, people, policy, asOf: TEST_AS_OF });

	it('/data/accounts.json', async () => {
		expect(await readFile(join(siteDir, 'data/accounts.json'), 'utf8')).toBe(buildAccountsJson(portfolio));
	});

	it('/data/accounts.csv', async () => {
		expect(await readFile(join(siteDir, 'data/accounts.csv'), 'utf8')).toBe(buildAccountsCsv(portfolio));
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
});
