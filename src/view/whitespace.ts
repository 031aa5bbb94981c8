/**
 * The whitespace map and the product-line charts, shaped from what the engine
 * computed (share and whitespace per line, product-line rollups). Pure
 * presentation: which numbers go where, and the words for them.
 */
import type { Ui } from '../i18n/index.ts';
import type { AccountView, MoneyByCurrency, Portfolio, ProductLineRollup, ProductLineView, Rollup } from '../lib/engine/types.ts';
import type { BarSpec } from '../scripts/charts/spec.ts';
import { currenciesOf } from './charts.ts';
import type { ChartView } from './charts.ts';
import { compareText } from '../lib/compare.ts';
import type { TableModel } from './table.ts';

/** Shades of a share cell, lightest (low share) to darkest. */
export const SHARE_SHADES = 5;

/** The legend of the shades: each step and the range of share it stands for, lowest first. */
export function shadeSteps(ui: Ui): { shade: number; label: string }[] {
	return Array.from({ length: SHARE_SHADES }, (_, i) => ({ shade: i + 1, label: `${ui.fmt.percent(i / SHARE_SHADES)}–${ui.fmt.percent((i + 1) / SHARE_SHADES)}` }));
}

/** The shade of a share: 0-20 % is 1, ... 80-100 % is 5. */
export function shadeOf(share: number): number {
	return Math.min(SHARE_SHADES, Math.max(1, Math.floor(share * SHARE_SHADES) + 1));
}

/** One cell of the map. `text` is what it says (the mark is words, not only colour). */
export type WhitespaceCell =
	| { kind: 'whitespace'; text: string; mark: string; sortKey: number }
	| { kind: 'share'; text: string; shade: number; sortKey: number }
	| { kind: 'no-wallet' | 'not-listed'; text: string; sortKey: number };

export interface WhitespaceRow {
	account: AccountView;
	cells: WhitespaceCell[];
	/** The wallet at stake on the account's whitespace lines, formatted. */
	valueText: string;
}

/** A plan's lines by line id. */
function linesById(account: AccountView): Map<string, ProductLineView> {
	return new Map(account.products.map((line) => [line.line, line]));
}

function cellOf(line: ProductLineView | undefined, currency: string, ui: Ui): WhitespaceCell {
	if (!line) return { kind: 'not-listed', text: ui.t('whitespace.notListed'), sortKey: -2 };
	if (line.whitespace) return { kind: 'whitespace', mark: ui.t('whitespace.mark'), text: ui.fmt.money(line.wallet, currency), sortKey: 0 };
	if (line.share === null) return { kind: 'no-wallet', text: ui.t('whitespace.noWallet'), sortKey: -1 };
	return { kind: 'share', text: ui.fmt.percent(line.share), shade: shadeOf(line.share), sortKey: line.share };
}

/**
 * The accounts of the map: every account that lists product lines, the most
 * wallet at stake first (amounts in other currencies by face value), then by name.
 */
export function whitespaceOrder(accounts: readonly AccountView[]): AccountView[] {
	return accounts
		.filter((account) => account.products.length > 0)
		.sort((a, b) => b.whitespaceWallet - a.whitespaceWallet || compareText(a.name, b.name) || compareText(a.slug, b.slug));
}

/** The rows of the map, in `whitespaceOrder`: each product line's cell and the wallet at stake. */
export function whitespaceRows(accounts: readonly AccountView[], portfolio: Portfolio, ui: Ui): WhitespaceRow[] {
	const lines = portfolio.policy.productLines ?? [];
	return whitespaceOrder(accounts).map((account) => {
		const byId = linesById(account);
		return {
			account,
			cells: lines.map((entry) => cellOf(byId.get(entry.id), account.currency, ui)),
			valueText: ui.fmt.money(account.whitespaceWallet, account.currency),
		};
	});
}

/** Money per currency as one line of text: ¥1,000 + US$20. */
export function moneyText(amounts: MoneyByCurrency, policyCurrency: string, ui: Ui, compact = false): string {
	const currencies = currenciesOf(amounts, policyCurrency);
	if (currencies.length === 0) return '—';
	return currencies.map((currency) => (compact ? ui.fmt.moneyCompact : ui.fmt.money)(amounts[currency]!, currency)).join(' + ');
}

/** Shares per currency as text: 35 % or 35 % (CNY) · 20 % (USD). */
export function shareText(shares: Record<string, number>, policyCurrency: string, ui: Ui): string {
	const currencies = currenciesOf(shares, policyCurrency);
	if (currencies.length === 0) return '—';
	if (currencies.length === 1) return ui.fmt.percent(shares[currencies[0]!]!);
	return currencies.map((currency) => `${ui.fmt.percent(shares[currency]!)} (${currency})`).join(' · ');
}

