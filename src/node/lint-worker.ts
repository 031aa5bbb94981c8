import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { lintPlan } from '../lint/lint-plans.ts';
import type { LintWorkerRequest } from './lint-parallel.ts';

// A background lint (the live preview's first) yields to the thread serving pages:
// on Linux a nice value is a thread's own, and pid 0 is this thread.
if ((workerData as { background?: boolean } | undefined)?.background) {
	try {
		setPriority(0, 19);
	} catch {
		// Not allowed here: lint at the usual priority.
	}
}

parentPort!.on('message', async ({ files, sections, plans }: LintWorkerRequest) => {
	const results = [];
	for (const { path, text } of files) results.push(await lintPlan(text, path, { sections, plans }));
	parentPort!.postMessage(results);
});
