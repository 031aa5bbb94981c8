/**
 * Search in real Chromium on the built sample site: English and Chinese
 * queries, facets whose counts are the engine's rollups, sorting, the address
 * as state, lazy loading of Pagefind, and a zh-CN build with a planted
 * script payload that must stay inert.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createUi } from '../../src/i18n/index.ts';
import { readContentDir } from '../../src/node/read-content-dir.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { computePortfolio } from '../../src/lib/engine/index.ts';
import type { AccountView, Portfolio } from '../../src/lib/engine/types.ts';
import { comparableAmount, facetValue, ownerLabel, SEARCH_FACETS, type SearchFacet } from '../../src/lib/search/plan-search-data.ts';
import { launchBrowser, skipBrowserTests } from '../helpers/browser.ts';
import { PROJECT_ROOT, runNode, SAMPLE_CONTENT, TEST_AS_OF } from '../helpers/build-site.ts';
import { copySampleContent, withoutVocabularies } from '../helpers/content-fixture.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';

const PAYLOAD = '</script><script>alert(1)</script>';

/** What the search page shows once it has settled; unless `all` is false, after "Show more" until every result is listed. */
async function settled(page: Page, { all = true } = {}) {
	await page.waitForSelector('[data-search-app][data-ready="true"][data-facets-ready="true"]', { timeout: 20_000 });
	while (all && (await page.isVisible('[data-show-more]'))) {
		const listed = await page.locator('[data-results] > li').count();
		await page.click('[data-show-more]');
		await page.waitForFunction((before) => document.querySelectorAll('[data-results] > li').length > before, listed);
	}
	return page.evaluate(() => {
		// Long facets list their first values only; open them all to read every count.
		for (const toggle of document.querySelectorAll<HTMLButtonElement>('button.facet-more:not([hidden])[aria-expanded="false"]')) toggle.click();
		const text = (root: ParentNode, selector: string) => root.querySelector(selector)?.textContent ?? '';
		const results = [...document.querySelectorAll('[data-results] > li')].map((li) => ({
			title: text(li, '.result-title a'),
			href: li.querySelector('.result-title a')?.getAttribute('href') ?? '',
			tier: text(li, '.result-tier'),
			owner: text(li, '.result-owner'),
			excerptHtml: li.querySelector('.result-excerpt')?.innerHTML ?? '',
			marks: [...li.querySelectorAll('.result-excerpt mark')].map((mark) => mark.textContent ?? ''),
		}));
		const facets: Record<string, Record<string, number>> = {};
		const pressed: Record<string, string> = {};
		for (const fieldset of document.querySelectorAll<HTMLElement>('[data-facet]')) {
			const counts: Record<string, number> = {};
			for (const button of fieldset.querySelectorAll<HTMLButtonElement>('button.facet-value')) {
				const label = text(button, '.facet-label');
				counts[label] = Number(text(button, '.facet-count').replace(/\D/g, ''));
				if (button.getAttribute('aria-pressed') === 'true') pressed[fieldset.dataset.facet!] = label;
			}
			facets[fieldset.dataset.facet!] = counts;
		}
		return {
			results,
			facets,
			pressed,
			status: text(document, '[data-search-status]'),
			query: (document.querySelector('#search-q') as HTMLInputElement).value,
			sort: (document.querySelector('#search-sort') as HTMLSelectElement).value,
			url: location.pathname + location.search,
		};
	});
}

