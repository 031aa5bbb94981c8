/**
 * The pull request's job summary, in Markdown: the errors and warnings of the
 * plans, and what the pull request changes in the portfolio compared with the
 * base branch (new and removed plans, tier, value, review status). Pure: the
 * CLI computes both sides with the engine and passes them in.
 *
 * Everything taken from content (names, slugs, messages quoting values) is
 * escaped, so a plan cannot inject Markdown, HTML or mentions into the summary.
 */
import type { Diagnostic } from './diagnostics.ts';
import type { AccountView } from './engine/types.ts';

export interface PrSummaryInput {
	/** Problems of the head (validate and lint), paths as the reader should see them. */
	diagnostics: readonly Diagnostic[];
	/** Accounts on the base branch; `undefined` when the base could not be read. */
	base: readonly AccountView[] | undefined;
	/** Accounts with the pull request's changes. */
	head: readonly AccountView[];
	/** Slugs of plan files that exist but did not validate, on each side: neither new nor removed, just not compared. */
	unchecked?: { base?: readonly string[]; head?: readonly string[] };
	/** The as-of date both sides were computed for. */
	asOf: string;
	/** Most diagnostics listed per severity; the rest are counted. */
	limit?: number;
}

/** Escapes text for Markdown and inline HTML: punctuation Markdown reads, `<`, `&`, `@mentions`, line breaks. */
export function escapeMarkdown(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/[\\`*_{}[\]()#+\-.!|~@:"']/g, (ch) => `\\${ch}`)
		.replace(/[\r\n]+/g, ' ');
}

const e = escapeMarkdown;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
function money(amount: number | undefined, currency: string): string {
	return amount === undefined ? '—' : `${e(currency)} ${numberFormat.format(amount)}`;
}

function percentChange(from: number, to: number): string {
	if (from === 0) return '';
	const change = (to - from) / from;
	return ` (${change > 0 ? '+' : ''}${(change * 100).toFixed(Math.abs(change) < 0.1 ? 1 : 0)} %)`;
}

function diagnosticTable(list: readonly Diagnostic[], limit: number): string[] {
	const lines = ['| Where | Problem | Rule |', '| --- | --- | --- |'];
	for (const d of list.slice(0, limit)) {
		const where = `${d.file}${d.line ? `:${d.line}` : ''}${d.column ? `:${d.column}` : ''}`;
		const problem = d.field ? `${d.field}: ${d.message}` : d.message;
		lines.push(`| ${e(where)} | ${e(problem)} | ${e(d.rule)} |`);
	}
	if (list.length > limit) lines.push('', `…and ${list.length - limit} more; the check's log lists them all.`);
	return lines;
}

const planLabel = (account: AccountView) => `**${e(account.name)}** (${e(account.slug)})`;

/** Rows of the "changed plans" table: one per plan whose tier, value or review status differs. */
function changedRows(base: readonly AccountView[], head: readonly AccountView[]): string[] {
	const before = new Map(base.map((a) => [a.slug, a]));
	const rows: string[] = [];
	for (const now of head) {
		const then = before.get(now.slug);
		if (!then) continue;
		const cells: string[] = [];
		cells.push(then.tier === now.tier ? e(now.tier) : `${e(then.tier)} → **${e(now.tier)}**`);
		const valueCell = (from: number | undefined, to: number | undefined) =>
			from === to ? money(to, now.currency) : `${money(from, then.currency)} → **${money(to, now.currency)}**${from !== undefined && to !== undefined ? percentChange(from, to) : ''}`;
		cells.push(valueCell(then.frontmatter.value.current, now.frontmatter.value.current));
		cells.push(valueCell(then.frontmatter.value.potential, now.frontmatter.value.potential));
		const reviewed = then.review.last !== now.review.last && now.review.last !== undefined ? ` (reviewed ${e(now.review.last)})` : '';
		cells.push(then.review.status === now.review.status ? `${e(now.review.status)}${reviewed}` : `${e(then.review.status)} → **${e(now.review.status)}**${reviewed}`);
		const changed =
			then.tier !== now.tier ||
			then.frontmatter.value.current !== now.frontmatter.value.current ||
			then.frontmatter.value.potential !== now.frontmatter.value.potential ||
			then.review.status !== now.review.status ||
			reviewed !== '';
		if (changed) rows.push(`| ${planLabel(now)} | ${cells.join(' | ')} |`);
	}
	return rows;
}

export function prSummary(input: PrSummaryInput): string {
	const limit = input.limit ?? 50;
	const errors = input.diagnostics.filter((d) => d.severity === 'error');
	const warnings = input.diagnostics.filter((d) => d.severity === 'warning');
	const out: string[] = ['## KAM plans: check of this pull request', ''];

	if (errors.length + warnings.length === 0) out.push('✅ No errors and no warnings.');
	else {
		const files = new Set(input.diagnostics.map((d) => d.file)).size;
		out.push(`${errors.length > 0 ? '❌' : '⚠️'} **${plural(errors.length, 'error')}**, ${plural(warnings.length, 'warning')} in ${plural(files, 'file')}.${errors.length > 0 ? ' Errors block the merge and the publication.' : ''}`);
	}
	if (errors.length > 0) out.push('', '### Errors', '', ...diagnosticTable(errors, limit));
	if (warnings.length > 0) out.push('', '### Warnings', '', ...diagnosticTable(warnings, limit));

	out.push('', '### Changes compared with the base branch', '');
	if (!input.base) {
		out.push('The base branch could not be read, so there is nothing to compare with.');
		return `${out.join('\n')}\n`;
	}
	const baseSlugs = new Set(input.base.map((a) => a.slug));
	const headSlugs = new Set(input.head.map((a) => a.slug));
	const uncheckedBase = new Set(input.unchecked?.base ?? []);
	const uncheckedHead = new Set(input.unchecked?.head ?? []);
	const added = input.head.filter((a) => !baseSlugs.has(a.slug) && !uncheckedBase.has(a.slug));
	const removed = input.base.filter((a) => !headSlugs.has(a.slug) && !uncheckedHead.has(a.slug));
	const rows = changedRows(input.base, input.head);
	const notCompared = [...new Set([...uncheckedBase, ...uncheckedHead])].sort();

	if (added.length + removed.length + rows.length === 0) out.push('No plan changes tier, value or review status.', '');
	if (added.length > 0) {
		out.push(`**New plans (${added.length}):**`, '');
		for (const a of added) out.push(`- ${planLabel(a)}: ${e(a.tier)}, current ${money(a.frontmatter.value.current, a.currency)}, potential ${money(a.frontmatter.value.potential, a.currency)}`);
		out.push('');
	}
	if (removed.length > 0) {
		out.push(`**Removed plans (${removed.length}):**`, '');
		for (const a of removed) out.push(`- ${planLabel(a)}: ${e(a.tier)}`);
		out.push('');
	}
	if (rows.length > 0) {
		out.push(`**Changed plans (${rows.length}):**`, '', '| Plan | Tier | Current value | Potential value | Review |', '| --- | --- | --- | --- | --- |', ...rows, '');
	}
	if (notCompared.length > 0) out.push(`**Not compared, because of errors (${notCompared.length}):** ${notCompared.map(e).join(', ')}`, '');
	out.push(`Review states as of ${e(input.asOf)}.`);
	return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
