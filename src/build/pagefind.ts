import type { AstroIntegration } from 'astro';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { announceSiteWritten } from './handover.ts';

/**
 * One index for every plan, whatever its language. Pagefind splits an index
 * per page language and the browser searches only one of them, so a portfolio
 * of English and Chinese plans would be half-searchable. Forcing Chinese gives
 * one index segmented with Pagefind's Chinese word segmentation (the extended
 * binary), in which English words are still indexed word by word: "tunnel",
 * "Hanzhong" and "隧道", "华南" all match (test/browser/search.test.ts). What
 * is lost is English stemming; Pagefind's prefix matching covers most of it.
 */
export const SEARCH_INDEX_LANGUAGE = 'zh';

/** Only plan pages are indexed; every other page is chrome, dashboards or lists. */
export const INDEXED_PAGES = 'accounts/*/index.html';

/** Pagefind's ready-made UIs, which the portal does not use (it has its own search page). */
const UNUSED_BUNDLE_FILES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
];

/**
 * The one place that talks to Pagefind: index the plan pages of a built site
 * (only their `data-pagefind-body` region) into `<outDir>/pagefind/`.
 * Returns the number of pages indexed.
 */
export async function indexSite(outDir: string): Promise<number> {
	const bundleDir = join(outDir, 'pagefind');
	let pageCount: number;
	try {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_INDEX_LANGUAGE });
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const added = await index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
		if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: bundleDir });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		pageCount = added.page_count;
	} finally {
		await pagefind.close();
	}
	await Promise.all(UNUSED_BUNDLE_FILES.map((file) => rm(join(bundleDir, file), { force: true })));
	return pageCount;
}

/**
 * Indexes the site when Astro has written it. `npm run build` sets
 * KAM_SEARCH_INDEX=later and indexes in its own process once told the site is
 * written, while Astro's process exits and gives its memory back.
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'kam-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				if (process.env.KAM_SEARCH_INDEX === 'later') return announceSiteWritten();
				const count = await indexSite(fileURLToPath(dir));
				logger.info(`indexed ${count} plan pages for search`);
			},
		},
	};
}
