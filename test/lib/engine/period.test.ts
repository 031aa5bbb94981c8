import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/lib/engine/dates.ts';
import { ENDING_WITHIN_DAYS, periodInfo } from '../../../src/lib/engine/period.ts';
import { AS_OF } from './fixtures.ts';

describe('periodInfo', () => {
	it('is 12 weeks of planning time', () => {
		expect(ENDING_WITHIN_DAYS).toBe(84);
	});

	it.each([
		// [start offset, end offset (days from as-of), state]
		[1, 400, 'upcoming'],
		[0, 400, 'current'], // starts today
		[-100, ENDING_WITHIN_DAYS + 1, 'current'],
		[-100, ENDING_WITHIN_DAYS, 'ending'], // exactly 12 weeks left
		[-100, 1, 'ending'],
		[-100, 0, 'ending'], // today is the last day covered
		[-100, -1, 'expired'],
		[-400, -35, 'expired'],
	] as const)('start %i, end %i days away: %s', (startOffset, endOffset, state) => {
		const start = addDays(AS_OF, startOffset);
		const end = addDays(AS_OF, endOffset);
		expect(periodInfo({ start, end }, AS_OF)).toEqual({ state, start, end, daysLeft: endOffset });
	});

	it('none without a period', () => {
		expect(periodInfo(undefined, AS_OF)).toEqual({ state: 'none' });
	});
});
