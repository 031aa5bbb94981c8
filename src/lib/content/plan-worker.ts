import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerRequest } from './parallel.ts';
import { checkPlanFile } from './validate.ts';

const { files, policy } = workerData as WorkerRequest;
parentPort!.postMessage(files.map((file) => checkPlanFile(file, policy)));
