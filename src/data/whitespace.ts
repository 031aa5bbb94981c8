/**
 * The whitespace map's accounts in its order, sorted once per revision of the
 * content: each of the map's pages takes its slice of the same order.
 */
import { whitespaceOrder } from '../view/whitespace.ts';
import { derived } from './content-source.ts';
import { getPortfolio } from './portfolio.ts';

export const whitespaceAccounts = derived((snapshot) => whitespaceOrder(getPortfolio.of(snapshot).accounts));
