/**
 * Chart code ships only where a chart is drawn: pages without a chart reach no
 * chart module (statically or lazily), and on chart pages Chart.js itself is
 * only a dynamic import of the small loader. Logs the gzipped JavaScript of
 * each page type for the record.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';

/** Text that only the chart modules contain: the loader's selector and the draw module's plugin ids. */
const CHART_MARKERS = ['canvas[data-chart]', 'kamQuadrants', 'kamPyramidLabels'];

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

interface Reach {
	/** Scripts run on load: the page's `<script src>` and what they import statically. */
	eager: Set<string>;
	/** Scripts fetched later by a dynamic `import()`, and what they import. */
	lazy: Set<string>;
}

describe('chart code', () => {
	const site = inject('sampleSiteDir');
	const code = new Map<string, string>();

	async function source(path: string): Promise<string> {
		if (!code.has(path)) code.set(path, await readFile(join(site, path), 'utf8'));
		return code.get(path)!;
	}

	/** Site paths a module imports, statically and dynamically. */
	async function importsOf(path: string): Promise<{ static: string[]; dynamic: string[] }> {
		const text = await source(path);
		const resolve = (spec: string) => new URL(spec, `http://site${path}`).pathname;
		const statics = [...text.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.{1,2}\/[^"'`]+|\/[^"'`]+)["'`]/g)].map((m) => resolve(m[1]!));
		const dynamics = [...text.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+|\/[^"'`]+)["'`]\s*\)/g)].map((m) => resolve(m[1]!));
		return { static: statics, dynamic: dynamics };
	}

	async function reach(html: string): Promise<Reach> {
		const roots = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!).filter((src) => src.startsWith('/'));
		const eager = new Set<string>();
		const lazy = new Set<string>();
		const walk = async (path: string, into: Set<string>) => {
			if (eager.has(path) || into.has(path)) return;
			into.add(path);
			const { static: statics, dynamic } = await importsOf(path);
			for (const next of statics) await walk(next, into);
			for (const next of dynamic) await walk(next, lazy);
		};
		for (const root of roots) await walk(root, eager);
		for (const path of eager) lazy.delete(path);
		return { eager, lazy };
	}

	const isChartCode = async (path: string) => {
		const text = await source(path);
		return CHART_MARKERS.some((marker) => text.includes(marker));
	};
	const gzipped = async (paths: Iterable<string>) => {
		let total = 0;
		for (const path of paths) total += gzipSync(await source(path), { level: 9 }).byteLength;
		return total;
	};

	const pages = new Map<string, { html: string; reach: Reach }>();

	beforeAll(async () => {
		for (const file of await htmlFiles(site)) {
			const html = await readFile(file, 'utf8');
			pages.set(`/${relative(site, file).replace(/index\.html$/, '')}`, { html, reach: await reach(html) });
		}
	});

	it('pages without a chart reach no chart code, not even lazily', async () => {
		const withoutCharts = [...pages].filter(([, page]) => !page.html.includes('data-chart='));
		expect(withoutCharts.map(([path]) => path)).toEqual(expect.arrayContaining(['/accounts/', '/owners/li-wei/', '/tiers/', '/tiers/major/', '/reviews/', '/reports/progress/']));
		for (const [path, page] of withoutCharts) {
			for (const script of [...page.reach.eager, ...page.reach.lazy]) expect(await isChartCode(script), `${path} reaches ${script}`).toBe(false);
		}
	});

	it('chart pages load a small loader at once and Chart.js only on demand', async () => {
		const withCharts = [...pages].filter(([, page]) => page.html.includes('data-chart='));
		expect(withCharts.map(([path]) => path)).toEqual(expect.arrayContaining(['/', '/accounts/huajian-construction-group/']));
		for (const [path, page] of withCharts) {
			const eagerChart = [];
			for (const script of page.reach.eager) if (await isChartCode(script)) eagerChart.push(script);
			// Only the loader runs on load; the draw module (with Chart.js) is a dynamic import.
			expect(eagerChart, path).toHaveLength(1);
			expect(await source(eagerChart[0]!), path).not.toContain('kamQuadrants');
			const lazyChart = [];
			for (const script of page.reach.lazy) if (await isChartCode(script)) lazyChart.push(script);
			expect(lazyChart.length, path).toBeGreaterThan(0);
			expect(await gzipped(eagerChart), path).toBeLessThan(2_000);
		}
	});

	it('registers only the controllers it draws with, never chart.js/auto', async () => {
		const all = new Set([...pages.values()].flatMap((page) => [...page.reach.eager, ...page.reach.lazy]));
		const chartModules = [];
		for (const path of all) if (await isChartCode(path)) chartModules.push(path);
		const text = (await Promise.all(chartModules.map(source))).join('\n');
		const has = (id: string) => new RegExp(`static id\\s*=\\s*["'\`]${id}["'\`]`).test(text);
		for (const used of ['bar', 'scatter', 'category', 'linear', 'logarithmic']) expect(has(used), used).toBe(true);
		// Controllers and elements of chart.js/auto that the portal does not use (the profit line is drawn by a plugin).
		for (const unused of ['line', 'doughnut', 'pie', 'polarArea', 'radar', 'bubble', 'arc']) expect(has(unused), unused).toBe(false);
	});

	it('reports the JavaScript each page type ships (gzip)', async () => {
		const rows: string[] = [];
		for (const path of ['/', '/accounts/', '/accounts/huajian-construction-group/', '/owners/li-wei/', '/tiers/major/', '/reviews/', '/reports/progress/']) {
			const page = pages.get(path);
			if (!page) continue;
			const eager = await gzipped(page.reach.eager);
			const lazy = await gzipped(page.reach.lazy);
			rows.push(`${path.padEnd(40)} on load ${String(eager).padStart(6)} B gz, on demand ${String(lazy).padStart(6)} B gz`);
		}
		console.log(`JavaScript per page type:\n${rows.join('\n')}`);
		expect(rows.length).toBeGreaterThan(0);
	});
});
