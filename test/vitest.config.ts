import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		include: ['test/**/*.test.ts'],
		globalSetup: ['test/helpers/global-setup.ts'],
		// Site builds and browser sessions are slow on 2 cores.
		testTimeout: 120_000,
		hookTimeout: 300_000,
		// A browser page that fetches a data file and redraws may take seconds on a
		// loaded 2-core runner; 1 s (the default) failed there, not the behaviour.
		expect: { poll: { timeout: 10_000 } },
		pool: 'forks',
		maxWorkers: 2,
	},
});
