import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Policy } from '../../schemas/policy.ts';
import { type ListedFile, readContentDir, type VisitReader } from './read-content-dir.ts';
import { type ContentFile, type ContentSnapshot, type PlanFileResult, type ValidationResult, validateContent } from '../lib/content/validate.ts';
import type { VisitFileResult } from '../lib/content/visits.ts';

/** Below this many plans, starting workers costs more than it saves. */
const PARALLEL_THRESHOLD = 400;

/**
 * What a worker is asked. `read-visits` comes first, as soon as the files are
 * listed: the worker reads its share of the visit reports, answers
 * `visits-read` (with the read error, if any), checks them (they need no
 * policy) and sends their results at once, `visits-checked`, so this thread
 * takes them in while the workers check the plans. Then `check` brings the
 * plans (and any visits it did not read), answered by `checked`.
 */
export type WorkerRequest = { kind: 'read-visits'; visits: ListedFile[] } | { kind: 'check'; files: ContentFile[]; visits: ContentFile[]; policy: Policy };

/** What a worker answers, in this order. On a read error, `at` is the index (in its share) of the file that failed. */
export type WorkerAnswer =
	| { kind: 'visits-read'; error?: Error; at?: number }
	| { kind: 'visits-checked'; visits: VisitFileResult[] }
	| ({ kind: 'checked' } & WorkerResponse);

/** The results of a worker's plan and visit files. */
export interface WorkerResponse {
	plans: PlanFileResult[];
	visits: VisitFileResult[];
}

/** Worker threads that check plan files; started early, they load their modules while the files are read. */
export class PlanCheckers implements VisitReader {
	private readonly workers: Worker[];
	/** The results of the visit reports the workers read themselves, one list per worker. */
	private visitsChecked?: Promise<VisitFileResult[][]>;

	constructor(threads: number) {
		// Unreferenced while idle, so checkers that are never used cannot keep the process alive.
		this.workers = Array.from({ length: threads }, () => new Worker(new URL('./plan-worker.ts', import.meta.url)));
		for (const worker of this.workers) worker.unref();
	}

	/**
	 * The workers read the visit reports, split evenly, and then check them;
	 * resolves once all are read. `check` gives their results, and ignores the
	 * (unread) visits it is passed.
	 */
	async readVisits(files: readonly ListedFile[]): Promise<void> {
		const count = this.workers.length;
		const shares = split(files, count);
		const read = this.workers.map((worker) => answer(worker, 'visits-read'));
		const checked = this.workers.map((worker) => answer(worker, 'visits-checked'));
		this.visitsChecked = Promise.all(checked).then((answers) => answers.map((a) => a.visits));
		// Only awaited by `check`; a worker that fails is reported there (or by the read below).
		this.visitsChecked.catch(() => {});
		this.workers.forEach((worker, i) => worker.postMessage({ kind: 'read-visits', visits: shares[i]! } satisfies WorkerRequest));
		const answers = await Promise.all(read);
		// The error of the first file in listing order that failed, as reading them in turn would give.
		const failed = answers.flatMap((a, i) => (a.error ? [{ index: a.at! * count + i, error: a.error }] : []));
		if (failed.length > 0) throw failed.sort((a, b) => a.index - b.index)[0]!.error;
	}

	/** Checks the plan and visit files, split evenly over the workers, then stops them. */
	async check(files: readonly ContentFile[], policy: Policy, visits: readonly ContentFile[] = []): Promise<WorkerResponse> {
		const chunks = split(files, this.workers.length);
		const visitChunks = split(this.visitsChecked ? [] : visits, this.workers.length);
		for (const worker of this.workers) worker.ref();
		try {
			const results = await Promise.all(
				this.workers.map((worker, i) => {
					const checked = answer(worker, 'checked');
					worker.postMessage({ kind: 'check', files: chunks[i]!, visits: visitChunks[i]!, policy } satisfies WorkerRequest);
					return checked;
				}),
			);
			const early = (await this.visitsChecked) ?? [];
			return { plans: results.flatMap((r) => r.plans), visits: [...early.flat(), ...results.flatMap((r) => r.visits)] };
		} finally {
			this.stop();
		}
	}

	stop(): void {
		for (const worker of this.workers) void worker.terminate();
	}
}

/** The items dealt out in turn into `count` chunks. */
function split<T>(items: readonly T[], count: number): T[][] {
	const chunks: T[][] = Array.from({ length: count }, () => []);
	items.forEach((item, index) => chunks[index % count]!.push(item));
	return chunks;
}

/** The worker's next answer of this kind (answers of other kinds are for other listeners). */
function answer<Kind extends WorkerAnswer['kind']>(worker: Worker, kind: Kind): Promise<Extract<WorkerAnswer, { kind: Kind }>> {
	return new Promise((resolve, reject) => {
		const settle = (then: () => void) => {
			worker.off('message', onMessage).off('error', onError).off('exit', onExit);
			then();
		};
		const onMessage = (message: WorkerAnswer) => {
			if (message.kind === kind) settle(() => resolve(message as Extract<WorkerAnswer, { kind: Kind }>));
		};
		const onError = (error: Error) => settle(() => reject(error));
		const onExit = (code: number) => settle(() => reject(new Error(`validation worker stopped with exit code ${code} before it answered`)));
		worker.on('message', onMessage).on('error', onError).on('exit', onExit);
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
