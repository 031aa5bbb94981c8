import type { Policy } from '../../../schemas/policy.ts';
import { compareDates, minDate } from './dates.ts';
import { dueStatus } from './review.ts';
import type { AccountView, ProgressReport, ScheduleEntry } from './types.ts';
import { compareText } from '../compare.ts';

const KIND_ORDER: Record<ScheduleEntry['kind'], number> = { plan: 0, collective: 1, 'progress-report': 2 };

function entryKey(entry: ScheduleEntry): string {
	if (entry.kind === 'plan') return entry.slug;
	if (entry.kind === 'collective') return entry.owner ?? '';
	return entry.periodStart;
}

/**
 * The review calendar, soonest first:
 * - one entry per major and named plan;
 * - one collective review per owner of non-named and mass-market plans (mass-market
 *   plans without an owner form the group `owner: null`), due when its earliest plan is due;
 * - the next progress report on the major accounts, when there are any.
 * Lost accounts stay in: a lost account keeps an owner and a win-back plan, and
 * that plan is reviewed like any other.
 */
export function reviewSchedule(accounts: readonly AccountView[], report: ProgressReport, policy: Policy, asOf: string): ScheduleEntry[] {
	const entries: ScheduleEntry[] = [];
	const collective = new Map<string | null, AccountView[]>();
	for (const account of accounts) {
		if (account.review.collective) {
			const owner = account.frontmatter.owner ?? null;
			const members = collective.get(owner);
			if (members) members.push(account);
			else collective.set(owner, [account]);
			continue;
		}
		const { due, status, daysUntilDue } = account.review;
		const entry: ScheduleEntry = { kind: 'plan', slug: account.slug, tier: account.tier, due, status, daysUntilDue };
		if (account.frontmatter.owner !== undefined) entry.owner = account.frontmatter.owner;
		entries.push(entry);
	}
	for (const [owner, members] of collective) {
		const due = members.map((a) => a.review.due).reduce(minDate);
		const slugs = members.map((a) => a.slug).sort();
		entries.push({ kind: 'collective', owner, slugs, due, ...dueStatus(due, asOf, policy.dueSoonDays) });
	}
	if (report.accounts.length > 0) {
		const { due, periodStart, periodEnd } = report;
		entries.push({ kind: 'progress-report', due, periodStart, periodEnd, ...dueStatus(due, asOf, policy.dueSoonDays) });
	}
	return entries.sort((a, b) => {
		const byDue = compareDates(a.due, b.due) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
		if (byDue !== 0) return byDue;
		// The owner-less collective review sorts after the named owners' ones.
		const keyA = entryKey(a);
		const keyB = entryKey(b);
		return keyA === keyB ? 0 : keyA === '' ? 1 : keyB === '' ? -1 : compareText(keyA, keyB);
	});
}
