import type { AccountView, Portfolio } from '../engine/types.ts';

type Cell = string | number | boolean | undefined;

/** Characters that make a spreadsheet read a cell as a formula (or hide its start). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One text cell: a leading apostrophe defuses a would-be formula (CSV
 * injection: `=HYPERLINK(...)` typed into a plan must stay text), then RFC 4180
 * quoting when the cell holds a quote, comma or line break.
 */
export function textCell(value: string): string {
	const safe = FORMULA_START.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Numbers and booleans are written as they are (a number cannot carry a formula); missing is empty. */
function cell(value: Cell): string {
	if (value === undefined) return '';
	if (typeof value === 'string') return textCell(value);
	return String(value);
}

/** The columns, in order, with how each reads an account. */
const COLUMNS: readonly [string, (a: AccountView) => Cell][] = [
	['slug', (a) => a.slug],
	['name', (a) => a.name],
	['tier', (a) => a.tier],
	['category', (a) => a.category],
	['owner', (a) => a.frontmatter.owner],
	['sponsor', (a) => a.frontmatter.sponsor],
	['region', (a) => a.frontmatter.region],
	['industry', (a) => a.frontmatter.industry],
	['parent', (a) => a.frontmatter.parent],
	['tags', (a) => a.frontmatter.tags?.join('; ')],
	['currency', (a) => a.currency],
	['current', (a) => a.frontmatter.value.current],
	['potential', (a) => a.frontmatter.value.potential],
	['wallet', (a) => a.frontmatter.value.wallet],
	['shareOfWallet', (a) => a.shareOfWallet],
	['shareOfWalletTarget', (a) => a.shareOfWalletTarget],
	['quadrant', (a) => a.quadrant],
	['suggestedTier', (a) => a.suggestedTier],
	['tierMismatch', (a) => a.tierMismatch],
	['reviewLast', (a) => a.review.last],
	['reviewDue', (a) => a.review.due],
	['reviewStatus', (a) => a.review.status],
	['daysUntilReview', (a) => a.review.daysUntilDue],
	['openActions', (a) => a.openActions],
	['overdueActions', (a) => a.overdueActions],
	['periodStart', (a) => a.period.start],
	['periodEnd', (a) => a.period.end],
	['periodState', (a) => a.period.state],
	['health', (a) => a.health.score],
	['lostDate', (a) => a.frontmatter.lost?.date],
	['lostReason', (a) => a.frontmatter.lost?.reason],
	['objectivesAchieved', (a) => a.objectivesByStatus.achieved],
	['objectivesMissed', (a) => a.objectivesByStatus.missed],
	['objectivesBehind', (a) => a.objectivesByStatus.behind],
	['objectivesOnTrack', (a) => a.objectivesByStatus['on-track']],
	['latestReviewDate', (a) => a.latestReview?.date],
	['latestReviewOutcome', (a) => a.latestReview?.outcome],
];

/** The header row of `/data/accounts.csv`. */
export const CSV_COLUMNS: readonly string[] = COLUMNS.map(([name]) => name);

/**
 * `/data/accounts.csv`: one row per account (slug order) with the main fields,
 * RFC 4180 (CRLF line ends, quoted cells). It starts with a UTF-8 byte-order
 * mark, because spreadsheet programs otherwise misread the Chinese names.
 */
export function buildAccountsCsv(portfolio: Portfolio): string {
	const rows = [CSV_COLUMNS.map(textCell), ...portfolio.accounts.map((account) => COLUMNS.map(([, read]) => cell(read(account))))];
	return `\uFEFF${rows.map((row) => row.join(',')).join('\r\n')}\r\n`;
}
