import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The variable that holds the run's temporary directory once it is made. */
const RUN_TMP = 'KAM_TEST_RUN_TMP';

/**
 * Gives the test run a temporary directory of its own, which test files inherit
 * as TMPDIR. Both projects' global setups call it; the first makes the
 * directory, the next reuse it. Returns the teardown that removes it (once).
 */
export function useRunTmp(): () => void {
	const existing = process.env[RUN_TMP];
	if (existing) return () => {};
	const runTmp = mkdtempSync(join(tmpdir(), 'kam-test-run-'));
	process.env[RUN_TMP] = runTmp;
	process.env.TMPDIR = runTmp;
	// Test builds write into throwaway directories: their code is never reused.
	process.env.NODE_DISABLE_COMPILE_CACHE = '1';
	return () => rmSync(runTmp, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}

/** The unit project's global setup: a temporary directory, no build. */
export default function setup() {
	return useRunTmp();
}
