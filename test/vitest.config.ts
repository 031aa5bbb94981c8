import { defineConfig } from 'vitest/config';
import { SITE_TESTS, UNIT_TESTS } from './helpers/projects.ts';

/**
 * Two projects (the file lists are in helpers/projects.ts): `npm run test:unit`
 * runs `unit` alone, without building the site; `npm test` runs both.
 */
export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		// Site builds and browser sessions are slow on 2 cores.
		testTimeout: 120_000,
		hookTimeout: 300_000,
		// A browser page that fetches a data file and redraws may take seconds on a
		// loaded 2-core runner; 1 s (the default) failed there, not the behaviour.
		expect: { poll: { timeout: 10_000 } },
		pool: 'forks',
		maxWorkers: 2,
		projects: [
			{ extends: true, test: { name: 'unit', include: UNIT_TESTS, globalSetup: ['test/helpers/run-tmp.ts'] } },
			// Builds the sample site once before its first test (test/helpers/global-setup.ts).
			{ extends: true, test: { name: 'site', include: SITE_TESTS, globalSetup: ['test/helpers/global-setup.ts'] } },
		],
	},
});
