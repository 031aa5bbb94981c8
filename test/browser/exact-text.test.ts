/**
 * Every place that shows an excerpt of a plan's text shows every character the
 * writer typed. One planted string (`<`, `>`, `&`, quotes, backslashes, CJK
 * punctuation, emoji: test/helpers/planted-text.ts) is written into a plan of a
 * copy of the sample content, in its customer information part and in its
 * name, and looked for in the built HTML (plan page, review pack), in the real
 * Pagefind index through the search page and the header's quick results in
 * Chromium (excerpts and result cards), and on the live preview's problem page.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, skipBrowserTests } from '../helpers/browser.ts';
import { PROJECT_ROOT, runNode, TEST_AS_OF } from '../helpers/build-site.ts';
import { copySampleContent } from '../helpers/content-fixture.ts';
import { type DevServer, startDevServer } from '../helpers/dev-server.ts';
import { type GuardedPage, guardedPage } from '../helpers/page-guard.ts';
import { PLANTED_TEXT, PLANTED_WORD } from '../helpers/planted-text.ts';
import { siteSession } from '../helpers/site-session.ts';

const PLAN = 'accounts/east-china/huajian-construction-group.mdx';
const SLUG = 'huajian-construction-group';
const ENGLISH_PLAN = 'accounts/tianshan-mining-services.mdx';
/** As written in the plan, and as shown: a code span keeps `&lt;` as typed. */
const CODE_SPAN_SOURCE = 'Qxcodespan: write `a &lt; b` for 1 < 2 & "x".';
const CODE_SPAN_SHOWN = 'Qxcodespan: write a &lt; b for 1 < 2 & "x".';
/** The plan's name, planted too: result cards and quick results show it. */
const PLANTED_NAME = `华建建设集团 ${PLANTED_TEXT.replace(PLANTED_WORD, 'Qwvname')}`;

/** A copy of the sample content with the planted text in the plan's customer information part and name. */
async function plantedContent(): Promise<string> {
	const content = await copySampleContent();
	const file = join(content, PLAN);
	const text = await readFile(file, 'utf8');
	const planted = text.replace(/^name: .*$/m, `name: ${JSON.stringify(PLANTED_NAME)}`).replace('## 客户信息\n\n', `## 客户信息\n\n${PLANTED_TEXT}\n\n`);
	expect(planted).toContain(PLANTED_TEXT);
	await writeFile(file, planted);
	// An English plan (Pagefind joins its words with spaces) whose text holds a literal `&lt;` in a code span, beside a real `<`.
	const english = join(content, ENGLISH_PLAN);
	await writeFile(english, (await readFile(english, 'utf8')).replace('## Customer information\n\n', `## Customer information\n\n${CODE_SPAN_SOURCE}\n\n`));
	return content;
}

/** The text of an HTML file with its tags dropped and its character references decoded, independently of the portal's code. */
function htmlText(html: string): string {
	const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
	return html
		.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) =>
			name.startsWith('#x') || name.startsWith('#X') ? String.fromCodePoint(Number.parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (named[name] ?? entity),
		)
		.replace(/\s+/g, ' ');
}

