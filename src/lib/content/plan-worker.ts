import { parentPort } from 'node:worker_threads';
import type { WorkerRequest } from './parallel.ts';
import { checkPlanFile } from './validate.ts';

parentPort!.on('message', ({ files, policy }: WorkerRequest) => {
	parentPort!.postMessage(files.map((file) => checkPlanFile(file, policy)));
});
