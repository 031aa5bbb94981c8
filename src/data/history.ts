/**
 * The content repository's history for the plan pages, read once per build
 * (a handful of git processes for all plans). Without git, outside a
 * repository or in a shallow clone it is `available: false`, and the pages say
 * so; the build goes on.
 */
import { contentDirFromEnv } from '../node/content-dir.ts';
import { type HistoryResult, readPlanHistory } from '../node/git-history.ts';
import type { ValidationResult } from '../lib/content/validate.ts';
import { loadValidatedContent } from './loader.ts';

/** The history of the content it was read for; the live preview replaces the content on every save. */
let memo: { content: ValidationResult; history: Promise<HistoryResult> } | undefined;

export async function getHistory(): Promise<HistoryResult> {
	const content = await loadValidatedContent();
	if (memo?.content !== content) memo = { content, history: readPlanHistory(contentDirFromEnv(), content.plans) };
	return memo.history;
}
