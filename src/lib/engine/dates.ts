/**
 * Calendar dates as `YYYY-MM-DD` strings, computed with integer arithmetic only.
 *
 * Nothing here builds a `Date`: a `Date` is an instant, and reading its day back
 * through local getters shifts it by the machine's time zone (a build in
 * Pacific/Kiritimati and one in America/Adak would disagree by a day). Day
 * numbers are counted from 1970-01-01 with the proleptic Gregorian calendar.
 */

import { daysInMonth, isRealCalendarDate } from '../../../schemas/date.ts';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date split into numbers; `month` is 1-12. */
export interface CalendarParts {
	year: number;
	month: number;
	day: number;
}

export { daysInMonth, isLeapYear } from '../../../schemas/date.ts';

/** Splits `YYYY-MM-DD`; throws on anything that is not a real calendar date. */
export function parseDate(date: string): CalendarParts {
	const match = DATE_PATTERN.exec(date);
	if (match) {
		const year = Number(match[1]);
		const month = Number(match[2]);
		const day = Number(match[3]);
		if (isRealCalendarDate(year, month, day)) return { year, month, day };
	}
	throw new Error(`expected a calendar date written YYYY-MM-DD, found \`${date}\``);
}

/** Writes a date as `YYYY-MM-DD`. */
export function formatDate({ year, month, day }: CalendarParts): string {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True when `date` is a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(date: string): boolean {
	try {
		parseDate(date);
		return true;
	} catch {
		return false;
	}
}

/** Days since 1970-01-01 (negative before it); the civil-from-days algorithm of H. Hinnant. */
export function toDayNumber(date: string): number {
	const { year, month, day } = parseDate(date);
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146097 + dayOfEra - 719468;
}

/** The date `dayNumber` days after 1970-01-01. */
export function fromDayNumber(dayNumber: number): string {
	const z = dayNumber + 719468;
	const era = Math.floor(z / 146097);
	const dayOfEra = z - era * 146097;
	const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
	const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
	const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
	const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
	const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
	const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
	return formatDate({ year, month, day });
}

/** `date` plus `days` (negative goes back). */
export function addDays(date: string, days: number): string {
	return fromDayNumber(toDayNumber(date) + days);
}

/**
 * `date` plus `months` (negative goes back). A day that does not exist in the
 * target month is clamped to its last day: 2026-11-30 + 3 months = 2027-02-28,
 * 2027-11-30 + 3 months = 2028-02-29.
 */
export function addMonths(date: string, months: number): string {
	const { year, month, day } = parseDate(date);
	const monthIndex = year * 12 + (month - 1) + months;
	const targetYear = Math.floor(monthIndex / 12);
	const targetMonth = monthIndex - targetYear * 12 + 1;
	return formatDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/** The month (YYYY-MM) `months` months after the month of `date` (negative goes back). */
export function monthAfter(date: string, months: number): string {
	return addMonths(date, months).slice(0, 7);
}

/** Days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
	return toDayNumber(to) - toDayNumber(from);
}

/** Sort comparator for dates: negative when `a` is earlier. Validates both. */
export function compareDates(a: string, b: string): number {
	return toDayNumber(a) - toDayNumber(b);
}

/** The earlier of two dates. */
export function minDate(a: string, b: string): string {
	return compareDates(a, b) <= 0 ? a : b;
}

/** True when `from <= date <= to`. */
export function isWithin(date: string, from: string, to: string): boolean {
	const day = toDayNumber(date);
	return day >= toDayNumber(from) && day <= toDayNumber(to);
}

/**
 * First day of the `months`-long period that holds `date`. Periods are counted
 * in whole months from January of year 0, so any length that divides 12 starts
 * on 1 January (6 months: 1 Jan and 1 Jul; 3 months: quarters).
 */
export function startOfPeriod(date: string, months: number): string {
	if (!Number.isInteger(months) || months < 1) throw new Error(`a period is a whole number of months from 1, found ${months}`);
	const { year, month } = parseDate(date);
	const monthIndex = year * 12 + (month - 1);
	const startIndex = Math.floor(monthIndex / months) * months;
	const startYear = Math.floor(startIndex / 12);
	return formatDate({ year: startYear, month: startIndex - startYear * 12 + 1, day: 1 });
}

/** Last day of the `months`-long period that holds `date` (see `startOfPeriod`). */
export function endOfPeriod(date: string, months: number): string {
	return addDays(addMonths(startOfPeriod(date, months), months), -1);
}

/** 1 January or 1 July, whichever starts the half-year of `date`. */
export function startOfHalfYear(date: string): string {
	return startOfPeriod(date, 6);
}

/** `YYYYMMDD`, the iCalendar DATE form. */
export function toBasicFormat(date: string): string {
	return formatDate(parseDate(date)).replaceAll('-', '');
}