/** The column totals of the map (or a group's lines): one entry per product line. */
export function lineTotals(rollup: Rollup, policyCurrency: string, ui: Ui) {
	return rollup.products.map((line) => ({
		line: line.line,
		name: line.name,
		share: shareText(line.share, policyCurrency, ui),
		whitespace: ui.t('whitespace.totalCount', { count: line.whitespace }),
		atStake: moneyText(line.whitespaceWallet, policyCurrency, ui, true),
	}));
}

/** A product-line rollup as a table: line, our revenue, spend, share, whitespace accounts, wallet at stake. */
export function lineRollupTable(lines: readonly ProductLineRollup[], policyCurrency: string, ui: Ui): TableModel {
	return {
		columns: [
			{ label: ui.t('col.productLine') },
			{ label: ui.t('col.lineCurrent'), numeric: true },
			{ label: ui.t('col.lineWallet'), numeric: true },
			{ label: ui.t('col.lineShare'), numeric: true },
			{ label: ui.t('col.whitespaceAccounts'), numeric: true },
			{ label: ui.t('whitespace.value'), numeric: true },
		],
		rows: lines.map((line) => [
			line.name,
			moneyText(line.current, policyCurrency, ui),
			moneyText(line.wallet, policyCurrency, ui),
			shareText(line.share, policyCurrency, ui),
			ui.fmt.number(line.whitespace),
			moneyText(line.whitespaceWallet, policyCurrency, ui),
		]),
	};
}

/** Colours of the product-line charts: 3:1 or more against white. */
const CURRENT_COLOUR = '#1d64b5';
const WALLET_COLOUR = '#a35a00';

/**
 * The dashboard's "share by product line": our share of the customers' spend
 * per line, one series per currency (a share is comparable across currencies,
 * amounts are not). Undefined without product lines or without any spend.
 */
export function shareByProductLine(portfolio: Portfolio, ui: Ui): ChartView<BarSpec> | undefined {
	const lines = portfolio.total.products;
	const currencies = currenciesOf(Object.assign({}, ...lines.map((line) => line.share)) as Record<string, number>, portfolio.policy.currency);
	if (lines.length === 0 || currencies.length === 0) return undefined;
	const palette = [CURRENT_COLOUR, '#6a2c9b', '#23804f', WALLET_COLOUR];
	return {
		spec: {
			type: 'bar',
			locale: ui.locale,
			labels: lines.map((line) => line.name),
			format: { kind: 'percent' },
			valueTitle: ui.t('chart.axis.share'),
			datasets: currencies.map((currency, i) => ({
				label: currencies.length === 1 ? ui.t('col.lineShare') : ui.t('chart.shareByLine.series', { currency }),
				color: palette[i % palette.length]!,
				data: lines.map((line) => line.share[currency] ?? null),
			})),
		},
		table: lineRollupTable(lines, portfolio.policy.currency, ui),
	};
}

/** One plan's product lines: our revenue against the customer's spend per line, with the table beside it. */
export function planProductLines(account: AccountView, ui: Ui): ChartView<BarSpec> | undefined {
	if (account.products.length === 0) return undefined;
	const currency = account.currency;
	return {
		spec: {
			type: 'bar',
			locale: ui.locale,
			labels: account.products.map((line) => line.name),
			format: { kind: 'money', currency },
			valueTitle: ui.t('chart.axis.revenue'),
			datasets: [
				{ label: ui.t('col.lineCurrent'), color: CURRENT_COLOUR, data: account.products.map((line) => line.current) },
				{ label: ui.t('col.lineWallet'), color: WALLET_COLOUR, data: account.products.map((line) => line.wallet) },
			],
		},
		table: {
			columns: [
				{ label: ui.t('col.productLine') },
				{ label: ui.t('col.lineCurrent'), numeric: true },
				{ label: ui.t('col.lineWallet'), numeric: true },
				{ label: ui.t('col.lineShare'), numeric: true },
				{ label: ui.t('col.whitespace') },
			],
			rows: account.products.map((line) => [
				line.name,
				ui.fmt.money(line.current, currency),
				ui.fmt.money(line.wallet, currency),
				line.share === null ? '—' : ui.fmt.percent(line.share),
				line.whitespace ? ui.t('whitespace.mark') : '—',
			]),
		},
	};
}
