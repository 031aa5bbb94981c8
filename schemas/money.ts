import { z } from 'zod';
import { describeInput } from './date.ts';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

function numberTypeError(input: unknown): string {
	if (typeof input === 'string' && /^[\d.,\s]+[kKmMbB万亿]?$/.test(input.trim())) {
		return `expected a plain number, found ${describeInput(input)}; write digits only, without commas or units (for example 1200000)`;
	}
	return `expected a number, found ${describeInput(input)}`;
}

/** An amount of money in the plan's currency: a plain, finite, non-negative number. */
export const money = z
	.number({ error: (issue) => numberTypeError(issue.input) })
	.refine((n) => Number.isFinite(n), { error: (issue) => `expected a finite amount, found ${describeInput(issue.input)}` })
	.refine((n) => Math.abs(n) <= MAX_SAFE, {
		error: (issue) => `\`${issue.input}\` is too large to store exactly; amounts must be below 2^53 (9007199254740991)`,
	})
	.refine((n) => n >= 0, { error: (issue) => `expected an amount of 0 or more, found \`${issue.input}\`; money cannot be negative` })
	.meta({ description: 'An amount of money, >= 0, in the plan currency.' });

/** A strictly positive amount of money (e.g. a customer's wallet, used as a divisor). */
export const positiveMoney = money
	.refine((n) => n > 0, { error: () => 'expected an amount greater than 0, found `0`; the wallet is what the customer spends, so it cannot be zero' })
	.meta({ description: 'An amount of money, > 0.' });

/** A share between 0 and 1 (0.35 means 35 %). */
export const share = z
	.number({ error: (issue) => numberTypeError(issue.input) })
	.refine((n) => Number.isFinite(n), { error: (issue) => `expected a share between 0 and 1, found ${describeInput(issue.input)}` })
	.refine((n) => n >= 0 && n <= 1, {
		error: (issue) => `expected a share between 0 and 1 (0.35 means 35 %), found \`${issue.input}\``,
	})
	.meta({ description: 'A share from 0 to 1; 0.35 means 35 %.' });

/** An ISO 4217 currency code such as CNY, USD or EUR. */
export const currencyCode = z
	.string({ error: (issue) => `expected a currency code such as CNY, found ${describeInput(issue.input)}` })
	.regex(/^[A-Z]{3}$/, { error: (issue) => `expected a three-letter ISO 4217 currency code such as CNY or USD, found ${describeInput(issue.input)}` })
	.meta({ description: 'ISO 4217 currency code, e.g. CNY.' });
