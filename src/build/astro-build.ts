/**
 * Astro's build on its own, run by `npm run build` (src/build/build.ts) as a child
 * process. It starts while the parent still validates; the parent then writes
 * the validated content to KAM_VALIDATED_FILE and sends `validated`, which the
 * content source (src/data/content-source.ts) waits for. If validation fails,
 * the parent stops this process.
 */
import module from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listenForValidatedFile } from './handover.ts';
import { exitWithParent } from './parent-watch.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// If `npm run build` dies, even by SIGKILL, this build stops instead of living on.
const stopWatchingParent = exitWithParent();
listenForValidatedFile();
// As Astro's own CLI does: reuse compiled code of unchanged modules (Astro's, and
// the prerender bundle's, whose paths stay put; see work-dir.ts). Not in CI,
// where the cache starts empty and writing it only costs.
if (!process.env.CI) module.enableCompileCache?.();
const { build } = await import('astro');
// The root is the work dir of this build's output directory (the cwd): Astro
// writes generated modules to <root>/.astro/, which builds into other
// directories must not share (Astro joins configFile to the root, so it is
// given relative to it).
await build({ root: process.cwd(), configFile: relative(process.cwd(), resolve(projectRoot, 'astro.config.mjs')), logLevel: process.env.KAM_LOG_LEVEL === 'info' ? 'info' : 'warn' });
stopWatchingParent();
process.disconnect?.();
