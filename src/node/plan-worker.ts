import { parentPort } from 'node:worker_threads';
import type { WorkerRequest } from './validate-parallel.ts';
import { checkPlanFile } from '../lib/content/validate.ts';

parentPort!.on('message', ({ files, policy }: WorkerRequest) => {
	parentPort!.postMessage(files.map((file) => checkPlanFile(file, policy)));
});
