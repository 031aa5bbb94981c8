// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { isIncrementalBuild } from './src/build/incremental.ts';
import { pagefindIndex } from './src/build/pagefind.ts';
import { livePreviewPages } from './src/live/integration.ts';

// `npm run build` passes a temporary outDir (and cacheDir, so parallel builds
// never share a data store) and swaps the result into dist/ only on success.
export default defineConfig({
	// Absolute, because `npm run build` gives Astro a root of its own (the work dir
	// of its output directory), so builds into other directories never share a
	// `.astro/` directory.
	srcDir: new URL('./src/', import.meta.url).pathname,
	publicDir: new URL('./public/', import.meta.url).pathname,
	outDir: process.env.KAM_OUT_DIR || 'dist',
	cacheDir: process.env.KAM_CACHE_DIR || 'node_modules/.astro',
	trailingSlash: 'always',
	// Every script and stylesheet is an external file, so the pages' CSP can
	// allow only 'self' (no inline code, no hashes).
	// Four pages in flight: rendering one page leaves the thread idle while the
	// previous page is written (about 40% of the render phase at 1,000 plans).
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
	vite: {
		build: { assetsInlineLimit: 0 },
	},
	devToolbar: { enabled: false },
	// With `npm run build -- --incremental`, pages whose data did not change (their
	// getStaticPaths cacheKey) are copied from the last build. Off by default: on a
	// build without a warm cache (every CI run) it only costs, about 10% at 1,000 plans.
	experimental: { incrementalBuild: isIncrementalBuild() },
	// Plan bodies are parsed at render (src/lib/content/plan-body.ts), not compiled
	// as modules; they render with the JSX renderer the MDX integration registers.
	integrations: [mdx(), pagefindIndex(), livePreviewPages()],
});
