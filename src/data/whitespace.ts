/**
 * The whitespace map's accounts in its order, sorted once per portfolio: each
 * of the map's pages (and the live preview after a save, with a new
 * portfolio) takes its slice of the same order.
 */
import type { AccountView, Portfolio } from '../lib/engine/types.ts';
import { whitespaceOrder } from '../view/whitespace.ts';

const orders = new WeakMap<Portfolio, AccountView[]>();

export function whitespaceAccounts(portfolio: Portfolio): AccountView[] {
	let order = orders.get(portfolio);
	if (!order) orders.set(portfolio, (order = whitespaceOrder(portfolio.accounts)));
	return order;
}
