/**
 * Preloaded into the dev server by bench/dev-preview.ts (with --expose-gc): on
 * SIGUSR2 it runs a full garbage collection and writes process.memoryUsage()
 * to $KAM_HEAP_PROBE, so the benchmark can tell retained memory from garbage
 * that V8 has not collected yet.
 */
import { writeFileSync } from 'node:fs';

process.on('SIGUSR2', () => {
	globalThis.gc?.();
	writeFileSync(process.env.KAM_HEAP_PROBE, JSON.stringify(process.memoryUsage()));
});
