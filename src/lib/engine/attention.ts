import { HEALTH_MAX, LOW_HEALTH_SCORE } from './health.ts';
import { tierRank } from './tiering.ts';
import { coldDeciders, uncoveredDeciders } from './relationships.ts';
import { needsFollowUp } from './review-record.ts';
import { ATTENTION_KINDS, type AccountView, type AttentionEntry, type AttentionItem } from './types.ts';
import { compareText } from '../compare.ts';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** What is wrong with one account now, most urgent first; empty when nothing is. */
export function attentionItems(account: AccountView): AttentionItem[] {
	const items: AttentionItem[] = [];
	const { review, period } = account;
	if (review.status === 'overdue') {
		const daysOverdue = -review.daysUntilDue;
		items.push({ kind: 'review-overdue', params: { due: review.due, daysOverdue }, message: `review overdue by ${plural(daysOverdue, 'day')} (due ${review.due})` });
	}
	if (account.overdueActions > 0) items.push({ kind: 'actions-overdue', params: { count: account.overdueActions }, message: `${plural(account.overdueActions, 'action')} overdue` });
	if (period.state === 'expired' && period.end !== undefined) items.push({ kind: 'period-expired', params: { end: period.end }, message: `plan period ended ${period.end}; write the plan for the next period` });
	if (review.neverReviewed) items.push({ kind: 'never-reviewed', params: {}, message: 'never reviewed; review due now' });
	if (period.state === 'ending' && period.end !== undefined) {
		const daysLeft = period.daysLeft ?? 0;
		items.push({ kind: 'period-ending', params: { end: period.end, daysLeft }, message: `plan period ends ${period.end} (in ${plural(daysLeft, 'day')}); start planning the next one` });
	}
	if (account.tierMismatch) items.push({ kind: 'tier-mismatch', params: { tier: account.tier, suggested: account.suggestedTier }, message: `declared tier ${account.tier}, value suggests ${account.suggestedTier}` });
	if (account.health.score < LOW_HEALTH_SCORE) {
		items.push({ kind: 'low-health', params: { score: account.health.score, max: HEALTH_MAX, threshold: LOW_HEALTH_SCORE }, message: `plan health ${account.health.score}/${HEALTH_MAX}` });
	}
	items.push(...livingPlanItems(account));
	items.sort((a, b) => ATTENTION_KINDS.indexOf(a.kind) - ATTENTION_KINDS.indexOf(b.kind));
	return items;
}

/** Reasons from the living plan: the latest review's outcome, missed and behind objectives, cold and uncovered deciders, the visit cadence. */
function livingPlanItems(account: AccountView): AttentionItem[] {
	const items: AttentionItem[] = [];
	const latest = account.latestReview;
	if (needsFollowUp(latest)) {
		items.push({ kind: 'review-outcome', params: { outcome: latest.outcome, date: latest.date }, message: `the review on ${latest.date} ended with ${latest.outcome}; act on its decisions before the next review` });
	}
	const missed = account.objectives.filter((o) => o.status === 'missed').map((o) => o.id);
	if (missed.length > 0) items.push({ kind: 'objectives-missed', params: { count: missed.length, ids: missed }, message: `${plural(missed.length, 'objective')} missed: ${missed.join(', ')}` });
	const behind = account.objectives.filter((o) => o.status === 'behind').map((o) => o.id);
	if (behind.length > 0) items.push({ kind: 'objectives-behind', params: { count: behind.length, ids: behind }, message: `${plural(behind.length, 'objective')} behind: ${behind.join(', ')}` });
	const cold = coldDeciders(account.contacts).map((c) => c.name);
	if (cold.length > 0) items.push({ kind: 'deciders-cold', params: { count: cold.length, names: cold }, message: `${plural(cold.length, 'decider')} gone cold: ${cold.join(', ')}` });
	const uncovered = uncoveredDeciders(account.contacts).map((c) => c.name);
	if (uncovered.length > 0) items.push({ kind: 'deciders-uncovered', params: { count: uncovered.length, names: uncovered }, message: `${plural(uncovered.length, 'decider')} not covered by anyone: ${uncovered.join(', ')}` });
	const visits = account.visits;
	if (visits.overdue && visits.everyDays !== null) {
		items.push({
			kind: 'visit-overdue',
			params: { everyDays: visits.everyDays, last: visits.last, days: visits.daysSinceLast },
			message: visits.last === null ? `never visited; the policy asks for a visit every ${plural(visits.everyDays, 'day')}` : `last visited ${visits.last} (${plural(visits.daysSinceLast ?? 0, 'day')} ago); the policy asks for a visit every ${plural(visits.everyDays, 'day')}`,
		});
	}
	return items;
}

/**
 * Accounts that need attention now, most urgent first: by their most urgent
 * kind, then more reasons first, then longest overdue review, then higher tier,
 * then slug, so the order is the same every build.
 */
export function attentionList(accounts: readonly AccountView[]): AttentionEntry[] {
	const entries = accounts
		.map((account) => ({ account, items: attentionItems(account) }))
		.filter((e) => e.items.length > 0);
	entries.sort((a, b) => {
		const rank = (items: AttentionItem[]) => ATTENTION_KINDS.indexOf(items[0]!.kind);
		return (
			rank(a.items) - rank(b.items) ||
			b.items.length - a.items.length ||
			a.account.review.daysUntilDue - b.account.review.daysUntilDue ||
			tierRank(a.account.tier) - tierRank(b.account.tier) ||
			compareText(a.account.slug, b.account.slug)
		);
	});
	return entries.map(({ account, items }) => ({ slug: account.slug, reasons: items.map((i) => i.message), items }));
}
