/**
 * Locale-aware formatting of numbers, money, shares and dates with `Intl`.
 * Dates are calendar dates (YYYY-MM-DD) and are formatted in UTC, so a build
 * gives the same text in every time zone.
 */
import type { Locale } from '../../schemas/enums.ts';

export interface Formatters {
	locale: Locale;
	/** 1,234,567 */
	number(value: number): string;
	/** 2 decimals at most: 1.5 */
	decimal(value: number): string;
	/** CN¥8,600,000 / ¥8,600,000 */
	money(amount: number, currency: string): string;
	/** CN¥8.6M / ¥860万 */
	moneyCompact(amount: number, currency: string): string;
	/** 0.35 -> 35% */
	percent(share: number): string;
	/** A change as a signed percentage: +12% / -4% */
	signedPercent(share: number): string;
	/** 2026-11-22 -> 22 Nov 2026 / 2026年11月22日 */
	date(iso: string): string;
	/** 2026-11 -> Nov 2026 / 2026年11月 */
	month(isoMonth: string): string;
	/** 2026-11 -> Nov / 11月 (for chart axes) */
	monthShort(isoMonth: string): string;
	/** [a, b, c] -> a, b, and c / a、b和c */
	list(items: readonly string[]): string;
}

/** Noon UTC of a calendar date, far from any day boundary. */
function utcDate(iso: string): Date {
	const [y, m, d] = iso.split('-').map(Number);
	return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1, 12));
}

const cache = new Map<Locale, Formatters>();

export function formatters(locale: Locale): Formatters {
	const cached = cache.get(locale);
	if (cached) return cached;
	const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
	const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
	const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
	const signedPercent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
	const date = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
	const month = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
	const monthShort = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
	const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
	// A portfolio repeats its dates (reviews, due dates) on many pages, and Intl's formatting is costly.
	const formattedDates = new Map<string, string>();
	const moneyFormats = new Map<string, Intl.NumberFormat>();
	const compactFormats = new Map<string, Intl.NumberFormat>();
	const moneyFormat = (currency: string, compact: boolean) => {
		const store = compact ? compactFormats : moneyFormats;
		let format = store.get(currency);
		if (!format) {
			format = new Intl.NumberFormat(locale, {
				style: 'currency',
				currency,
				...(compact ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 0, minimumFractionDigits: 0 }),
			});
			store.set(currency, format);
		}
		return format;
	};
	const result: Formatters = {
		locale,
		number: (value) => integer.format(value),
		decimal: (value) => decimal.format(value),
		money: (amount, currency) => moneyFormat(currency, false).format(amount),
		moneyCompact: (amount, currency) => moneyFormat(currency, true).format(amount),
		percent: (share) => percent.format(share),
		signedPercent: (share) => signedPercent.format(share),
		date: (iso) => {
			let text = formattedDates.get(iso);
			if (text === undefined) formattedDates.set(iso, (text = date.format(utcDate(iso))));
			return text;
		},
		month: (isoMonth) => month.format(utcDate(`${isoMonth}-01`)),
		monthShort: (isoMonth) => monthShort.format(utcDate(`${isoMonth}-01`)),
		list: (items) => list.format(items),
	};
	cache.set(locale, result);
	return result;
}
