/**
 * Bytes transferred by the first search query on a built site (issue 7 sets
 * 250 KB for 10,000 plans). A fresh browser runs two first queries:
 *
 * - search page: /search/?q=<query> opened cold. Until the results show:
 *   Pagefind's JS and WebAssembly, its metadata (page list and sort orders),
 *   the word-index chunks of the query and the fragments of the first 10
 *   results. The facet counts come next: every filter chunk.
 * - header box: a plan page is open (its own files are not counted); the box
 *   is focused and the query typed. Pagefind, the index chunks and the
 *   fragments of the first 5 results (no filter chunks).
 *
 * Counted: every response under /pagefind/ plus the page's own search
 * scripts. "served" is the bytes as a static host without compression sends
 * them (the test server); "gzip" is what a host that gzips text sends:
 * JS and JSON gzipped, Pagefind's index files as they are (already gzipped).
 *
 * usage: node bench/search-weight.ts <siteDir> [query...]
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { launchBrowser } from '../test/helpers/browser.ts';
import { serveStatic } from '../test/helpers/serve.ts';

export interface TransferredFile {
	path: string;
	served: number;
	gzip: number;
}

export interface SearchWeight {
	flow: 'search page: results' | 'search page: results + facet counts' | 'header box';
	query: string;
	results: number;
	files: TransferredFile[];
	served: number;
	gzip: number;
	/** The same totals split by kind of file. */
	byKind: Record<string, { count: number; served: number; gzip: number }>;
}

const KIND_OF: [RegExp, string][] = [
	[/\/pagefind\/pagefind(-worker)?\.js$/, 'pagefind js'],
	[/\/pagefind\/wasm\.[^/]+\.pagefind$/, 'wasm'],
	[/\/pagefind\/pagefind-entry\.json$/, 'entry'],
	[/\.pf_meta$/, 'meta'],
	[/\.pf_index$/, 'index chunks'],
	[/\.pf_filter$/, 'filter chunks'],
	[/\.pf_fragment$/, 'fragments'],
	[/\/_astro\/.*\.js$/, 'page search scripts'],
];

function kindOf(path: string): string {
	return KIND_OF.find(([pattern]) => pattern.test(path))?.[1] ?? 'other';
}

/** Records the responses a page receives from now on. */
function recorder(page: Page, counted: (path: string) => boolean) {
	const pending: Promise<TransferredFile | undefined>[] = [];
	const listener = (response: Response) => {
		const path = new URL(response.url()).pathname;
		if (!counted(path)) return;
		pending.push(
			response.body().then(
				(body) => {
					const type = response.headers()['content-type'] ?? '';
					const text = /javascript|json|text\//.test(type);
					return { path, served: body.length, gzip: text ? gzipSync(body, { level: 9 }).length : body.length };
				},
				() => undefined,
			),
		);
	};
	page.on('response', listener);
	return {
		/** How many responses have arrived so far. */
		mark: () => pending.length,
		async stop() {
			page.off('response', listener);
			return Promise.all(pending);
		},
	};
}

const received = (files: (TransferredFile | undefined)[]) => files.filter((file): file is TransferredFile => file !== undefined);

function summarise(flow: SearchWeight['flow'], query: string, results: number, files: TransferredFile[]): SearchWeight {
	const byKind: SearchWeight['byKind'] = {};
	for (const file of files) {
		const kind = (byKind[kindOf(file.path)] ??= { count: 0, served: 0, gzip: 0 });
		kind.count++;
		kind.served += file.served;
		kind.gzip += file.gzip;
	}
	return {
		flow,
		query,
		results,
		files,
		served: files.reduce((sum, file) => sum + file.served, 0),
		gzip: files.reduce((sum, file) => sum + file.gzip, 0),
		byKind,
	};
}

export async function measureSearchWeight(siteDir: string, queries: readonly string[]): Promise<SearchWeight[]> {
	const server = await serveStatic(siteDir);
	const browser = await launchBrowser();
	const weights: SearchWeight[] = [];
	try {
		for (const query of queries) {
			// The search page, opened cold with the query in its address.
			{
				const context = await browser.newContext();
				const page = await context.newPage();
				const record = recorder(page, (path) => path.startsWith('/pagefind/') || /\/_astro\/(search|pagefind)[^/]*\.js$/.test(path));
				// Filter chunks are held back until the results show, so the cut between
				// "results" and "facet counts" is exact (and results that needed them would time out).
				let releaseFilters = () => {};
				const filtersReleased = new Promise<void>((resolve) => (releaseFilters = resolve));
				await page.route('**/*.pf_filter', async (route) => {
					await filtersReleased;
					await route.continue();
				});
				await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
				// Ready means the first results are drawn, their fragments loaded.
				await page.waitForSelector('[data-search-app][data-ready="true"]', { timeout: 120_000 });
				const untilResults = record.mark();
				releaseFilters();
				const results = Number(await page.getAttribute('[data-search-app]', 'data-result-count'));
				await page.waitForSelector('[data-search-app][data-facets-ready="true"]', { timeout: 120_000 });
				await page.waitForLoadState('networkidle');
				const files = await record.stop();
				weights.push(summarise('search page: results', query, results, received(files.slice(0, untilResults))));
				weights.push(summarise('search page: results + facet counts', query, results, received(files)));
				await context.close();
			}
			// The header box on a plan page: only what focusing and typing bring in.
			{
				const context = await browser.newContext();
				const page = await context.newPage();
				const plan = await firstPlanPath(siteDir);
				await page.goto(`${server.url}${plan}`, { waitUntil: 'networkidle' });
				const record = recorder(page, () => true);
				await page.focus('#site-search-q');
				await page.keyboard.type(query);
				await page.waitForSelector('#site-search-results:not([hidden])', { timeout: 120_000 });
				await page.waitForLoadState('networkidle');
				const results = await page.locator('#site-search-results li').count();
				weights.push(summarise('header box', query, results, received(await record.stop())));
				await context.close();
			}
		}
		return weights;
	} finally {
		await browser.close();
		await server.close();
	}
}

async function firstPlanPath(siteDir: string): Promise<string> {
	const { readdir } = await import('node:fs/promises');
	const slugs = (await readdir(`${siteDir}/accounts`, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
	slugs.sort();
	if (!slugs[0]) throw new Error(`${siteDir} has no plan pages`);
	return `/accounts/${slugs[0]}/`;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function formatSearchWeights(weights: readonly SearchWeight[]): string {
	const lines = ['| Flow | Query | Results | Requests | Served | gzip | Largest parts (gzip) |', '|---|---|---:|---:|---:|---:|---|'];
	for (const weight of weights) {
		const parts = Object.entries(weight.byKind)
			.sort((a, b) => b[1].gzip - a[1].gzip)
			.map(([kind, { count, gzip }]) => `${kind} ${count > 1 ? `×${count} ` : ''}${kb(gzip)}`)
			.join(', ');
		lines.push(`| ${weight.flow} | ${weight.query} | ${weight.results} | ${weight.files.length} | ${kb(weight.served)} | ${kb(weight.gzip)} | ${parts} |`);
	}
	return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [siteDir, ...queries] = process.argv.slice(2);
	if (!siteDir) {
		console.error('usage: node bench/search-weight.ts <siteDir> [query...]');
		process.exit(2);
	}
	const weights = await measureSearchWeight(siteDir, queries.length > 0 ? queries : ['tunnel', '隧道']);
	console.log(formatSearchWeights(weights));
}
