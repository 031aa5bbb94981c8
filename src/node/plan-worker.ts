import { parentPort } from 'node:worker_threads';
import type { WorkerRequest } from './validate-parallel.ts';
import { checkPlanFile } from '../lib/content/validate.ts';
import { checkVisitFile } from '../lib/content/visits.ts';

parentPort!.on('message', ({ files, visits, policy }: WorkerRequest) => {
	parentPort!.postMessage({ plans: files.map((file) => checkPlanFile(file, policy)), visits: visits.map(checkVisitFile) });
});
