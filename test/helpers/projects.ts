/**
 * The test files of the two vitest projects (test/vitest.config.ts). Every test
 * file is in exactly one of them; test/ci/test-projects.test.ts checks it.
 */

/** Tests that need neither the built site nor a browser nor a dev server: they run in seconds. */
export const UNIT_TESTS = [
	'test/bench/**/*.test.ts',
	'test/ci/**/*.test.ts',
	'test/cli/**/*.test.ts',
	'test/i18n/**/*.test.ts',
	'test/lib/**/*.test.ts',
	'test/lint/**/*.test.ts',
	'test/node/**/*.test.ts',
	'test/schemas/**/*.test.ts',
	'test/scripts/**/*.test.ts',
	'test/view/**/*.test.ts',
	// Build machinery tested on its own, without building a site.
	'test/build/parent-watch.test.ts',
	'test/build/work-dir.test.ts',
	'test/security/resource-bounds.test.ts',
	'test/security/fuzz.test.ts',
];

/** Tests that build a site (the shared sample site or one of their own), drive a browser or start the dev server. */
export const SITE_TESTS = [
	'test/browser/**/*.test.ts',
	'test/build/build.test.ts',
	'test/build/chart-code.test.ts',
	'test/build/csp.test.ts',
	'test/build/dead-links.test.ts',
	'test/build/exports.test.ts',
	'test/build/history.test.ts',
	'test/build/incremental.test.ts',
	'test/build/plan-images.test.ts',
	'test/build/schemas.test.ts',
	'test/build/scope.test.ts',
	'test/build/team.test.ts',
	'test/security/broken-content.test.ts',
	'test/security/determinism.test.ts',
	'test/security/escaping.test.ts',
];
