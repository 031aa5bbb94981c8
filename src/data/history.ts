/**
 * The content repository's history for the plan pages and the progress
 * report, read once per revision of the content (a handful of git processes
 * for all plans). Without git, outside a repository or in a shallow clone it
 * is `available: false`, and the pages say so; the build goes on.
 */
import { asOfFromEnv } from '../node/as-of.ts';
import { contentDirFromEnv } from '../node/content-dir.ts';
import { GitHistoryCache, readPlanHistory } from '../node/git-history.ts';
import { inProgressReport, reportPeriod } from '../lib/engine/progress-report.ts';
import { derived } from './content-source.ts';

/** What git gave before: the live preview reads the history after every save, and git again only for what is new. */
const gitCache = new GitHistoryCache();

export const getHistory = derived(({ content }) => {
	// The progress report compares its plans with their versions at the start of its period.
	const { periodStart } = reportPeriod(asOfFromEnv(), content.policy);
	const files = content.plans.filter((plan) => inProgressReport(plan.frontmatter.tier)).map((plan) => plan.file);
	return readPlanHistory(contentDirFromEnv(), content.plans, { at: { date: periodStart, files }, policy: content.policy, cache: gitCache });
});
