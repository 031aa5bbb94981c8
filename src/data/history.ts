/**
 * The content repository's history for the plan pages, read once per build
 * (a handful of git processes for all plans). Without git, outside a
 * repository or in a shallow clone it is `available: false`, and the pages say
 * so; the build goes on.
 */
import { contentDirFromEnv } from '../node/content-dir.ts';
import { type HistoryResult, readPlanHistory } from '../node/git-history.ts';
import { loadValidatedContent } from './loader.ts';

let history: Promise<HistoryResult> | undefined;

export function getHistory(): Promise<HistoryResult> {
	history ??= loadValidatedContent().then(({ plans }) => readPlanHistory(contentDirFromEnv(), plans));
	return history;
}
