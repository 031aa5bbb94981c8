#!/usr/bin/env node
/** `npm run validate`: checks a content directory; exit 1 on any error (or warning with --strict). */
import module from 'node:module';

// Reuse the compiled code of unchanged modules, here and in the checking
// workers: at 10,000 plans with visit reports, loading the modules is a good
// part of the run. Not in CI, where the cache starts empty and writing it only costs.
if (!process.env.CI) {
	module.enableCompileCache?.();
	// Workers read the cache's folder from their environment (a copy of this one).
	const dir = module.getCompileCacheDir?.();
	if (dir) process.env.NODE_COMPILE_CACHE ??= dir;
}
await import('./validate-command.ts');
