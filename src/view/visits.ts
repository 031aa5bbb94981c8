/**
 * What the visit pages show, from the computed portfolio: a visit's anchor
 * and the names of whom it met; the rows of /visits/ (planned ahead, then the
 * rest latest first) and of a person's recent visits; what changed at an
 * account since its last visit (the visit brief).
 */
import type { ReviewOutcome } from '../../schemas/review-record.ts';
import type { AccountView, ActionView, Portfolio, VisitView } from '../lib/engine/types.ts';
import { addDays, compareDates } from '../lib/engine/dates.ts';
import { compareText } from '../lib/compare.ts';

/** The id of a visit on its plan's page: `visit-<date>-<topic>`. */
export function visitAnchor(visit: Pick<VisitView, 'date' | 'topic'>): string {
	return `visit-${visit.date}-${visit.topic}`;
}

/** The address of a visit on its plan's page. */
export function visitHref(slug: string, visit: Pick<VisitView, 'date' | 'topic'>): string {
	return `/accounts/${slug}/#${visitAnchor(visit)}`;
}

/** The names of the contacts a visit met, in its order (the id when the plan no longer has the contact). */
export function visitContactNames(account: AccountView, visit: Pick<VisitView, 'theirs'>): string[] {
	const contacts = account.frontmatter.contacts ?? [];
	return visit.theirs.map((id) => contacts.find((c) => c.id === id)?.name ?? id);
}

/** One visit with its account, for the lists across accounts. */
export interface VisitRow {
	account: AccountView;
	visit: VisitView;
}

/**
 * Every visit of the portfolio in the order /visits/ lists them: planned
 * visits on or after the as-of date first (soonest first), then the rest,
 * latest first; ties by account slug and file.
 */
export function visitRows(portfolio: Pick<Portfolio, 'accounts'>): VisitRow[] {
	let rows = sortedRows.get(portfolio.accounts);
	if (!rows) {
		rows = [];
		for (const account of portfolio.accounts) for (const visit of account.visitReports) rows.push({ account, visit });
		rows.sort(compareVisitRows);
		sortedRows.set(portfolio.accounts, rows);
	}
	return rows;
}

/** Sorted once per portfolio: every page of /visits/ asks. */
const sortedRows = new WeakMap<readonly AccountView[], VisitRow[]>();

/** The order of visit lists: upcoming planned visits first (soonest first), then the rest latest first; ties by slug and file. */
export function compareVisitRows(a: VisitRow, b: VisitRow): number {
	if (a.visit.upcoming !== b.visit.upcoming) return a.visit.upcoming ? -1 : 1;
	const byDate = a.visit.upcoming ? compareDates(a.visit.date, b.visit.date) : compareDates(b.visit.date, a.visit.date);
	return byDate || compareText(a.account.slug, b.account.slug) || compareText(a.visit.file, b.visit.file);
}

/** Accounts overdue for a visit, longest without one first (never visited first), then by slug. */
export function visitOverdueAccounts(portfolio: Pick<Portfolio, 'accounts'>): AccountView[] {
	const days = (a: AccountView) => a.visits.daysSinceLast ?? Number.POSITIVE_INFINITY;
	return portfolio.accounts.filter((a) => a.visits.overdue).sort((a, b) => days(b) - days(a) || compareText(a.slug, b.slug));
}

/** Days back a person's page lists their visits. */
export const RECENT_VISIT_DAYS = 90;

/** A visit a person's page lists: planned ahead, or dated within the last RECENT_VISIT_DAYS days up to the as-of date. */
export function isRecentOrUpcoming(visit: Pick<VisitView, 'date' | 'upcoming'>, asOf: string): boolean {
	return visit.upcoming || (compareDates(visit.date, addDays(asOf, -RECENT_VISIT_DAYS)) >= 0 && compareDates(visit.date, asOf) <= 0);
}

/** What changed at an account since a date (its last done visit): reviews, actions done or come due, other visits. */
export type BriefChange =
	| { kind: 'review'; date: string; outcome: ReviewOutcome }
	| { kind: 'action-done'; title: string; date?: string }
	| { kind: 'action-due'; title: string; date: string }
	| { kind: 'visit'; visit: VisitView };

/**
 * The changes since `since` (exclusive) up to the as-of date: reviews held,
 * actions done (due in that time) or come due and still open, and visits
 * other than done ones (cancelled). Undefined `since`: nothing to compare.
 */
export function changesSince(account: AccountView, since: string, asOf: string): BriefChange[] {
	const inRange = (date: string | undefined) => date !== undefined && compareDates(date, since) > 0 && compareDates(date, asOf) <= 0;
	const changes: BriefChange[] = [];
	for (const review of account.reviewHistory) if (inRange(review.date)) changes.push({ kind: 'review', date: review.date, outcome: review.outcome });
	for (const action of account.actions) {
		if (!inRange(action.due)) continue;
		if (action.status === 'done') changes.push({ kind: 'action-done', title: action.title, date: action.due! });
		else if (action.open) changes.push({ kind: 'action-due', title: action.title, date: action.due! });
	}
	for (const visit of account.visitReports) if (visit.status === 'cancelled' && inRange(visit.date)) changes.push({ kind: 'visit', visit });
	return changes;
}

/** The latest done visits of an account (at most `count`), latest first. */
export function lastDoneVisits(account: AccountView, count: number): VisitView[] {
	return account.visitReports.filter((v) => v.status === 'done').slice(0, count);
}

/** The next planned visit on or after the as-of date, if any. */
export function nextPlannedVisit(account: AccountView): VisitView | undefined {
	return account.visitReports.filter((v) => v.upcoming).at(-1);
}

/** Most open actions the brief lists (soonest due first); the rest are counted. */
export const BRIEF_ACTIONS = 6;
/** How many of the latest done visits the brief recalls. */
export const BRIEF_VISITS = 2;

/** What the visit brief shows of an account. */
export interface BriefFacts {
	/** The next planned visit, if any. */
	next?: VisitView;
	/** Whom we will meet: the next visit's contacts when it names them, else every contact; with their flags. */
	people: { contact: NonNullable<AccountView['frontmatter']['contacts']>[number]; view: AccountView['contacts'][number] }[];
	/** Objectives not achieved. */
	objectives: AccountView['objectives'];
	/** Open actions, soonest due first (at most BRIEF_ACTIONS). */
	actions: ActionView[];
	moreActions: number;
	lastVisits: VisitView[];
	/** The latest done visit's date; undefined without one. */
	since?: string;
	changes: BriefChange[];
}

export function briefFacts(account: AccountView, asOf: string): BriefFacts {
	const contacts = account.frontmatter.contacts ?? [];
	const next = nextPlannedVisit(account);
	const chosen = next && next.theirs.length > 0 ? new Set(next.theirs) : undefined;
	const people = contacts.flatMap((contact, index) => (chosen && !(contact.id !== undefined && chosen.has(contact.id)) ? [] : [{ contact, view: account.contacts[index]! }]));
	const open = account.actions.filter((a) => a.open).sort((a, b) => compareText(a.due ?? '9999', b.due ?? '9999') || a.index - b.index);
	const since = account.visits.last ?? undefined;
	return {
		...(next && { next }),
		people,
		objectives: account.objectives.filter((o) => o.status !== 'achieved'),
		actions: open.slice(0, BRIEF_ACTIONS),
		moreActions: Math.max(0, open.length - BRIEF_ACTIONS),
		lastVisits: lastDoneVisits(account, BRIEF_VISITS),
		...(since !== undefined && { since }),
		changes: since === undefined ? [] : changesSince(account, since, asOf),
	};
}
