import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { browserChoice, pinnedFontConfig, shippedChromium } from './browser.ts';
import { buildSite } from './build-site.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The sample content built once per test run (as of TEST_AS_OF). */
		sampleSiteDir: string;
	}
}

/**
 * Gives the run a temporary directory of its own, which test files inherit as
 * TMPDIR and which goes when the run ends, then builds the sample site once;
 * site and browser tests share it read-only.
 */
export default async function setup(project: TestProject) {
	const runTmp = await mkdtemp(join(tmpdir(), 'kam-test-run-'));
	process.env.TMPDIR = runTmp;
	// Test builds write into throwaway directories: their code is never reused.
	process.env.NODE_DISABLE_COMPILE_CACHE = '1';
	// Unpack the shipped browser and write the pinned font config once, before the workers start.
	if (browserChoice() === 'npm') shippedChromium();
	pinnedFontConfig();
	const outcome = await buildSite();
	if (outcome.code !== 0) throw new Error(`sample site build failed:\n${outcome.stdout}\n${outcome.stderr}`);
	project.provide('sampleSiteDir', outcome.outDir);
	return () => rm(runTmp, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}
