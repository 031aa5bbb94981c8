import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	addDays,
	addMonths,
	compareDates,
	daysBetween,
	daysInMonth,
	endOfPeriod,
	fromDayNumber,
	isCalendarDate,
	isLeapYear,
	monthAfter,
	parseDate,
	startOfHalfYear,
	startOfPeriod,
	toBasicFormat,
	toDayNumber,
} from '../../../src/lib/engine/dates.ts';

const DATES_MODULE = fileURLToPath(new URL('../../../src/lib/engine/dates.ts', import.meta.url));

describe('addMonths', () => {
	it.each([
		// [date, months, expected]
		['2026-11-30', 3, '2027-02-28'], // month end clamped into February
		['2027-11-30', 3, '2028-02-29'], // ... into a leap February
		['2026-01-31', 1, '2026-02-28'],
		['2024-01-31', 1, '2024-02-29'],
		['2024-02-29', 12, '2025-02-28'], // leap day plus a year
		['2024-02-29', 48, '2028-02-29'],
		['2099-11-30', 3, '2100-02-28'], // 2100 is not a leap year
		['2399-11-30', 3, '2400-02-29'], // 2400 is
		['2026-08-31', 1, '2026-09-30'],
		['2026-03-31', -1, '2026-02-28'],
		['2026-01-15', -1, '2025-12-15'],
		['2026-01-15', -13, '2024-12-15'],
		['2026-09-15', 3, '2026-12-15'],
		['2026-10-15', 3, '2027-01-15'], // across a year end
		['2026-05-20', 0, '2026-05-20'],
		['2026-06-30', 6, '2026-12-30'], // the 30th stays the 30th where it exists
	])('%s + %i months = %s', (date, months, expected) => {
		expect(addMonths(date, months)).toBe(expected);
	});
});

describe('monthAfter', () => {
	it.each([
		// [date, months, expected month]
		['2026-11-22', 0, '2026-11'],
		['2026-11-22', 2, '2027-01'], // across a year end
		['2026-11-22', 13, '2027-12'],
		['2026-01-31', 1, '2026-02'], // a day February lacks stays in February
		['2026-03-31', -1, '2026-02'],
		['2026-01-15', -13, '2024-12'],
	])('%s + %i months is in %s', (date, months, expected) => {
		expect(monthAfter(date, months)).toBe(expected);
	});
});

describe('addDays and daysBetween', () => {
	it.each([
		['2024-02-28', 1, '2024-02-29'],
		['2024-02-29', 1, '2024-03-01'],
		['2025-02-28', 1, '2025-03-01'],
		['2026-12-31', 1, '2027-01-01'],
		['2027-01-01', -1, '2026-12-31'],
		['2026-11-22', 30, '2026-12-22'],
		['2026-11-22', 365, '2027-11-22'],
		['2024-01-01', 366, '2025-01-01'],
		['1970-01-01', -1, '1969-12-31'],
	])('%s + %i days = %s, and back', (date, days, expected) => {
		expect(addDays(date, days)).toBe(expected);
		expect(daysBetween(date, expected)).toBe(days);
		expect(daysBetween(expected, date)).toBe(-days);
	});

	it('counts every day from 1900 to 2200 exactly once, matching UTC milliseconds', () => {
		// UTC arithmetic (never local getters) as an independent oracle.
		const dayMs = 86_400_000;
		for (let day = Date.UTC(1900, 0, 1) / dayMs; day <= Date.UTC(2200, 11, 31) / dayMs; day += 1) {
			const iso = new Date(day * dayMs).toISOString().slice(0, 10);
			if (fromDayNumber(day) !== iso || toDayNumber(iso) !== day) throw new Error(`day ${day}: ${fromDayNumber(day)} vs ${iso}`);
		}
	});
});

describe('calendar facts', () => {
	it.each([
		[2024, true],
		[2025, false],
		[2000, true],
		[1900, false],
		[2100, false],
		[2400, true],
	])('leap year %i: %s', (year, leap) => {
		expect(isLeapYear(year)).toBe(leap);
		expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28);
	});

	it.each(['2026-02-29', '2026-13-01', '2026-04-31', '2026-1-01', '26-01-01', '2026-01-01T00:00', ''])('rejects %j', (text) => {
		expect(isCalendarDate(text)).toBe(false);
		expect(() => parseDate(text)).toThrow(/YYYY-MM-DD/);
	});

	it('compares dates in calendar order', () => {
		const sorted = ['2027-01-01', '2026-12-31', '2026-02-01', '2026-10-01'].sort(compareDates);
		expect(sorted).toEqual(['2026-02-01', '2026-10-01', '2026-12-31', '2027-01-01']);
		expect(compareDates('2026-05-05', '2026-05-05')).toBe(0);
	});

	it('writes the iCalendar basic form', () => {
		expect(toBasicFormat('2026-03-09')).toBe('20260309');
	});
});

describe('periods aligned from January', () => {
	it.each([
		// [date, months, start, end]
		['2026-01-01', 6, '2026-01-01', '2026-06-30'],
		['2026-06-30', 6, '2026-01-01', '2026-06-30'],
		['2026-07-01', 6, '2026-07-01', '2026-12-31'],
		['2026-11-22', 6, '2026-07-01', '2026-12-31'],
		['2026-05-15', 3, '2026-04-01', '2026-06-30'],
		['2024-02-29', 1, '2024-02-01', '2024-02-29'],
		['2026-11-22', 12, '2026-01-01', '2026-12-31'],
		['2027-03-01', 24, '2026-01-01', '2027-12-31'],
	])('%s in %i-month periods: %s to %s', (date, months, start, end) => {
		expect(startOfPeriod(date, months)).toBe(start);
		expect(endOfPeriod(date, months)).toBe(end);
	});

	it('half years start on 1 January and 1 July', () => {
		expect(startOfHalfYear('2026-03-31')).toBe('2026-01-01');
		expect(startOfHalfYear('2026-12-31')).toBe('2026-07-01');
	});
});

describe('no time-zone drift', () => {
	it('never reads a Date: no Date construction or local getters in the module', () => {
		const code = readFileSync(DATES_MODULE, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
		expect(code).not.toMatch(/\bnew Date\b|\bDate\.|get(FullYear|Month|Date|Day|Hours|TimezoneOffset)\(/);
	});

	it.each(['Pacific/Kiritimati', 'America/Adak', 'UTC'])('gives the same results with TZ=%s', (zone) => {
		const script = `import * as d from ${JSON.stringify(DATES_MODULE)};
console.log(JSON.stringify([d.addMonths('2026-11-30', 3), d.addMonths('2027-11-30', 3), d.addDays('2026-12-31', 1), d.daysBetween('2026-03-08', '2026-03-09'), d.daysBetween('2026-10-31', '2026-11-02'), d.startOfHalfYear('2026-07-01')]));`;
		const child = spawnSync(process.execPath, ['--no-warnings', '--input-type=module', '-e', script], { env: { ...process.env, TZ: zone }, encoding: 'utf8' });
		expect(child.stderr).toBe('');
		expect(JSON.parse(child.stdout)).toEqual(['2027-02-28', '2028-02-29', '2027-01-01', 1, 2, '2026-07-01']);
	});
});
