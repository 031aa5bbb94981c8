/**
 * One check of the live preview's content: validation (only changed files are
 * checked again, IncrementalValidator) and lint (PlanLintCache). When many
 * files need checking (the first check of a large content directory), both
 * run on worker threads, side by side: lint needs only the policy's parts and
 * the file names, not the validation's result. The result is the same as
 * `validator.validate(snapshot)` and `lintPlans(snapshot, policy, cache)`.
 */
import { availableParallelism } from 'node:os';
import type { IncrementalValidator } from '../lib/content/incremental.ts';
import { type ContentSnapshot, type ValidationResult, validateContent } from '../lib/content/validate.ts';
import type { Diagnostic } from '../lib/diagnostics.ts';
import type { PlanLintCache } from '../lint/lint-plans.ts';
import { lintPlansInParallel } from './lint-parallel.ts';
import { PlanCheckers } from './validate-parallel.ts';

/** Below this many plans to check, starting validation workers costs more than it saves. */
const PARALLEL_THRESHOLD = 500;

export async function checkLiveContent(
	snapshot: ContentSnapshot,
	validator: IncrementalValidator,
	lintCache: PlanLintCache,
	{ threads = availableParallelism(), parallelFrom = PARALLEL_THRESHOLD } = {},
): Promise<{ validation: ValidationResult; lint: Diagnostic[] }> {
	// The policy as validation reads it (its problems are validation's to report).
	const { policy } = validateContent({ ...snapshot, accounts: [], visits: [] });
	const lint = lintPlansInParallel(snapshot, policy, lintCache, { threads, parallelFrom });
	// Awaited below; handled now, so a failure while validation runs is not an unhandled rejection.
	lint.catch(() => {});
	const unchecked = validator.unchecked(snapshot);
	if (threads >= 2 && unchecked.length >= parallelFrom) {
		const checkers = new PlanCheckers(threads);
		try {
			validator.remember(snapshot, (await checkers.check(unchecked, policy)).plans);
		} catch {
			// Workers that fail leave the files to the validator, on this thread.
		}
	}
	const validation = validator.validate(snapshot);
	return { validation, lint: await lint };
}
