/**
 * How each major account's objectives moved in the progress report's period:
 * the engine's objectives now against the plan as committed at the period
 * start (read by src/data/history.ts in the same git pass as the plan
 * history). For the progress report page.
 */
import { type AccountMovement, type PlanAtStart, type ProgressMovement, objectiveMovement } from '../lib/engine/objective-movement.ts';
import type { HistoryResult, VersionAt } from '../node/git-history.ts';
import type { Portfolio } from '../lib/engine/types.ts';
import { derived } from './content-source.ts';
import { getHistory } from './history.ts';
import { getPortfolio } from './portfolio.ts';

function atStartOf(version: VersionAt | undefined): PlanAtStart {
	if (version?.state === 'read') return { kind: 'found', frontmatter: version.frontmatter };
	if (version?.state === 'absent') return { kind: 'absent' };
	return { kind: 'unknown' };
}

/** The movement of every account of the progress report, from the portfolio and the history of one build. */
export function progressMovement(portfolio: Portfolio, history: HistoryResult): ProgressMovement {
	const { periodStart } = portfolio.progressReport;
	const tolerance = portfolio.policy.objectivePaceTolerance;
	const bySlug = new Map<string, AccountMovement>();
	for (const row of portfolio.progressReport.accounts) {
		const account = portfolio.bySlug.get(row.slug);
		if (!account) throw new Error(`the progress report names \`${row.slug}\`, which the portfolio does not hold`);
		const version = history.available && account.file ? history.plans.get(account.file)?.atDate : undefined;
		const movement: AccountMovement = objectiveMovement(account, atStartOf(version), periodStart, tolerance);
		if (history.available && movement.basis === 'unknown') {
			movement.unknownBecause = version?.state === 'before-history' || version?.state === 'unreadable' ? version.state : 'not-read';
		}
		if (version?.state === 'read') movement.commit = { hash: version.commit.hash, day: version.commit.day };
		bySlug.set(row.slug, movement);
	}
	// A history that begins after the period start is so for every plan: the page says it once.
	const beforeHistory = [...bySlug.values()].some((movement) => movement.unknownBecause === 'before-history');
	const unavailable = !history.available ? history.reason : beforeHistory ? 'before-history' : undefined;
	return { periodStart, ...(unavailable && { unavailable }), bySlug };
}

/** The progress report's movement, computed once per revision of the content. */
export const getProgressMovement = derived(async (snapshot) => progressMovement(getPortfolio.of(snapshot), await getHistory.of(snapshot)));