describe.skipIf(skipBrowserTests())('a plan’s text, shown exactly as written', () => {
	let content: string;
	let workDir: string;
	let outDir: string;

	beforeAll(async () => {
		content = await plantedContent();
		// A working directory of its own, as the search tests' builds (Astro's prerender bundle goes under the cwd).
		workDir = await mkdtemp(join(PROJECT_ROOT, '.kam-build-exact-text-'));
		outDir = join(workDir, 'dist');
		const outcome = await runNode([join(PROJECT_ROOT, 'src/build/build.ts'), '--out', outDir], { KAM_CONTENT: content, KAM_AS_OF: TEST_AS_OF, KAM_CACHE_DIR: join(workDir, '.astro-cache') }, workDir);
		expect(outcome.code, outcome.stdout + outcome.stderr).toBe(0);
	});

	afterAll(async () => {
		if (workDir) await rm(workDir, { recursive: true, force: true });
		if (content) await rm(content, { recursive: true, force: true });
	});

	it('in the built HTML of the plan page and of the review pack', async () => {
		expect(htmlText(await readFile(join(outDir, 'accounts/tianshan-mining-services/index.html'), 'utf8'))).toContain(CODE_SPAN_SHOWN);
		for (const page of [`accounts/${SLUG}/index.html`, `accounts/${SLUG}/review/index.html`]) {
			const text = htmlText(await readFile(join(outDir, page), 'utf8'));
			expect(text, page).toContain(PLANTED_TEXT);
			expect(text, page).toContain(PLANTED_NAME);
		}
	});

	describe('in Chromium', () => {
		const site = siteSession(() => outDir);

		it('in the review pack’s customer excerpt', async () => {
			const { page, problems } = await site.open(`/accounts/${SLUG}/review/`);
			expect(await page.locator('main').innerText()).toContain(PLANTED_TEXT);
			expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(PLANTED_NAME);
			expect(problems).toEqual([]);
		});

		/** The search page's results for a query: each card's title, facts and excerpt, as text. */
		async function results(page: Page, query: string) {
			await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
			await page.waitForSelector('[data-search-app][data-ready="true"]', { timeout: 20_000 });
			await page.waitForFunction(() => document.querySelectorAll('[data-results] > li .result-excerpt').length > 0, undefined, { timeout: 20_000 });
			return page.evaluate(() =>
				[...document.querySelectorAll('[data-results] > li')].map((li) => ({
					title: li.querySelector('.result-title')?.textContent ?? '',
					excerpt: li.querySelector('.result-excerpt')?.textContent ?? '',
				})),
			);
		}

		it('in the search page’s result card and excerpts from the real Pagefind index', async () => {
			const { page, problems } = await site.open('/search/');
			// The excerpt is a window of about 30 words around the match: the start of the planted text, then its end.
			const start = await results(page, PLANTED_WORD);
			expect(start).toHaveLength(1);
			expect(start[0]!.title).toBe(PLANTED_NAME);
			const head = start[0]!.excerpt.slice(start[0]!.excerpt.indexOf(PLANTED_WORD));
			expect(head.length).toBeGreaterThan(20);
			expect(PLANTED_TEXT.startsWith(head.replace(/…$/, ''))).toBe(true);
			expect(head).toContain('总经理拍板（>500万） a < b && R&');

			const end = await results(page, 'temp');
			const planted = end.find((result) => result.title === PLANTED_NAME);
			expect(planted).toBeDefined();
			// Pagefind joins the page's blocks with ". ", which the planted text does not contain.
			const tail = planted!.excerpt.split('. ').find((block) => block.includes('temp'))!.replace(/…$/, '');
			expect(PLANTED_TEXT).toContain(tail);
			expect(tail).toContain(`"双引号" 'single' C:\\temp\\x 「引号」《书名》——…！😀`);
			expect(problems.filter((problem) => !problem.includes('Unknown Pagefind option'))).toEqual([]);
		});

		it('in an English excerpt holding a literal `&lt;` (a code span) beside a real `<`', async () => {
			const { page } = await site.open('/search/');
			const found = await results(page, 'Qxcodespan');
			expect(found).toHaveLength(1);
			// The window of about 30 words (Pagefind counts punctuation as words) may end inside the sentence.
			const tail = found[0]!.excerpt.slice(found[0]!.excerpt.indexOf('Qxcodespan'));
			expect(tail).toContain('write a &lt; b for 1 < 2 &');
			expect(CODE_SPAN_SHOWN.startsWith(tail)).toBe(true);
		});

		it('in the header’s quick results', async () => {
			const { page } = await site.open('/');
			const box = page.getByRole('searchbox').first();
			await box.fill('Qwvname');
			const link = page.locator('.quick-results a').filter({ hasText: 'Qwvname' }).first();
			await link.waitFor({ timeout: 20_000 });
			expect(await link.locator('.quick-title').textContent()).toBe(PLANTED_NAME);
		});
	});
});

describe.skipIf(skipBrowserTests())('a plan’s text on the live preview’s problem page, exactly as written', () => {
	let content: string;
	let server: DevServer;
	let guarded: GuardedPage | undefined;

	beforeAll(async () => {
		content = await plantedContent();
		// An industry the policy does not list: the error quotes the value found.
		const file = join(content, PLAN);
		await writeFile(file, (await readFile(file, 'utf8')).replace(/^industry: .*$/m, `industry: ${JSON.stringify(PLANTED_TEXT)}`));
		server = await startDevServer(content);
	});

	afterAll(async () => {
		await guarded?.close().catch(() => {});
		await server?.stop();
		if (content) await rm(content, { recursive: true, force: true });
	});

	it('quotes the value in the error shown at the plan’s address', async () => {
		const browser = await launchBrowser();
		try {
			guarded = await guardedPage(browser);
			await guarded.page.goto(`${server.url}/accounts/${SLUG}/`);
			const problem = guarded.page.locator('pre.problem-text');
			await problem.first().waitFor({ timeout: 60_000 });
			const text = await problem.first().textContent();
			expect(text).toContain(`unknown industry \`${PLANTED_TEXT}\``);
		} finally {
			await guarded?.close().catch(() => {});
			guarded = undefined;
			await browser.close();
		}
	});
});
