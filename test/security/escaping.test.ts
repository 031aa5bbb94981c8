import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { formatGithub } from '../../src/lib/format-diagnostics.ts';
import { readContentDir } from '../../src/node/read-content-dir.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-site.ts';
import { copySampleContent, withoutVocabularies } from '../helpers/content-fixture.ts';
import { drawAllCharts, guardedPage } from '../helpers/page-guard.ts';
import { type StaticServer, serveStatic } from '../helpers/serve.ts';

/** Payloads that would run script, break out of an attribute, a JSON string or a CSV cell if any value were not escaped. */
const SCRIPT = '</script><script>window.__pwned=1;alert(1)</script>';
const ATTRIBUTE = '"><img src=x onerror="window.__pwned=2;alert(2)">';
const TEMPLATE = "'; alert(3); //${alert(4)}{{constructor.constructor('alert(5)')()}}";
const FORMULA = '=HYPERLINK("http://evil.example","x")';
const ICS_BREAK = 'Line one;\\ with, separators';

/** A Callout title in the body that would add an event handler if the attribute were not escaped. */
const CALLOUT_TITLE = '" onmouseover="window.__pwned=3" data-x="';

const SLUG = 'pwned-industries';
const PERSON = 'mallory';

function hostilePlan(): Record<string, unknown> {
	return {
		name: `Pwned ${SCRIPT}`,
		// Major, so the progress report lists it too.
		tier: 'major',
		sponsor: PERSON,
		category: 'lost',
		owner: PERSON,
		team: ['li-wei'],
		region: ATTRIBUTE,
		industry: TEMPLATE,
		tags: ["<script>alert(7)</script>", FORMULA],
		value: { current: 1_500_000, potential: 6_000_000, wallet: 9_000_000 },
		targets: { shareOfWallet: 0.3 },
		financials: [{ year: 2025, revenue: 1_500_000, contribution: 300_000, cost: 50_000 }],
		forecast: [{ year: 2026, revenue: 2_000_000 }],
		review: { last: '2026-05-01' },
		contacts: [{ name: SCRIPT, title: ATTRIBUTE, role: 'decider', stance: 'skeptic', strength: 'weak', notes: TEMPLATE }],
		competitors: [{ name: ATTRIBUTE, share: 0.5, notes: SCRIPT }],
		// A whitespace line and a share, so the whitespace map and its data file carry the payloads.
		products: [
			{ line: 'modular-housing', current: 0, wallet: 900_000_000 },
			{ line: 'rental', current: 1_500_000, wallet: 3_000_000 },
		],
		actions: [{ title: `${FORMULA} ${ICS_BREAK} ${SCRIPT}`, owner: PERSON, due: '2026-12-05', status: 'planned' }],
		// The progress report's objectives table shows title and measure.
		objectives: [{ id: 'win-back', title: `Win back ${SCRIPT}`, measure: ATTRIBUTE, unit: 'share', baseline: 0.1, target: 0.3, current: 0.15, due: '2027-06-30' }],
		lost: { date: '2026-01-10', reason: `${SCRIPT} ${ATTRIBUTE}` },
	};
}

const BODY = `
## Customer information

Pwnedword customer. An escaped tag \\<script>alert(6)\\</script> stays text.

## Customer performance

Flat.

## Competitive assessment

Rival holds half.

<Callout type="risk" title='${CALLOUT_TITLE}'>
Rival **holds** half & more.
</Callout>

## Action plan

- Win back.
`;

