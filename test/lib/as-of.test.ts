import { describe, expect, it } from 'vitest';
import { localCalendarDate, resolveAsOf } from '../../src/lib/as-of.ts';
import { asOfFromEnv } from '../../src/node/as-of.ts';

describe('as-of date', () => {
	it.each([
		[undefined, '2026-11-22'],
		['', '2026-11-22'],
		['2024-02-29', '2024-02-29'],
		['2026-01-01', '2026-01-01'],
	])('KAM_AS_OF=%j gives %s', (fromEnv, expected) => {
		expect(resolveAsOf(fromEnv, '2026-11-22')).toBe(expected);
	});

	it.each(['2026-02-29', '2026-13-01', '2026-1-1', '22/11/2026', 'today', '2026-11-22T00:00:00Z', ' 2026-11-22'])('rejects KAM_AS_OF=%j clearly', (fromEnv) => {
		expect(() => resolveAsOf(fromEnv, '2026-11-22')).toThrow(/KAM_AS_OF must be a real date written YYYY-MM-DD/);
	});

	it("takes today's calendar date in the local time zone", () => {
		// Built from local parts, so the expectation holds in any TZ.
		const now = new Date(2026, 0, 5, 23, 59);
		expect(localCalendarDate(now)).toBe('2026-01-05');
	});

	it('reads KAM_AS_OF from the environment, else the clock', () => {
		const now = new Date(2026, 6, 4, 12, 0);
		expect(asOfFromEnv({ KAM_AS_OF: '2025-03-01' }, now)).toBe('2025-03-01');
		expect(asOfFromEnv({}, now)).toBe('2026-07-04');
		expect(() => asOfFromEnv({ KAM_AS_OF: 'soon' }, now)).toThrow(/found `soon`/);
	});
});