/** Records any script dialog (a payload that ran), page error or CSP violation in `problems`. */
function guard(page: Page, problems: string[]) {
	page.on('dialog', (dialog) => {
		problems.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	page.on('console', (message) => {
		if (/Content.Security.Policy|Refused to/i.test(message.text())) problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
}

/** Fails the test whose pages ran a script dialog, threw or broke a CSP rule (see `guard`), and starts the next one afresh. */
function failOnProblems(problems: string[]) {
	afterEach(() => {
		expect(problems.splice(0), 'script dialogs, page errors and CSP refusals').toEqual([]);
	});
}

describe.skipIf(skipBrowserTests())('search on the sample site', () => {
	let browser: Browser;
	let server: StaticServer;
	let portfolio: Portfolio;
	const problems: string[] = [];
	const ui = createUi('en');

	beforeAll(async () => {
		const { plans, people, policy, visits } = validateContent(await readContentDir(SAMPLE_CONTENT));
		portfolio = computePortfolio({ plans, people, policy, visits, asOf: TEST_AS_OF });
		server = await serveStatic(inject('sampleSiteDir'));
		browser = await launchBrowser();
	});

	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	failOnProblems(problems);

	async function open(path: string) {
		const page = await browser.newPage();
		guard(page, problems);
		await page.goto(`${server.url}${path}`);
		return page;
	}

	const names = (accounts: readonly AccountView[]) => accounts.map((a) => a.name).sort();

	it('finds a plan by an English word, with the match highlighted', async () => {
		const page = await open('/search/');
		await page.fill('#search-q', 'tunnel');
		const shown = await settled(page);
		const qinling = shown.results.find((r) => r.title === 'Qinling Tunnel and Bridge Engineering Co.');
		expect(qinling).toBeDefined();
		expect(qinling!.href).toBe('/accounts/qinling-tunnel-bridge/');
		expect(qinling!.tier).toBe('Major');
		expect(qinling!.owner).toBe('Liu Yang');
		expect(qinling!.marks.some((mark) => /tunnel/i.test(mark))).toBe(true);
		expect(shown.status).toMatch(/plans? match/);
		expect(shown.url).toBe('/search/?q=tunnel');
		// A word only one plan uses finds that plan alone.
		await page.fill('#search-q', 'Hanzhong');
		expect((await settled(page)).results.map((r) => r.title)).toEqual(['Qinling Tunnel and Bridge Engineering Co.']);
		await page.close();
	});

	it('shows the first results before any facet data loads (facet counts follow)', async () => {
		const page = await browser.newPage();
		guard(page, problems);
		// Hold every filter chunk: the results must not wait for them.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/*.pf_filter', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(`${server.url}/search/?q=tunnel`);
		await expect(page.getByRole('link', { name: 'Qinling Tunnel and Bridge Engineering Co.' }).waitFor({ timeout: 20_000 })).resolves.toBeUndefined();
		expect(await page.getAttribute('[data-search-app]', 'data-facets-ready')).toBeNull();
		release();
		const shown = await settled(page);
		expect(Object.values(shown.facets.tier ?? {}).reduce((sum, n) => sum + n, 0)).toBe(shown.results.length);
		await page.close();
	});

	it('finds plans written in Chinese by Chinese words', async () => {
		const page = await open('/search/?q=隧道');
		const tunnel = await settled(page);
		expect(tunnel.query).toBe('隧道');
		expect(tunnel.results.map((r) => r.title)).toContain('华建建设集团有限公司');
		expect(tunnel.results.find((r) => r.title === '华建建设集团有限公司')!.marks).toContain('隧道');

		// Every account in the 华南 region mentions it in its facts, so all of them are found.
		await page.fill('#search-q', '华南');
		const south = await settled(page);
		const southChina = portfolio.accounts.filter((a) => a.frontmatter.region === '华南');
		// …and so is one written `South China`: the policy makes them one region.
		expect(portfolio.accounts.filter((a) => a.region?.id === 'south-china').length).toBeGreaterThanOrEqual(southChina.length);
		expect(southChina.length).toBeGreaterThan(0);
		expect(south.results.map((r) => r.title)).toEqual(expect.arrayContaining(southChina.map((a) => a.name)));
		await page.close();
	});

	it('finds plans by their frontmatter facts: region, industry, owner', async () => {
		const page = await open('/search/');
		for (const [query, expected] of [
			['Southwest', portfolio.accounts.filter((a) => a.frontmatter.region === 'Southwest')],
			['Tourism', portfolio.accounts.filter((a) => a.frontmatter.industry === 'Tourism')],
			['Zhou Hao', portfolio.accounts.filter((a) => a.frontmatter.owner === 'zhou-hao')],
		] as const) {
			expect(expected.length, query).toBeGreaterThan(0);
			await page.fill('#search-q', query);
			expect((await settled(page)).results.map((r) => r.title), query).toEqual(expect.arrayContaining(expected.map((a) => a.name)));
		}
		await page.close();
	});

	it("finds plans by their objectives' titles and their reviews' decisions", async () => {
		const page = await open('/search/');
		// Words that the sample has only in one plan's objective title and in another's review decision.
		for (const [query, slug] of [
			['defects', 'qinling-tunnel-bridge'],
			['Escalate', 'yangtze-hydropower-development'],
		] as const) {
			await page.fill('#search-q', query);
			expect((await settled(page)).results.map((r) => r.title), query).toEqual([portfolio.bySlug.get(slug)!.name]);
		}
		await page.close();
	});

	it("finds a plan by the notes and outcome of its visit reports (content/visits/)", async () => {
		const page = await open('/search/');
		// Words the sample has only in one plan's visit notes, and in another's visit outcome.
		for (const [query, slug] of [
			['drainage', 'qinling-tunnel-bridge'],
			['shutdown', 'yangtze-hydropower-development'],
		] as const) {
			await page.fill('#search-q', query);
			expect((await settled(page)).results.map((r) => r.title), query).toEqual([portfolio.bySlug.get(slug)!.name]);
		}
		await page.close();
	});

	it('shows facet counts equal to the engine rollups, and a facet narrows the results', async () => {
		const page = await open('/search/');
		const firstPage = await settled(page, { all: false });
		expect(firstPage.results).toHaveLength(10);
		expect(firstPage.status).toBe(`${portfolio.accounts.length} plans`);
		const all = await settled(page);
		expect(all.results).toHaveLength(portfolio.accounts.length);

		const rollupCounts = (dimension: 'tier' | 'category' | 'owner' | 'region' | 'industry' | 'quadrant', label: (key: string) => string) =>
			Object.fromEntries(portfolio.rollups[dimension].filter((r) => r.count > 0).map((r) => [label(r.key), r.count]));
		expect(all.facets.tier).toEqual(rollupCounts('tier', (key) => ui.t(`tier.${key}` as 'tier.major')));
		expect(all.facets.category).toEqual(rollupCounts('category', (key) => ui.t(`category.${key}` as 'category.key')));
		expect(all.facets.quadrant).toEqual(rollupCounts('quadrant', (key) => ui.t(`quadrant.${key}` as 'quadrant.high-current-high-potential')));
		expect(all.facets.owner).toEqual(rollupCounts('owner', (key) => ownerLabel(portfolio.people, key || undefined, ui)));
		const nameOf = (dimension: 'region' | 'industry', key: string) => portfolio.rollups[dimension].find((r) => r.key === key)?.name ?? key;
		expect(all.facets.region).toEqual(rollupCounts('region', (key) => (key ? nameOf('region', key) : ui.t('common.unknownRegion'))));
		expect(all.facets.industry).toEqual(rollupCounts('industry', (key) => (key ? nameOf('industry', key) : ui.t('common.unknownIndustry'))));
		const reviewCounts: Record<string, number> = {};
		for (const account of portfolio.accounts) {
			const label = facetValue(account, 'review', portfolio.people, ui);
			reviewCounts[label] = (reviewCounts[label] ?? 0) + 1;
		}
		expect(all.facets.review).toEqual(reviewCounts);
		// The labels above come from the code under test; these are written out by hand from
		// content/people.yaml, the plans and the English dictionary.
		const owns = (id: string) => portfolio.accounts.filter((a) => a.frontmatter.owner === id).length;
		expect(all.facets.owner).toMatchObject({ 李伟: owns('li-wei'), 'Zhou Hao': owns('zhou-hao') });
		const withStatus = (status: string) => portfolio.accounts.filter((a) => a.review.status === status).length;
		expect(all.facets.review).toEqual(
			Object.fromEntries(
				[
					['Overdue', withStatus('overdue')],
					['Due soon', withStatus('due-soon')],
					['On schedule', withStatus('ok')],
				].filter(([, count]) => count !== 0),
			),
		);
		expect(all.facets.tier).toMatchObject({ Major: portfolio.accounts.filter((a) => a.tier === 'major').length });
		// The latest review outcome, counted here from the plans' review histories.
		const outcomeCounts: Record<string, number> = {};
		for (const account of portfolio.accounts) {
			const history = [...(account.frontmatter.review?.history ?? [])].sort((a, b) => (a.date < b.date ? 1 : -1));
			const label = history[0] ? ui.t(`reviewOutcome.${history[0].outcome}`) : ui.t('reviewOutcome.none');
			outcomeCounts[label] = (outcomeCounts[label] ?? 0) + 1;
		}
		expect(all.facets.outcome).toEqual(outcomeCounts);
		expect(Object.keys(outcomeCounts).length).toBeGreaterThan(2);
		// The closed facets list their values in their natural order.
		expect(Object.keys(all.facets.tier!)).toEqual(['Major', 'Named', 'Non-named', 'Mass-market'].filter((label) => label in all.facets.tier!));

		// Choosing a tier narrows the results to exactly that tier's accounts.
		const major = portfolio.accounts.filter((a) => a.tier === 'major');
		await page.click('[data-facet="tier"] button[data-value="Major"]');
		const majors = await settled(page);
		expect(majors.results.map((r) => r.title).sort()).toEqual(names(major));
		expect(majors.results.every((r) => r.tier === 'Major')).toBe(true);
		expect(majors.pressed).toEqual({ tier: 'Major' });
		expect(majors.url).toBe('/search/?tier=Major');
		// The chosen facet still counts every tier (so another can be chosen); the others count within Major.
		expect(majors.facets.tier).toEqual(all.facets.tier);
		const majorOwners: Record<string, number> = {};
		for (const account of major) {
			const label = facetValue(account, 'owner', portfolio.people, ui);
			majorOwners[label] = (majorOwners[label] ?? 0) + 1;
		}
		expect(majors.facets.owner).toEqual(majorOwners);
		await page.close();
	});

	it('lists the first values of a long facet and the rest on demand', async () => {
		const industries = portfolio.rollups.industry.filter((r) => r.count > 0);
		expect(industries.length).toBeGreaterThan(8);
		const page = await open('/search/');
		await page.waitForSelector('[data-search-app][data-facets-ready="true"]');
		const industry = page.locator('[data-facet="industry"]');
		expect(await industry.locator('button.facet-value').count()).toBe(8);
		const toggle = industry.locator('button.facet-more');
		expect(await toggle.textContent()).toBe(`Show all ${industries.length}`);
		await toggle.click();
		expect(await industry.locator('button.facet-value').count()).toBe(industries.length);
		expect(await toggle.getAttribute('aria-expanded')).toBe('true');
		// Closed facets (tier, category, quadrant, review status) always list every value.
		expect(await page.locator('[data-facet="tier"] button.facet-more').isHidden()).toBe(true);
		await page.close();
	});

	it('combines facets with each other and with a query ("every lost account in 华南")', async () => {
		const expected = portfolio.accounts.filter((a) => a.category === 'lost' && a.region?.id === 'south-china');
		expect(expected.length).toBeGreaterThan(0);
		const page = await open(`/search/?category=${encodeURIComponent('Lost')}&region=${encodeURIComponent('South China')}`);
		const shown = await settled(page);
		expect(shown.pressed).toEqual({ category: 'Lost', region: 'South China' });
		expect(shown.results.map((r) => r.title).sort()).toEqual(names(expected));

		await page.fill('#search-q', 'tunnel');
		await page.selectOption('#search-sort', 'relevance');
		const withQuery = await settled(page);
		const tunnelOnly = await open('/search/?q=tunnel');
		const tunnelAll = await settled(tunnelOnly);
		const lostSouth = new Set(expected.map((a) => a.name));
		expect(withQuery.results.map((r) => r.title).sort()).toEqual(tunnelAll.results.map((r) => r.title).filter((title) => lostSouth.has(title)).sort());
		await tunnelOnly.close();
		await page.close();
	});

	it('sorts by current value, potential value and next review date, and no plan drops out', async () => {
		const byName = new Map(portfolio.accounts.map((a) => [a.name, a]));
		const policy = portfolio.policy;
		const checks: [string, (a: AccountView) => number | string, 'desc' | 'asc'][] = [
			['current', (a) => comparableAmount(a.frontmatter.value.current, a.currency, policy), 'desc'],
			['potential', (a) => comparableAmount(a.frontmatter.value.potential, a.currency, policy), 'desc'],
			['review', (a) => a.review.due, 'asc'],
		];
		for (const [sort, key, direction] of checks) {
			const page = await open(`/search/?sort=${sort}`);
			const shown = await settled(page);
			expect(shown.sort).toBe(sort);
			expect(shown.results.map((r) => r.title).sort()).toEqual(names(portfolio.accounts));
			const values = shown.results.map((r) => key(byName.get(r.title)!));
			const ordered = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
			expect(values, `sorted by ${sort}`).toEqual(direction === 'asc' ? ordered : ordered.reverse());
			await page.close();
		}
		// A sort applies to a query's results too, and the choice survives in the address.
		const page = await open('/search/?q=tunnel');
		await settled(page);
		await page.selectOption('#search-sort', 'current');
		const sorted = await settled(page);
		expect(sorted.url).toBe('/search/?q=tunnel&sort=current');
		const values = sorted.results.map((r) => byName.get(r.title)!.frontmatter.value.current);
		expect(values).toEqual([...values].sort((a, b) => b - a));
		await page.close();
	});

	it('restores the query, facets and sort from the address', async () => {
		const page = await open('/search/?q=tunnel&tier=Major&sort=potential');
		const shown = await settled(page);
		expect(shown.query).toBe('tunnel');
		expect(shown.sort).toBe('potential');
		expect(shown.pressed).toEqual({ tier: 'Major' });
		expect(shown.results.length).toBeGreaterThan(0);
		expect(shown.results.every((r) => r.tier === 'Major')).toBe(true);
		await page.click('[data-clear-filters]');
		expect((await settled(page)).url).toBe('/search/?q=tunnel&sort=potential');
		await page.close();
	});

	it('says so when nothing matches', async () => {
		const page = await open('/search/');
		await settled(page);
		await page.fill('#search-q', 'xylophonequartz');
		const shown = await settled(page);
		expect(shown.results).toHaveLength(0);
		expect(shown.status).toBe('No plan matches “xylophonequartz”.');
		expect(await page.isVisible('[data-search-hint]')).toBe(true);
		await page.close();
	});

	it('loads the search code only when the header box gets focus', async () => {
		const page = await browser.newPage();
		guard(page, problems);
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await page.goto(`${server.url}/accounts/qinling-tunnel-bridge/`, { waitUntil: 'networkidle' });
		expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
		await page.focus('#site-search-q');
		await page.waitForResponse((response) => response.url().endsWith('/pagefind/pagefind.js'));
		await page.keyboard.type('Hanzhong');
		const quick = page.locator('#site-search-results li a');
		await quick.first().waitFor();
		expect(await quick.first().getAttribute('href')).toBe('/accounts/qinling-tunnel-bridge/');
		expect(requested.some((path) => path.endsWith('.pf_meta'))).toBe(true);
		// Enter goes to the search page with the query.
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/search\/\?q=Hanzhong$/);
		expect((await settled(page)).results.map((r) => r.title)).toEqual(['Qinling Tunnel and Bridge Engineering Co.']);
		await page.close();
	});

	it('explains without JavaScript that search needs it, and links to the accounts table', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${server.url}/search/`);
		expect(await page.isVisible('[data-search-app]')).toBe(false);
		const noscript = page.locator('.search-noscript');
		expect(await noscript.textContent()).toMatch(/needs JavaScript/);
		expect(await noscript.locator('a').getAttribute('href')).toBe('/accounts/');
		await context.close();
	});
});

describe.skipIf(skipBrowserTests())('search in a zh-CN portal with hostile content', () => {
	let browser: Browser;
	let server: StaticServer;
	const problems: string[] = [];
	const zh = createUi('zh-CN');
	let planCount = 0;
	let workDir: string | undefined;

	beforeAll(async () => {
		const content = await copySampleContent();
		const policyFile = join(content, 'policy.yaml');
		// Free text in region and industry (no vocabularies), so the payloads reach the index as written.
		await writeFile(policyFile, withoutVocabularies((await readFile(policyFile, 'utf8')).replace(/^locale: en$/m, 'locale: zh-CN')));
		// A payload in the name, region, industry, a contact and the body of one plan.
		const planFile = join(content, 'accounts/north-china/jizhong-farm-cooperative.mdx');
		let plan = await readFile(planFile, 'utf8');
		const quoted = JSON.stringify(PAYLOAD);
		plan = plan
			.replace(/^name: .*$/m, `name: ${JSON.stringify(`冀中合作社 ${PAYLOAD}`)}`)
			.replace(/^region: .*$/m, `region: ${quoted}`)
			.replace(/^industry: .*$/m, `industry: ${JSON.stringify(`农业, 畜牧: ${PAYLOAD}`)}`)
			.concat(`\nPayload probe xylophonequartz &lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; end.\n`);
		await writeFile(planFile, plan);
		planCount = validateContent(await readContentDir(content)).plans.length;
		// Built from a working directory of its own inside the project: Astro puts the prerender bundle of an
		// outDir outside the working directory in <cwd>/.astro/.prerender, shared by every build started from
		// the project root, so parallel builds would break each other.
		workDir = await mkdtemp(join(PROJECT_ROOT, '.kam-build-search-test-'));
		const outDir = join(workDir, 'dist');
		const outcome = await runNode(
			[join(PROJECT_ROOT, 'src/build/build.ts'), '--out', outDir],
			{ KAM_CONTENT: content, KAM_AS_OF: TEST_AS_OF, KAM_CACHE_DIR: join(workDir, '.astro-cache') },
			workDir,
		);
		if (outcome.code !== 0) throw new Error(`zh-CN build failed:\n${outcome.stdout}\n${outcome.stderr}`);
		server = await serveStatic(outDir);
		browser = await launchBrowser();
	});

	afterAll(async () => {
		await browser?.close();
		await server?.close();
		if (workDir) await rm(workDir, { recursive: true, force: true });
	});

	failOnProblems(problems);

	it('shows the search UI in Chinese and finds Chinese and English words', async () => {
		const page = await browser.newPage();
		guard(page, problems);
		await page.goto(`${server.url}/search/`);
		const all = await settled(page);
		expect(await page.textContent('h1')).toBe('搜索客户规划');
		expect(await page.textContent('label[for="search-sort"]')).toBe('排序');
		expect(await page.locator('#search-sort option').allTextContents()).toEqual(['最佳匹配', '当前价值从高到低', '潜在价值从高到低', '下次评审从近到远']);
		expect(await page.textContent('[data-facet="tier"] legend')).toBe(zh.t('col.tier'));
		expect(await page.textContent('[data-facet="review"] legend')).toBe('评审状态');
		expect(Object.keys(all.facets.tier!)).toEqual(['重要客户', '命名客户', '非命名客户', '大众客户'].filter((label) => label in all.facets.tier!));
		expect(all.status).toBe(`共 ${planCount} 个客户`);
		expect(all.results).toHaveLength(planCount);

		await page.fill('#search-q', '隧道');
		expect((await settled(page)).results.map((r) => r.title)).toContain('华建建设集团有限公司');
		await page.fill('#search-q', 'tunnel');
		const english = await settled(page);
		expect(english.results.map((r) => r.title)).toContain('Qinling Tunnel and Bridge Engineering Co.');
		expect(english.status).toMatch(/^“tunnel”：找到 \d+ 个客户$/);
		await page.fill('#search-q', 'zqxjvwkq');
		expect((await settled(page)).status).toBe('没有与“zqxjvwkq”匹配的客户规划。');
		await page.close();
	});

	it('keeps a planted script payload inert in results, excerpts and facets', async () => {
		const page = await browser.newPage();
		guard(page, problems);
		await page.goto(`${server.url}/search/?q=xylophonequartz`);
		const shown = await settled(page);
		expect(shown.results).toHaveLength(1);
		const [result] = shown.results;
		expect(result!.title).toBe(`冀中合作社 ${PAYLOAD}`);
		// The excerpt holds the payload as text: escaped in the DOM, no element made from it.
		expect(result!.excerptHtml).toContain('&lt;/script&gt;&lt;img src=x onerror=alert(2');
		expect(result!.excerptHtml).not.toMatch(/<(?!\/?mark>)/);
		expect(await page.locator('[data-results] img, [data-results] script, [data-facets] script').count()).toBe(0);
		// Facet values from content are text as well.
		await page.fill('#search-q', '');
		const all = await settled(page);
		expect(all.facets.region).toHaveProperty([PAYLOAD], 1);
		expect(all.facets.industry).toHaveProperty([`农业, 畜牧: ${PAYLOAD}`], 1);
		await page.click(`[data-facet="industry"] button[data-value=${JSON.stringify(`农业, 畜牧: ${PAYLOAD}`)}]`);
		const filtered = await settled(page);
		expect(filtered.results.map((r) => r.title)).toEqual([`冀中合作社 ${PAYLOAD}`]);
		// The header's quick results show the name as text too.
		await page.goto(`${server.url}/accounts/qinling-tunnel-bridge/`);
		await page.focus('#site-search-q');
		await page.keyboard.type('xylophonequartz');
		const quick = page.locator('#site-search-results .quick-title');
		await quick.first().waitFor();
		expect(await quick.first().textContent()).toBe(`冀中合作社 ${PAYLOAD}`);
		await page.close();
	});
});

/** Every facet the page offers is one the tests above check. */
it('covers every facet', () => {
	expect([...SEARCH_FACETS].sort()).toEqual(['category', 'industry', 'outcome', 'owner', 'quadrant', 'region', 'review', 'tier'] satisfies SearchFacet[]);
});
