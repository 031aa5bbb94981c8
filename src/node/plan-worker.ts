import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { WorkerAnswer, WorkerRequest } from './validate-parallel.ts';
import { type ContentFile, checkPlanFile } from '../lib/content/validate.ts';
import { checkVisitFile } from '../lib/content/visits.ts';

const answer = (message: WorkerAnswer) => parentPort!.postMessage(message);

parentPort!.on('message', (request: WorkerRequest) => {
	if (request.kind === 'read-visits') {
		const files: ContentFile[] = [];
		for (const { full, path } of request.visits) {
			try {
				files.push({ path, bytes: readFileSync(full) });
			} catch (error) {
				answer({ kind: 'visits-read', error: error as Error, at: files.length });
				answer({ kind: 'visits-checked', visits: [] });
				return;
			}
		}
		answer({ kind: 'visits-read' });
		answer({ kind: 'visits-checked', visits: files.map(checkVisitFile) });
		return;
	}
	const { files, visits, policy } = request;
	answer({ kind: 'checked', plans: files.map((file) => checkPlanFile(file, policy)), visits: visits.map(checkVisitFile) });
});
