import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Policy } from '../../schemas/policy.ts';
import { readContentDir } from './read-content-dir.ts';
import { type ContentFile, type ContentSnapshot, type PlanFileResult, type ValidationResult, validateContent } from '../lib/content/validate.ts';
import type { VisitFileResult } from '../lib/content/visits.ts';

/** Each validation worker's young generation, in MB (about three 32 MB semi-spaces). */
const WORKER_YOUNG_GENERATION_MB = 96;

/** Below this many plans, starting workers costs more than it saves. */
const PARALLEL_THRESHOLD = 400;

export interface WorkerRequest {
	files: ContentFile[];
	/** Visit reports, checked on their own (they need no policy). */
	visits: ContentFile[];
	policy: Policy;
}

/** What a worker answers: the results of its plan and visit files. */
export interface WorkerResponse {
	plans: PlanFileResult[];
	visits: VisitFileResult[];
}

/** One message of a worker's answer: results of some of its files, in order, plans first; then `done`. */
export type WorkerAnswer = Pick<WorkerResponse, 'plans'> | Pick<WorkerResponse, 'visits'> | { done: true };

/** Worker threads that check plan files; started early, they load their modules while the files are read. */
export class PlanCheckers {
	private readonly workers: Worker[];

	constructor(threads: number) {
		// Unreferenced while idle, so checkers that are never used cannot keep the process alive.
		// A young generation larger than V8's default: checking makes much short-lived garbage, and fewer scavenges
		// give 2-3 % less time and 10-15 % less peak memory at 10,000 plans (bench/RESULTS.md, validate-full and visits).
		const resourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
		this.workers = Array.from({ length: threads }, () => new Worker(new URL('./plan-worker.ts', import.meta.url), { resourceLimits }));
		for (const worker of this.workers) {
			worker.unref();
			// A worker that fails while idle (the process may be exiting as it loads) must not crash the
			// process: an unheard 'error' event throws. While asked, ask() hears and reports it.
			worker.on('error', () => {});
		}
	}

	/** Checks the plan and visit files, split evenly over the workers, then stops them. */
	async check(files: readonly ContentFile[], policy: Policy, visits: readonly ContentFile[] = []): Promise<WorkerResponse> {
		const chunks: ContentFile[][] = this.workers.map(() => []);
		files.forEach((file, index) => chunks[index % chunks.length]!.push(file));
		const visitChunks: ContentFile[][] = this.workers.map(() => []);
		visits.forEach((file, index) => visitChunks[index % visitChunks.length]!.push(file));
		for (const worker of this.workers) worker.ref();
		try {
			const results = await Promise.all(this.workers.map((worker, i) => ask(worker, { files: chunks[i]!, visits: visitChunks[i]!, policy })));
			return { plans: results.flatMap((r) => r.plans), visits: results.flatMap((r) => r.visits) };
		} finally {
			this.stop();
		}
	}

	stop(): void {
		for (const worker of this.workers) void worker.terminate();
	}
}

function ask(worker: Worker, request: WorkerRequest): Promise<WorkerResponse> {
	return new Promise((resolve, reject) => {
		const response: WorkerResponse = { plans: [], visits: [] };
		const hear = (answer: WorkerAnswer) => {
			if ('plans' in answer) for (const result of answer.plans) response.plans.push(result);
			else if ('visits' in answer) for (const result of answer.visits) response.visits.push(result);
			else {
				worker.off('message', hear);
				resolve(response);
			}
		};
		worker.on('message', hear);
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`validation worker stopped with exit code ${code} before it answered`)));
		worker.postMessage(request);
	});
}

/**
 * Same result as `validateContent`, with the per-file checks (reading YAML,
 * the schema, the body) spread over worker threads, one per core.
 */
export async function validateContentInParallel(snapshot: ContentSnapshot, checkers = startPlanCheckers(snapshot.accounts.length + (snapshot.visits?.length ?? 0))): Promise<ValidationResult> {
	if (!checkers) return validateContent(snapshot);
	// Policy errors are reported by validateContent below; workers only need its values.
	const { policy } = validateContent({ ...snapshot, accounts: [], visits: [] });
	const checked = await checkers.check(snapshot.accounts, policy, snapshot.visits);
	return validateContent(snapshot, checked.plans, checked.visits);
}

/**
 * Workers for this many plans, or none when checking on this thread is quicker:
 * below `parallelFrom` plans (by default PARALLEL_THRESHOLD) or on one core.
 */
export function startPlanCheckers(planCount: number, { threads = availableParallelism(), parallelFrom = PARALLEL_THRESHOLD } = {}): PlanCheckers | undefined {
	return threads >= 2 && planCount >= parallelFrom ? new PlanCheckers(threads) : undefined;
}

/** Reads and validates a content directory; the workers start as soon as the plans are counted. */
export async function readAndValidateContent(dir: string, options: { parallelFrom?: number } = {}): Promise<ValidationResult> {
	let checkers: PlanCheckers | undefined;
	const snapshot = await readContentDir(dir, (planCount) => (checkers = startPlanCheckers(planCount, options)));
	return validateContentInParallel(snapshot, checkers);
}
