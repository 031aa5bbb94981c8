import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Policy } from '../../../schemas/policy.ts';
import { type ContentFile, type ContentSnapshot, type PlanFileResult, type ValidationResult, validateContent } from './validate.ts';

/** Below this many plans, starting workers costs more than it saves. */
const PARALLEL_THRESHOLD = 400;

export interface WorkerRequest {
	files: ContentFile[];
	policy: Policy;
}

/**
 * Same result as `validateContent`, with the per-file checks (YAML parsing
 * dominates) spread over worker threads, one per core.
 */
export async function validateContentInParallel(snapshot: ContentSnapshot, threads = availableParallelism()): Promise<ValidationResult> {
	if (threads < 2 || snapshot.accounts.length < PARALLEL_THRESHOLD) return validateContent(snapshot);
	// Policy errors are reported by validateContent below; workers only need its values.
	const { policy } = validateContent({ ...snapshot, accounts: [] });
	const chunks: ContentFile[][] = Array.from({ length: threads }, () => []);
	snapshot.accounts.forEach((file, index) => chunks[index % threads]!.push(file));
	const results = await Promise.all(chunks.map((files) => checkInWorker({ files, policy })));
	return validateContent(snapshot, results.flat());
}

function checkInWorker(request: WorkerRequest): Promise<PlanFileResult[]> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./plan-worker.ts', import.meta.url), { workerData: request });
		worker.once('message', (results: PlanFileResult[]) => {
			resolve(results);
			void worker.terminate();
		});
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (code !== 0) reject(new Error(`validation worker stopped with exit code ${code}`));
		});
	});
}
