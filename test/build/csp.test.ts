/**
 * The built site keeps its strict Content-Security-Policy: the dev server's
 * relaxation (inline styles, for its injected stylesheets) never reaches a
 * build, and neither do the live preview's problem pages.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const STRICT_POLICY =
	"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

describe('the built site under its Content-Security-Policy', () => {
	it('gives every page the strict policy: scripts and styles only from the site, nothing inline', async () => {
		const files = await htmlFiles(inject('sampleSiteDir'));
		expect(files.length).toBeGreaterThan(20);
		for (const file of files) {
			const html = await readFile(file, 'utf8');
			const policies = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&#39;', "'"));
			expect(policies, file).toEqual([STRICT_POLICY]);
			expect(html, file).not.toContain('unsafe-inline');
			expect(html, file).not.toMatch(/<style[\s>]/);
			expect(html, file).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
		}
	});

	it('builds none of the live preview: no problem pages, no problem banner, a working search box', async () => {
		const siteDir = inject('sampleSiteDir');
		expect(existsSync(join(siteDir, 'problems'))).toBe(false);
		const dashboard = await readFile(join(siteDir, 'index.html'), 'utf8');
		expect(dashboard).not.toContain('problem-banner');
		expect(dashboard).toContain('data-site-search');
		const search = await readFile(join(siteDir, 'search', 'index.html'), 'utf8');
		expect(search).toContain('data-search-app');
		expect(search).not.toContain('npm run build &amp;&amp; npm run preview');
	});
});
