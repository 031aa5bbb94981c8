import { parentPort } from 'node:worker_threads';
import { bodyOffsets, type WorkerRequest, type WorkerResponse } from './validate-parallel.ts';
import { checkPlanFile } from '../lib/content/validate.ts';
import { checkVisitFile } from '../lib/content/visits.ts';

parentPort!.on('message', ({ files, visits, policy }: WorkerRequest) => {
	const plans = files.map((file) => checkPlanFile(file, policy));
	const visitResults = visits.map(checkVisitFile);
	// Bodies stay here: the main thread has the bytes and slices each body from its offset.
	const response: WorkerResponse = {
		plans,
		visits: visitResults,
		planBodyAt: bodyOffsets(files, plans.map((r) => r.plan)),
		visitBodyAt: bodyOffsets(visits, visitResults.map((r) => r.visit)),
	};
	parentPort!.postMessage(response);
});
