import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		include: ['test/**/*.test.ts'],
		globalSetup: ['test/helpers/global-setup.ts'],
		// Site builds and browser sessions are slow on 2 cores.
		testTimeout: 120_000,
		hookTimeout: 300_000,
		pool: 'forks',
		maxWorkers: 2,
	},
});
