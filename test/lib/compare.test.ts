import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/lib/compare.ts';

describe('compareText: one order for every sort', () => {
	it.each([
		['a', 'b', -1],
		['b', 'a', 1],
		['a', 'a', 0],
		// Code-point order, not a locale's: capitals first, digits as text, accents after z.
		['B', 'a', -1],
		['10', '9', -1],
		['é', 'z', 1],
		['华东', '华南', -1],
	])('%s against %s: %i', (a, b, expected) => {
		expect(Math.sign(compareText(a, b))).toBe(expected);
	});

	it('sorts the same list the same way whatever its start order', () => {
		const words = ['beta', 'Alpha', 'alpha', '2', '10', 'ä'];
		expect([...words].sort(compareText)).toEqual(['10', '2', 'Alpha', 'alpha', 'beta', 'ä']);
		expect([...words].reverse().sort(compareText)).toEqual(['10', '2', 'Alpha', 'alpha', 'beta', 'ä']);
	});
});
