/**
 * The progress report page's rows: each major account's report row from the
 * engine, joined with its account, its attention entry and its overdue
 * milestones, so the page only renders.
 */
import type { Formatters } from '../i18n/format.ts';
import type { AccountView, ActionView, AttentionEntry, Portfolio, ProgressReport } from '../lib/engine/types.ts';

export interface ProgressReportCard {
	row: ProgressReport['accounts'][number];
	account: AccountView;
	/** Why the account needs attention now; absent when it does not. */
	attention?: AttentionEntry;
	/** Milestones past their due date and not done. */
	overdue: ActionView[];
}

export function progressReportCards(portfolio: Portfolio): ProgressReportCard[] {
	const attention = new Map(portfolio.attention.map((entry) => [entry.slug, entry]));
	return portfolio.progressReport.accounts.map((row) => {
		const account = portfolio.bySlug.get(row.slug);
		if (!account) throw new Error(`the progress report names \`${row.slug}\`, which the portfolio does not hold`);
		const entry = attention.get(row.slug);
		return { row, account, ...(entry && { attention: entry }), overdue: account.actions.filter((action) => action.overdue) };
	});
}

/** A change in money with its sign: `+¥1,000`, `-¥1,000`, `¥0`. */
export function signedMoney(amount: number, currency: string, fmt: Pick<Formatters, 'money'>): string {
	return `${amount > 0 ? '+' : ''}${fmt.money(amount, currency)}`;
}
