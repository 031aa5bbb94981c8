import { z } from 'zod';
import { shortenText } from './text.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True in Gregorian leap years (2024, 2000; not 2100). */
export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when `year-month-day` exists on the calendar (no rollover: 2026-02-30 is false). */
export function isRealCalendarDate(year: number, month: number, day: number): boolean {
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * A calendar date written `YYYY-MM-DD`, kept as that string so it never drifts
 * with a machine's time zone. Impossible dates such as `2026-02-30` are rejected,
 * never rolled over.
 */
export const calendarDate = z
	.string({ error: (issue) => `expected a date written YYYY-MM-DD, found ${describeInput(issue.input)}` })
	.superRefine((value, ctx) => {
		const match = ISO_DATE.exec(value);
		if (!match) {
			ctx.addIssue({
				code: 'custom',
				message: `expected a date written YYYY-MM-DD (for example 2026-03-31), found \`${value}\``,
			});
			return;
		}
		const [, y, m, d] = match;
		if (!isRealCalendarDate(Number(y), Number(m), Number(d))) {
			ctx.addIssue({ code: 'custom', message: impossibleDateMessage(value, Number(y), Number(m), Number(d)) });
		}
	})
	.meta({ description: 'A calendar date, YYYY-MM-DD.', examples: ['2026-09-15'] });

export type CalendarDate = z.infer<typeof calendarDate>;

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Says which part of an impossible `YYYY-MM-DD` date is wrong: the month, else the day. */
export function impossibleDateMessage(value: string, year: number, month: number, day: number): string {
	if (month < 1 || month > 12) {
		return `\`${value}\` is not a real calendar date: month \`${String(month).padStart(2, '0')}\` does not exist; the month is the middle part, from 01 to 12 (dates are YYYY-MM-DD)`;
	}
	const days = daysInMonth(year, month);
	return `\`${value}\` is not a real calendar date: ${MONTH_NAMES[month - 1]} ${year} has days 01 to ${days}; check the day of the month (the last part)`;
}

/** A four-digit fiscal year. */
export const fiscalYear = z
	.number()
	.int({ error: (issue) => `expected a whole year such as 2026, found ${describeInput(issue.input)}` })
	.min(1900, { error: (issue) => `expected a year from 1900, found ${describeInput(issue.input)}` })
	.max(2200, { error: (issue) => `expected a year up to 2200, found ${describeInput(issue.input)}` })
	.meta({ description: 'A fiscal year, e.g. 2026.' });

/** Renders a value found in content for an error message, in backticks. */
export function describeInput(input: unknown): string {
	if (input === undefined) return 'nothing';
	if (input === null) return '`null` (an empty value)';
	if (typeof input === 'string') return `\`${truncate(input)}\` (text)`;
	if (typeof input === 'number') {
		if (Number.isNaN(input)) return '`.nan` (not a number)';
		if (!Number.isFinite(input)) return '`.inf` (infinity)';
		return `\`${input}\``;
	}
	if (typeof input === 'boolean') return `\`${input}\` (yes/no value)`;
	if (Array.isArray(input)) return 'a list';
	if (typeof input === 'object') return 'a group of fields';
	return `\`${String(input)}\``;
}

/** A value cut to 60 characters (whole characters) for a message. */
export function truncate(text: string): string {
	return shortenText(text, 60, '') === text ? text : shortenText(text, 57, '...');
}
