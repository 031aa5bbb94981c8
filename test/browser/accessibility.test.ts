/**
 * axe-core in real Chromium on every page type of the sample site: no WCAG
 * 2.1 A/AA violations, with the charts drawn, the disclosures open and the
 * accounts filters showing.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeViolations, runAxe } from '../helpers/axe.ts';
import { launchBrowser, skipBrowserTests } from '../helpers/browser.ts';
import { drawAllCharts } from '../helpers/page-guard.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';

const PAGES = [
	['dashboard', '/'],
	['accounts', '/accounts/'],
	['accounts, filtered', '/accounts/?tier=named&sort=current&dir=desc'],
	['plan (major, Chinese)', '/accounts/huajian-construction-group/'],
	['plan (lost)', '/accounts/guiyue-road-bridge/'],
	['plan (mass-market)', '/accounts/ludao-construction-labour/'],
	['plan (USD)', '/accounts/lintas-nusantara-construction/'],
	['owner', '/owners/li-wei/'],
	['tiers', '/tiers/'],
	['tier', '/tiers/major/'],
	['group', '/groups/huajian-construction-group/'],
	['reviews', '/reviews/'],
	['progress report', '/reports/progress/'],
	['whitespace', '/whitespace/'],
	['review pack (major, Chinese)', '/accounts/huajian-construction-group/review/'],
	['review pack (named, never held)', '/accounts/lintas-nusantara-construction/review/'],
	['plan with an org chart (English)', '/accounts/yangtze-hydropower-development/'],
	['planning cycle', '/cycle/'],
	['applications', '/applications/'],
	['plan with an application', '/accounts/hulunbuir-open-pit-mining/'],
	['visits', '/visits/'],
	['visits, filtered', '/visits/?owner=liu-yang'],
	['visit brief (major, Chinese)', '/accounts/huajian-construction-group/visit/'],
] as const;

describe.skipIf(skipBrowserTests())('accessibility (axe-core, WCAG 2.1 AA)', () => {
	let server: StaticServer;
	let browser: Browser;

	beforeAll(async () => {
		server = await serveStatic(inject('sampleSiteDir'));
		browser = await launchBrowser();
	});

	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	describe.each([
		['desktop', 1280],
		['phone', 390],
	] as const)('at %s width', (_label, width) => {
		it.each(PAGES)('%s (%s) has no violations', async (_name, path) => {
			const page = await browser.newPage({ viewport: { width, height: 900 } });
			try {
				await page.goto(server.url + path);
				await drawAllCharts(page).catch(() => 0);
				// Check the disclosed content too: chart tables, collective review members.
				await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
				await page.evaluate(() => window.scrollTo(0, 0));
				const violations = await runAxe(page);
				expect(describeViolations(violations)).toEqual([]);
			} finally {
				await page.close();
			}
		});
	});
});
