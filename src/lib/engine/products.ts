/**
 * Product lines and whitespace: per line, our share = current / wallet; a line
 * where the customer spends (wallet > 0) and we sell nothing (current = 0) is
 * whitespace. Rollups by line sum per currency, never across currencies.
 */
import type { Policy } from '../../../schemas/policy.ts';
import type { ProductLineFigures } from '../../../schemas/products.ts';
import { resolveTerm } from '../vocabulary.ts';
import type { AccountView, MoneyByCurrency, ProductLineRollup, ProductLineView } from './types.ts';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Where the customer spends on a line and we sell nothing. */
export function isWhitespace(line: { current: number; wallet: number }): boolean {
	return line.wallet > 0 && line.current === 0;
}

/** Our share of the customer's spend on a line; null when it spends nothing there. */
export function lineShare(line: { current: number; wallet: number }): number | null {
	return line.wallet > 0 ? line.current / line.wallet : null;
}

/** A plan's product lines, in plan order, each named by its policy entry. */
export function productLineViews(products: readonly ProductLineFigures[] | undefined, policy: Policy): ProductLineView[] {
	return (products ?? []).map((row) => {
		const term = resolveTerm(policy.productLines, row.line);
		return { line: term.id, name: term.name, current: row.current, wallet: row.wallet, share: lineShare(row), whitespace: isWhitespace(row) };
	});
}

/** The wallet at stake on an account's whitespace lines (in its currency). */
export function whitespaceWallet(lines: readonly ProductLineView[]): number {
	return lines.reduce((sum, line) => (line.whitespace ? sum + line.wallet : sum), 0);
}

function add(sums: MoneyByCurrency, currency: string, amount: number) {
	sums[currency] = (sums[currency] ?? 0) + amount;
}

function sortedByCurrency<T>(sums: Record<string, T>): Record<string, T> {
	const sorted: Record<string, T> = {};
	for (const currency of Object.keys(sums).sort(byText)) sorted[currency] = sums[currency]!;
	return sorted;
}

/**
 * Rollups by product line over a set of accounts: one per policy line, in the
 * policy's order, lines no account lists included (with zeros). Share per
 * currency = Sum(current) / Sum(wallet) over the accounts with a wallet on the line.
 */
export function productLineRollups(accounts: readonly AccountView[], policy: Policy): ProductLineRollup[] {
	const lines = policy.productLines ?? [];
	if (lines.length === 0) return [];
	const sums = new Map(lines.map((entry) => [entry.id, { accounts: 0, whitespace: 0, current: {} as MoneyByCurrency, wallet: {} as MoneyByCurrency, currentWithWallet: {} as MoneyByCurrency, whitespaceWallet: {} as MoneyByCurrency }]));
	for (const account of [...accounts].sort((a, b) => byText(a.slug, b.slug))) {
		for (const line of account.products) {
			const sum = sums.get(line.line);
			if (!sum) continue; // a line the policy does not know: reported by the validator
			sum.accounts++;
			add(sum.current, account.currency, line.current);
			add(sum.wallet, account.currency, line.wallet);
			if (line.wallet > 0) add(sum.currentWithWallet, account.currency, line.current);
			if (line.whitespace) {
				sum.whitespace++;
				add(sum.whitespaceWallet, account.currency, line.wallet);
			}
		}
	}
	return lines.map((entry) => {
		const sum = sums.get(entry.id)!;
		const share: Record<string, number> = {};
		for (const currency of Object.keys(sum.wallet).sort(byText)) if (sum.wallet[currency]! > 0) share[currency] = sum.currentWithWallet[currency]! / sum.wallet[currency]!;
		return {
			line: entry.id,
			name: entry.name,
			accounts: sum.accounts,
			current: sortedByCurrency(sum.current),
			wallet: sortedByCurrency(sum.wallet),
			share,
			whitespace: sum.whitespace,
			whitespaceWallet: sortedByCurrency(sum.whitespaceWallet),
		};
	});
}
