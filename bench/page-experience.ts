/**
 * What a reader of a large portfolio waits for, measured in Chromium on a
 * built site: each page's HTML size, its first contentful paint, its layout
 * shift (CLS), and on the paged tables (/accounts/, /whitespace/) the time
 * until a filter change and a sort show their rows (from the change event to the table's rows being replaced).
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../test/helpers/browser.ts';
import { serveStatic } from '../test/helpers/serve.ts';

export interface PageExperience {
	path: string;
	htmlBytes: number;
	/** First contentful paint (ms): the first rows of a table page. */
	firstContentMs: number;
	/** Cumulative layout shift, load and a scroll to the end (lazy charts draw). */
	cls: number;
	/** The paged tables (/accounts/, /whitespace/) only: a filter change until its rows are in the table (ms). */
	filterMs?: number;
	/** The paged tables only: a click on a column's sort button until its rows are in the table (ms). */
	sortMs?: number;
}

const htmlFile = (siteDir: string, path: string) => join(siteDir, path.split('?')[0]!, 'index.html');

/** The paged tables (filters, sort, pages over a data file) and the column each one's sort is timed on. */
const PAGED_TABLES: Record<string, string> = { '/accounts/': 'current', '/whitespace/': 'whitespace', '/resources/': 'by', '/scorecards/': 'score' };

async function timeTableChange(page: Page, act: string, sortColumn: string): Promise<number> {
	return page.evaluate(async ([act, sortColumn]) => {
		const tbody = document.querySelector('table#accounts tbody')!;
		const changed = new Promise<number>((resolve) => {
			const observer = new MutationObserver(() => {
				observer.disconnect();
				// The rows are in the DOM; wait for the frame that paints them.
				requestAnimationFrame(() => resolve(performance.now()));
			});
			observer.observe(tbody, { childList: true });
			// A table that never changes is reported as not measured, not waited for.
			setTimeout(() => {
				observer.disconnect();
				resolve(Number.NaN);
			}, 20_000);
		});
		const start = performance.now();
		if (act === 'filter') {
			// The tier filter where the table has one (the scorecards filter by department).
			const select = document.querySelector<HTMLSelectElement>('form[data-account-filters] select[name="tier"]') ?? document.querySelector<HTMLSelectElement>('form[data-account-filters] select')!;
			select.value = select.options[2]?.value ?? select.options[1]!.value;
			select.dispatchEvent(new Event('change', { bubbles: true }));
		} else {
			document.querySelector<HTMLButtonElement>(`table#accounts th[data-column="${sortColumn}"] button`)!.click();
		}
		return (await changed) - start;
	}, [act, sortColumn] as const);
}

export async function measurePageExperience(siteDir: string, paths: string[]): Promise<PageExperience[]> {
	const server = await serveStatic(siteDir);
	const browser = await launchBrowser();
	try {
		const results: PageExperience[] = [];
		for (const path of paths) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
			const page = await context.newPage();
			await page.addInitScript(() => {
				const store = window as unknown as { cls: number };
				store.cls = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) store.cls += entry.value;
				}).observe({ type: 'layout-shift', buffered: true });
			});
			await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle', timeout: 120_000 });
			const firstContentMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
			await page.evaluate(async () => {
				for (let y = 0; y < document.body.scrollHeight; y += 600) {
					window.scrollTo(0, y);
					await new Promise((resolve) => setTimeout(resolve, 50));
				}
			});
			await page.waitForTimeout(500);
			const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
			const result: PageExperience = { path, htmlBytes: (await stat(htmlFile(siteDir, path))).size, firstContentMs, cls };
			const sortColumn = PAGED_TABLES[path];
			if (sortColumn && (await page.locator('table#accounts').count()) > 0) {
				await page.evaluate(() => window.scrollTo(0, 0));
				result.filterMs = await timeTableChange(page, 'filter', sortColumn);
				result.sortMs = await timeTableChange(page, 'sort', sortColumn);
			}
			results.push(result);
			await context.close();
		}
		return results;
	} finally {
		await browser.close();
		await server.close();
	}
}

export function formatPageExperience(plans: number, results: readonly PageExperience[]): string[] {
	const ms = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(0));
	return results.map(
		(r) => `| ${plans} | \`${r.path}\` | ${(r.htmlBytes / 1024).toFixed(0)} | ${ms(r.firstContentMs)} | ${r.cls.toFixed(3)} | ${ms(r.filterMs)} | ${ms(r.sortMs)} |`,
	);
}

// `node bench/page-experience.ts <site dir> [path...]`: measure a site already built.
if (import.meta.main) {
	const [siteDir, ...paths] = process.argv.slice(2);
	if (!siteDir) throw new Error('usage: node bench/page-experience.ts <site dir> [path...]');
	const results = await measurePageExperience(siteDir, paths.length > 0 ? paths : ['/', '/accounts/', '/reviews/', '/search/']);
	console.log(['| plans | page | HTML (KB) | first content (ms) | CLS | filter (ms) | sort (ms) |', '| ---: | --- | ---: | ---: | ---: | ---: | ---: |', ...formatPageExperience(Number.NaN, results)].join('\n'));
}
