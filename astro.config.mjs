// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// `npm run build` passes a temporary outDir (and cacheDir, so parallel builds
// never share a data store) and swaps the result into dist/ only on success.
export default defineConfig({
	outDir: process.env.KAM_OUT_DIR || 'dist',
	cacheDir: process.env.KAM_CACHE_DIR || 'node_modules/.astro',
	trailingSlash: 'always',
	build: { format: 'directory' },
	devToolbar: { enabled: false },
	integrations: [mdx(), pagefindIndex()],
});
