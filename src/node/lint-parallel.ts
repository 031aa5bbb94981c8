/**
 * The live preview's first lint of every plan, spread over worker threads:
 * at 10,000 plans one thread lints for about 15 s, which is most of the dev
 * server's start. The results go into the lint cache, so `lintPlans` then
 * gives exactly what it gives alone.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Policy } from '../../schemas/policy.ts';
import type { ContentSnapshot } from '../lib/content/validate.ts';
import type { Diagnostic } from '../lib/diagnostics.ts';
import { lintContext, lintPlans, planIndex, type PlanLintCache, plansToLint } from '../lint/lint-plans.ts';

/** Below this many plans to lint, starting workers (each loads the Markdown parser) costs more than it saves. */
const PARALLEL_THRESHOLD = 500;

export interface LintWorkerRequest {
	files: { path: string; text: string }[];
	sections: Policy['sections'];
	plans: Record<string, string>;
}

function ask(worker: Worker, request: LintWorkerRequest): Promise<Diagnostic[][]> {
	return new Promise((resolve, reject) => {
		worker.once('message', resolve);
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`lint worker stopped with exit code ${code} before it answered`)));
		worker.postMessage(request);
	});
}

/**
 * Lints these plans of the snapshot (`plansToLint`) on `threads` worker
 * threads and puts the results into the cache. Rejects when a worker fails.
 * `background`: the workers run at the lowest priority (nice 19), behind the
 * thread that serves pages.
 */
export async function lintIntoCache(
	snapshot: ContentSnapshot,
	policy: Policy,
	cache: PlanLintCache,
	files: readonly { path: string; text: string; bytes: Uint8Array }[],
	threads: number,
	{ background = false } = {},
): Promise<void> {
	const plans = planIndex(snapshot);
	const context = cache.context(lintContext(policy, plans));
	const chunks: { path: string; text: string; bytes: Uint8Array }[][] = Array.from({ length: Math.max(1, threads) }, () => []);
	files.forEach((file, index) => chunks[index % chunks.length]!.push(file));
	const workers = chunks.map(() => new Worker(new URL('./lint-worker.ts', import.meta.url), { workerData: { background } }));
	try {
		const answers = await Promise.all(workers.map((worker, i) => ask(worker, { files: chunks[i]!.map(({ path, text }) => ({ path, text })), sections: policy.sections, plans })));
		answers.forEach((answer, i) => chunks[i]!.forEach((file, j) => cache.set(file.path, file.text, context, answer[j]!, file.bytes)));
	} finally {
		for (const worker of workers) void worker.terminate();
	}
}

/**
 * `lintPlans` with a cache, the same result; when at least `parallelFrom`
 * plans are not in the cache (the first check of a large content directory),
 * those are linted on `threads` worker threads first.
 */
export async function lintPlansInParallel(
	snapshot: ContentSnapshot,
	policy: Policy,
	cache: PlanLintCache,
	{ threads = availableParallelism(), parallelFrom = PARALLEL_THRESHOLD, onWorkerError = () => {} }: { threads?: number; parallelFrom?: number; onWorkerError?: (error: unknown) => void } = {},
): Promise<Diagnostic[]> {
	const missing = threads >= 2 ? plansToLint(snapshot, policy, cache) : [];
	if (missing.length >= parallelFrom) {
		// A worker that fails (it could not start, or stopped) leaves its plans to lintPlans below, on this thread.
		await lintIntoCache(snapshot, policy, cache, missing, threads).catch(onWorkerError);
	}
	return lintPlans(snapshot, policy, cache);
}
