/**
 * Astro's build on its own, run by `npm run build` (src/cli/build.ts) as a child
 * process with the validated content handed over in KAM_VALIDATED_FILE.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// `npm run build` holds the other end of the IPC channel: if it dies, even by
// SIGKILL, the channel closes and this build stops instead of living on.
const stopWithParent = () => process.exit(1);
process.on('disconnect', stopWithParent);
process.channel?.unref();
const { build } = await import('astro');
await build({ root: projectRoot, logLevel: process.env.KAM_LOG_LEVEL === 'info' ? 'info' : 'warn' });
process.off('disconnect', stopWithParent);
process.disconnect?.();
