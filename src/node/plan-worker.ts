import { parentPort } from 'node:worker_threads';
import type { WorkerAnswer, WorkerRequest } from './validate-parallel.ts';
import { checkPlanFile } from '../lib/content/validate.ts';
import { checkVisitFile } from '../lib/content/visits.ts';

/**
 * Files per answer. The worker answers as it goes, so the main thread takes in
 * (deserialises) each part while this worker checks the next, rather than
 * all at the end, when nothing else runs.
 */
const FILES_PER_ANSWER = 1000;

parentPort!.on('message', ({ files, visits, policy }: WorkerRequest) => {
	const answer = (part: WorkerAnswer) => parentPort!.postMessage(part);
	for (let i = 0; i < files.length; i += FILES_PER_ANSWER) answer({ plans: files.slice(i, i + FILES_PER_ANSWER).map((file) => checkPlanFile(file, policy)) });
	for (let i = 0; i < visits.length; i += FILES_PER_ANSWER) answer({ visits: visits.slice(i, i + FILES_PER_ANSWER).map(checkVisitFile) });
	answer({ done: true });
});
