/**
 * Whether this build is incremental. A module of its own, so the Astro config
 * reads the flag without loading the cache keys (and through them src/view).
 */

/** `npm run build -- --incremental` sets KAM_INCREMENTAL. */
export function isIncrementalBuild(env: NodeJS.ProcessEnv = process.env): boolean {
	return env.KAM_INCREMENTAL === '1';
}