describe('a planted payload in every text field', () => {
	let siteDir: string;
	let contentDir: string;
	let server: StaticServer;
	let browser: Browser;

	beforeAll(async () => {
		contentDir = await copySampleContent();
		await writeFile(join(contentDir, 'accounts', `${SLUG}.mdx`), `---\n${stringify(hostilePlan())}---\n${BODY}`);
		// Free text in region, industry and tags, so the payloads reach every page as written.
		const policyPath = join(contentDir, 'policy.yaml');
		await writeFile(policyPath, withoutVocabularies(await readFile(policyPath, 'utf8')));
		const people = parseYaml(await readFile(join(contentDir, 'people.yaml'), 'utf8')) as unknown[];
		people.push({ id: PERSON, name: `Mallory ${SCRIPT}`, title: ATTRIBUTE, region: TEMPLATE });
		await writeFile(join(contentDir, 'people.yaml'), stringify(people));
		const outcome = await buildSite({ contentDir });
		expect(outcome.code, outcome.stdout + outcome.stderr).toBe(0);
		siteDir = outcome.outDir;
		server = await serveStatic(siteDir);
		browser = await launchBrowser();
	});

	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it('passes validation: hostile text is still just text', async () => {
		const { diagnostics } = validateContent(await readContentDir(contentDir));
		expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	});

	it.each([
		'/',
		'/accounts/',
		`/accounts/${SLUG}/`,
		`/owners/${PERSON}/`,
		'/tiers/major/',
		'/reviews/',
		'/reports/progress/',
		'/whitespace/',
		// Drawn by the page's script from /data/whitespace-table.json, not by the server.
		'/whitespace/?sort=account&dir=desc',
		`/search/?q=Pwnedword`,
	])('runs no script on %s, and shows the payload as text', async (path) => {
		const guarded = await guardedPage(browser);
		try {
			await guarded.page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
			if ((await guarded.page.locator('canvas[data-chart]').count()) > 0) await drawAllCharts(guarded.page);
			if (path.startsWith('/search/')) await guarded.page.getByRole('link', { name: /Pwned/ }).first().waitFor({ timeout: 15_000 });
			// Hover every chart so tooltips render their labels too.
			for (const canvas of await guarded.page.locator('canvas[data-chart]').all()) {
				const box = await canvas.boundingBox();
				if (box) await guarded.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
			}
			expect(await guarded.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
			expect(guarded.problems.filter((p) => p.startsWith('dialog'))).toEqual([]);
			// The CSP would block an injected script anyway, so also check that none got into the DOM.
			expect(await guarded.page.locator('img[src="x"]').count()).toBe(0);
			expect(await guarded.page.evaluate(() => [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).length)).toBe(0);
			expect(await guarded.page.locator('[onerror], [onload], [onclick]').count()).toBe(0);
			const csp = await guarded.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
			expect(csp).toMatch(/script-src 'self'/);
			// Shown, as text: the account's name, script tags and all.
			await expect.poll(() => guarded.page.locator('body').innerText(), { timeout: 15_000 }).toContain(`Pwned ${SCRIPT}`);
			if (path === `/accounts/${SLUG}/`) {
				await expect.poll(() => guarded.page.getByRole('heading', { level: 1 }).textContent()).toContain(SCRIPT);
				expect(await guarded.page.title()).toContain(SCRIPT);
				expect(await guarded.page.locator('body').innerText()).toContain(`Mallory ${SCRIPT}`);
				// The body's component got its attribute as text, and no handler.
				await expect.poll(() => guarded.page.getByRole('complementary', { name: CALLOUT_TITLE }).innerText()).toContain('Rival holds half & more.');
				expect(await guarded.page.locator('[onmouseover], [data-x]').count()).toBe(0);
			}
		} finally {
			await guarded.close();
		}
	});

	it('keeps every value exact in /data/accounts.json', async () => {
		const json = JSON.parse(await readFile(join(siteDir, 'data', 'accounts.json'), 'utf8'));
		const text = JSON.stringify(json);
		expect(text).toContain(JSON.stringify(`Pwned ${SCRIPT}`).slice(1, -1));
		const raw = await readFile(join(siteDir, 'data', 'accounts.json'), 'utf8');
		// Served as a file, but safe even if someone inlines it into a page.
		expect(raw).not.toContain('</script>');
	});

	it('neutralises formulas in /data/accounts.csv', async () => {
		const csv = await readFile(join(siteDir, 'data', 'accounts.csv'), 'utf8');
		const row = csv.split('\n').find((line) => line.includes(SLUG))!;
		expect(row).toBeDefined();
		expect(row).not.toMatch(/(^|,)"?[=+\-@]HYPERLINK/);
	});

	it('escapes text in /reviews.ics so a calendar reads it back exactly', async () => {
		const ics = await readFile(join(siteDir, 'reviews.ics'), 'utf8');
		const calendar = new ICAL.Component(ICAL.parse(ics));
		const summaries = calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('summary')));
		expect(summaries.some((summary) => summary.includes(`${FORMULA} ${ICS_BREAK} ${SCRIPT}`))).toBe(true);
	});

	it('keeps the payload inert in the search index', async () => {
		const guarded = await guardedPage(browser);
		try {
			await guarded.page.goto(`${server.url}/search/?q=${encodeURIComponent('alert')}`, { waitUntil: 'networkidle' });
			// The results are in: the hostile plan is found by the word in its escaped tag, and its title shows as text.
			const result = guarded.page.getByRole('link', { name: /Pwned/ }).first();
			await result.waitFor({ timeout: 15_000 });
			expect(await result.textContent()).toContain(`Pwned ${SCRIPT}`);
			expect(await guarded.page.locator('img[src="x"]').count()).toBe(0);
			expect(await guarded.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
			expect(guarded.problems.filter((p) => p.startsWith('dialog'))).toEqual([]);
		} finally {
			await guarded.close();
		}
	});

	it('keeps a CI annotation on one line', () => {
		const annotation = formatGithub([{ file: `accounts/${SLUG}.mdx`, line: 2, field: 'name', severity: 'error', rule: 'invalid-value', message: `found \`${SCRIPT}\n::error::fake %0A\`` }]);
		expect(annotation.split('\n')).toHaveLength(1);
		expect(annotation).not.toContain('\n::error::fake');
	});
});
