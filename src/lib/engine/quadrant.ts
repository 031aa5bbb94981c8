import type { AccountValue } from '../../../schemas/value.ts';
import type { Policy } from '../../../schemas/policy.ts';
import type { Quadrant } from './types.ts';

/** The value quadrant: `current >= currentHigh` x `potential >= potentialHigh`. */
export function quadrantOf(value: Pick<AccountValue, 'current' | 'potential'>, policy: Policy): Quadrant {
	const highCurrent = value.current >= policy.quadrant.currentHigh;
	const highPotential = value.potential >= policy.quadrant.potentialHigh;
	if (highCurrent) return highPotential ? 'high-current-high-potential' : 'high-current-low-potential';
	return highPotential ? 'low-current-high-potential' : 'low-current-low-potential';
}
