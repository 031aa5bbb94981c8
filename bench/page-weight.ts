/** JS weight of pages as a browser loads them (charts drawn, lazy chunks included), gzip-measured. */
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../test/helpers/browser.ts';
import { serveStatic } from '../test/helpers/serve.ts';

export interface PageWeight {
	path: string;
	scripts: number;
	jsGzipBytes: number;
	chartCode: boolean;
}

export async function measurePageWeights(siteDir: string, paths: string[]): Promise<PageWeight[]> {
	const server = await serveStatic(siteDir);
	const browser = await launchBrowser();
	try {
		const weights: PageWeight[] = [];
		for (const path of paths) {
			const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
			const bodies: Promise<{ url: string; gzip: number; chart: boolean }>[] = [];
			page.on('response', (response) => {
				const type = response.headers()['content-type'] ?? '';
				if (!type.includes('javascript')) return;
				bodies.push(
					response.body().then((body) => ({
						url: response.url(),
						gzip: gzipSync(body).length,
						// The chart module (Chart.js and the portal's drawing code) is the lazily loaded `draw` chunk.
						chart: /\/_astro\/draw\.[\w-]+\.js$/.test(new URL(response.url()).pathname),
					})),
				);
			});
			await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
			// Scroll so lazily loaded charts load too.
			await page.evaluate(async () => {
				for (let y = 0; y < document.body.scrollHeight; y += 600) {
					window.scrollTo(0, y);
					await new Promise((resolve) => setTimeout(resolve, 50));
				}
			});
			await page.waitForLoadState('networkidle');
			const loaded = await Promise.all(bodies);
			weights.push({ path, scripts: loaded.length, jsGzipBytes: loaded.reduce((sum, b) => sum + b.gzip, 0), chartCode: loaded.some((b) => b.chart) });
			await page.close();
		}
		return weights;
	} finally {
		await browser.close();
		await server.close();
	}
}
