// @ts-check
// The floor: a bare Astro + MDX site that renders the same plans with no logic.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
	outDir: process.env.FLOOR_OUT_DIR || 'dist',
	cacheDir: process.env.FLOOR_CACHE_DIR || '../../node_modules/.astro-floor',
	trailingSlash: 'always',
	build: { format: 'directory' },
	devToolbar: { enabled: false },
	integrations: [mdx()],
});
