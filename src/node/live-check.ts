/**
 * One check of the live preview's content: validation (only changed files are
 * checked again, IncrementalValidator) and lint (PlanLintCache).
 *
 * The first check of a large content directory: validation runs on worker
 * threads; linting 10,000 plans takes about 14 s of CPU, more than the whole
 * start may take, so when at least `lintInBackgroundFrom` plans need linting
 * they are linted on worker threads in the background: the check answers
 * with the lint problems known so far (a plan's last result for its text, when
 * only the set of plans or the policy's parts changed; none at the start), and
 * `lintDone` resolves once the rest are in the cache; a check after that gives
 * the full result. Plans saved meanwhile that the background does not lint
 * are linted at once. Smaller lints (every save) are done at once, as before. The result
 * is then the same as `validator.validate(snapshot)` and
 * `lintPlans(snapshot, policy, cache)`.
 */
import { availableParallelism } from 'node:os';
import type { IncrementalValidator } from '../lib/content/incremental.ts';
import { type ContentSnapshot, type ValidationResult, validateContent } from '../lib/content/validate.ts';
import type { Diagnostic } from '../lib/diagnostics.ts';
import { lintPlans, type PlanLintCache, plansToLint } from '../lint/lint-plans.ts';
import { lintIntoCache } from './lint-parallel.ts';
import { PlanCheckers } from './validate-parallel.ts';

/** Below this many plans to check, starting worker threads costs more than it saves. */
const PARALLEL_THRESHOLD = 500;

export interface LiveCheckOptions {
	threads?: number;
	/** Validate on worker threads from this many files to check. */
	parallelFrom?: number;
	/** Lint in the background from this many plans to lint (Infinity: never). */
	lintInBackgroundFrom?: number;
}

export interface LiveCheck {
	validation: ValidationResult;
	lint: Diagnostic[];
	/** Set while plans are linted in the background: resolves when they are in the cache (check again then). */
	lintDone?: Promise<void>;
}

/** The background lint of each cache (and the plans it lints), while it runs; and caches whose workers failed (they lint on this thread). */
const background = new WeakMap<PlanLintCache, { done: Promise<void>; paths: ReadonlySet<string> }>();
const noWorkers = new WeakSet<PlanLintCache>();

export async function checkLiveContent(snapshot: ContentSnapshot, validator: IncrementalValidator, lintCache: PlanLintCache, options: LiveCheckOptions = {}): Promise<LiveCheck> {
	const { threads = availableParallelism(), parallelFrom = PARALLEL_THRESHOLD, lintInBackgroundFrom = PARALLEL_THRESHOLD } = options;
	const unchecked = validator.unchecked(snapshot);
	if (threads >= 2 && unchecked.length >= parallelFrom) {
		// The policy as validation reads it (its problems are validation's to report).
		const { policy } = validateContent({ ...snapshot, accounts: [], visits: [] });
		try {
			validator.remember(snapshot, (await new PlanCheckers(threads).check(unchecked, policy)).plans);
		} catch {
			// Workers that fail leave the files to the validator, on this thread.
		}
	}
	const validation = validator.validate(snapshot);
	const running = background.get(lintCache);
	if (running) return { validation, lint: await lintPlans(snapshot, validation.policy, lintCache, { deferred: running.paths }), lintDone: running.done };
	const missing = noWorkers.has(lintCache) ? [] : plansToLint(snapshot, validation.policy, lintCache);
	if (missing.length < lintInBackgroundFrom) return { validation, lint: await lintPlans(snapshot, validation.policy, lintCache) };
	const paths = new Set(missing.map((file) => file.path));
	// One worker fewer than the cores, at the lowest priority: serving pages comes first meanwhile.
	const lintDone = lintIntoCache(snapshot, validation.policy, lintCache, missing, Math.max(1, threads - 1), { background: true }).then(
		() => void background.delete(lintCache),
		() => {
			background.delete(lintCache);
			noWorkers.add(lintCache);
		},
	);
	background.set(lintCache, { done: lintDone, paths });
	return { validation, lint: await lintPlans(snapshot, validation.policy, lintCache, { deferred: paths }), lintDone };
}
