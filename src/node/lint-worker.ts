import { parentPort } from 'node:worker_threads';
import { lintPlan } from '../lint/lint-plans.ts';
import type { LintWorkerRequest } from './lint-parallel.ts';

parentPort!.on('message', async ({ files, sections, plans }: LintWorkerRequest) => {
	const results = [];
	for (const { path, text } of files) results.push(await lintPlan(text, path, { sections, plans }));
	parentPort!.postMessage(results);
});
