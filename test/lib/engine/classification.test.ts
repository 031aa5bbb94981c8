import { describe, expect, it } from 'vitest';
import { quadrantOf } from '../../../src/lib/engine/quadrant.ts';
import { hasTierMismatch, suggestTier } from '../../../src/lib/engine/tiering.ts';
import { planInput, portfolioOf, testPolicy } from './fixtures.ts';

const policy = testPolicy();
const { currentHigh, potentialHigh } = policy.quadrant;

describe('quadrantOf', () => {
	it.each([
		[currentHigh, potentialHigh, 'high-current-high-potential'],
		[currentHigh - 1, potentialHigh, 'low-current-high-potential'],
		[currentHigh, potentialHigh - 1, 'high-current-low-potential'],
		[currentHigh - 1, potentialHigh - 1, 'low-current-low-potential'],
		[0, 0, 'low-current-low-potential'],
	] as const)('current %i, potential %i: %s', (current, potential, quadrant) => {
		expect(quadrantOf({ current, potential }, policy)).toBe(quadrant);
	});
});

describe('tier mismatch', () => {
	const major = policy.tiers.major;
	it.each([
		// [declared tier, category, current, potential, mismatch]
		['major', 'key', major.minCurrent, 0, false],
		['major', 'key', 0, major.minPotential, false],
		['major', 'key', major.minCurrent - 1, major.minPotential - 1, true], // suggests named
		['named', 'key', major.minCurrent, 0, true], // suggests major
		['named', 'lost', major.minCurrent, 0, false], // lost accounts are exempt
		['mass-market', 'normal', 0, 0, false],
	] as const)('%s (%s) with current %i, potential %i: %s', (tier, category, current, potential, mismatch) => {
		expect(hasTierMismatch({ tier, category, value: { current, potential } }, policy)).toBe(mismatch);
	});

	it('reaches the account view with the suggested tier', () => {
		const plan = planInput('small', (p) => (p.value = { current: 10, potential: 10, wallet: 100 }));
		const [account] = portfolioOf([plan]).accounts;
		expect(account!.suggestedTier).toBe(suggestTier({ current: 10, potential: 10 }, policy));
		expect(account!.suggestedTier).toBe('mass-market');
		expect(account!.tierMismatch).toBe(true);
	});
});
