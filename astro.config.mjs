// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// The build script passes a temporary outDir and swaps it into dist/ only on success.
export default defineConfig({
	outDir: process.env.KAM_OUT_DIR || 'dist',
	trailingSlash: 'always',
	build: { format: 'directory' },
	devToolbar: { enabled: false },
	integrations: [mdx()],
	vite: { server: { fs: { strict: false } } },
});
