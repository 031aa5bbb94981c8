/**
 * The content repository's history for the plan pages and the progress
 * report, read once per build (a handful of git processes for all plans).
 * Without git, outside a repository or in a shallow clone it is
 * `available: false`, and the pages say so; the build goes on.
 */
import { asOfFromEnv } from '../node/as-of.ts';
import { contentDirFromEnv } from '../node/content-dir.ts';
import { GitHistoryCache, type HistoryResult, readPlanHistory } from '../node/git-history.ts';
import type { ValidationResult } from '../lib/content/validate.ts';
import { inProgressReport, reportPeriod } from '../lib/engine/progress-report.ts';
import { isLivePreview } from './live-state.ts';
import { loadValidatedContent } from './loader.ts';

/** The history of the content it was read for; the live preview replaces the content on every save. */
let memo: { content: ValidationResult; history: Promise<HistoryResult> } | undefined;

/** The live preview reads the history after every save: git again only for what is new (GitHistoryCache). */
let liveCache: GitHistoryCache | undefined;

function readFor(content: ValidationResult): Promise<HistoryResult> {
	// The progress report compares its plans with their versions at the start of its period.
	const { periodStart } = reportPeriod(asOfFromEnv(), content.policy);
	const files = content.plans.filter((plan) => inProgressReport(plan.frontmatter.tier)).map((plan) => plan.file);
	const cache = isLivePreview() ? (liveCache ??= new GitHistoryCache()) : undefined;
	return readPlanHistory(contentDirFromEnv(), content.plans, { at: { date: periodStart, files }, policy: content.policy, ...(cache && { cache }) });
}

export function getHistory(): Promise<HistoryResult> {
	// A build reads its content once: each plan page gets the same promise.
	if (memo && !isLivePreview()) return memo.history;
	return historyOfLatestContent();
}

async function historyOfLatestContent(): Promise<HistoryResult> {
	const content = await loadValidatedContent();
	if (memo?.content !== content) memo = { content, history: readFor(content) };
	return memo.history;
}
