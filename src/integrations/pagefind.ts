import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * The one place that talks to Pagefind: after Astro writes the site, index the
 * pages (only regions marked `data-pagefind-body`) into `<outDir>/pagefind/`.
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'kam-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				try {
					const { index, errors } = await pagefind.createIndex({});
					if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
					const added = await index.addDirectory({ path: outDir });
					if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
					const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
					if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
					logger.info(`indexed ${added.page_count} pages for search`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
