import type { TestProject } from 'vitest/node';
import { browserChoice, pinnedFontConfig, shippedChromium } from './browser.ts';
import { buildSite } from './build-site.ts';
import { useRunTmp } from './run-tmp.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The sample content built once per test run (as of TEST_AS_OF). */
		sampleSiteDir: string;
	}
}

/**
 * The site project's global setup: gives the run its temporary directory (see
 * run-tmp.ts), then builds the sample site once; site and browser tests share
 * it read-only. Unit tests never come here.
 */
export default async function setup(project: TestProject) {
	const teardown = useRunTmp();
	// Unpack the shipped browser and write the pinned font config once, before the workers start.
	if (browserChoice() === 'npm') shippedChromium();
	pinnedFontConfig();
	const outcome = await buildSite();
	if (outcome.code !== 0) throw new Error(`sample site build failed:\n${outcome.stdout}\n${outcome.stderr}`);
	project.provide('sampleSiteDir', outcome.outDir);
	return teardown;
}
