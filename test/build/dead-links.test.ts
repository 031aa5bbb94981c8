/**
 * No dead link in any built site: every internal `href`, `src`, `srcset`,
 * `action`, script import, style sheet `url()`, data address on a page, and
 * the address the portal's scripts build from its table data, leads to a file
 * the site publishes (a `#section` to an element with that id). Crawled over
 * the sample site, a generated portfolio, and scoped portals.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { writeGeneratedContent } from '../../bench/generate.ts';
import { buildSite } from '../helpers/build-site.ts';
import { crawlSite } from '../helpers/site-links.ts';

async function crawlBuilt(options: Parameters<typeof buildSite>[0]) {
	const outcome = await buildSite(options);
	expect(outcome.code, outcome.stdout + outcome.stderr).toBe(0);
	return { ...(await crawlSite(outcome.outDir)), outDir: outcome.outDir };
}

/** Xu Ting's plan links its group, the group's owner and the group's review pack, none of which her portal holds. */
const MUNICIPAL_PAGE = 'accounts/huajian-municipal-engineering/index.html';

describe('the crawl', () => {
	it('finds each kind of dead address, and passes the live ones', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'kam-crawl-'));
		const files: Record<string, string> = {
			'index.html': [
				'<link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg">',
				'<a href="/accounts/">all</a> <a href="/accounts/acme/#part">part</a> <a href="/accounts/acme/#nowhere">gone section</a>',
				'<a href="./huajian.mdx">file</a> <a href="/data/accounts.json">json</a> <a href="/reviews.ics">ics</a>',
				'<img src="/plan-files/a.png" srcset="/plan-files/a.png 1x, /plan-files/b.png 2x"> <script type="module" src="/_astro/app.js"></script>',
				'<div data-src="/data/missing.json"></div> <form action="/search/"></form> <a href="https://example.com/x">out</a> <a href="#top" id="top">top</a>',
				`<canvas data-chart="${JSON.stringify({ type: 'scatter', datasets: [{ points: [[1, 2, 'Acme', 'acme'], [3, 4, 'Gone', 'gone']] }] }).replace(/"/g, '&quot;')}"></canvas>`,
			].join('\n'),
			'accounts/index.html': '<p>all</p>',
			'accounts/acme/index.html': '<h2 id="part">Part</h2>',
			'data/accounts.json': '{}',
			'plan-files/a.png': '',
			'favicon.svg': '',
			'_astro/site.css': '@font-face { src: url(/_astro/font.woff2) } .x { background: url("data:image/png;base64,AA") }',
			'_astro/app.js': 'import "./chunk.js"; const u = "/pagefind/pagefind.js";',
			'data/accounts-table.json': JSON.stringify({ columns: ['account'], rows: [['acme', 'Acme', 'li-wei']] }),
		};
		for (const [path, text] of Object.entries(files)) {
			await mkdir(dirname(join(dir, path)), { recursive: true });
			await writeFile(join(dir, path), text);
		}
		const result = await crawlSite(dir);
		expect(result.dead.sort()).toEqual(
			[
				'index.html: a href /accounts/acme/#nowhere (no element with id `nowhere` in accounts/acme/index.html)',
				'index.html: a href ./huajian.mdx',
				'index.html: a href /reviews.ics',
				'index.html: img srcset /plan-files/b.png',
				'index.html: div data-src /data/missing.json',
				'index.html: form action /search/',
				'index.html: scatter chart dot /accounts/gone/',
				'_astro/site.css: css url() /_astro/font.woff2',
				'_astro/app.js: js import ./chunk.js',
				'_astro/app.js: js string /pagefind/pagefind.js',
				'data/accounts-table.json: table row owner /owners/li-wei/',
			].sort(),
		);
	});
});

describe('no dead link in a built site', () => {
	it('the sample site', async () => {
		const site = inject('sampleSiteDir');
		const result = await crawlSite(site);
		expect(result.pages).toBeGreaterThan(40);
		expect(result.dead).toEqual([]);
		// Its plans link others by file (`./huajian-construction-group.mdx`, `./yangtze-hydropower-development.mdx#customer-information`): published as the plans' pages.
		expect(await readFile(join(site, 'accounts/huajian-road-bridge/index.html'), 'utf8')).toContain('<a href="/accounts/huajian-construction-group/">华建建设集团</a>');
		expect(await readFile(join(site, 'accounts/minjiang-hydro-engineering/index.html'), 'utf8')).toContain('<a href="/accounts/yangtze-hydropower-development/#customer-information">Yangtze Upper Reaches Hydropower Development</a>');
		const municipal = await readFile(join(site, MUNICIPAL_PAGE), 'utf8');
		for (const link of ['<a href="/accounts/huajian-construction-group/">华建建设集团</a>', '<a href="/owners/li-wei/">李伟</a>', '<a href="/accounts/huajian-construction-group/review/">集团审核资料</a>']) expect(municipal).toContain(link);
	});

	it('a generated portfolio of 60 plans', async () => {
		const content = join(await mkdtemp(join(tmpdir(), 'kam-gen-')), 'content');
		await writeGeneratedContent(content, { count: 60, seed: 42 });
		// Its Chinese plans link their group by the group's file (`../south-china/account-00015.mdx`).
		expect(await readFile(join(content, 'accounts/southwest/account-00034.mdx'), 'utf8')).toContain('](../south-china/account-00015.mdx)');
		const result = await crawlBuilt({ contentDir: content });
		expect(result.pages).toBeGreaterThan(60);
		expect(result.dead).toEqual([]);
	});

	it.each([
		['a portal of policy.portals', ['--portal', 'east-china']],
	])('%s', async (_, args) => {
		const result = await crawlBuilt({ args });
		expect(result.pages).toBeGreaterThan(5);
		expect(result.dead).toEqual([]);
	});

	it('a scoped portal shows links to pages it does not hold as text', async () => {
		const result = await crawlBuilt({ args: ['--scope', 'owner=xu-ting'] });
		expect(result.dead).toEqual([]);
		const municipal = await readFile(join(result.outDir, MUNICIPAL_PAGE), 'utf8');
		for (const text of ['华建建设集团', '李伟', '集团审核资料']) expect(municipal).toContain(`<span class="unlinked">${text}</span>`);
	});
});
