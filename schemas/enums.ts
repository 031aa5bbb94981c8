import { z } from 'zod';
import { describeInput } from './date.ts';
import { CATEGORIES, TIERS } from './vocabularies.ts';

export * from './vocabularies.ts';

/** A closed list of values; the error lists every allowed value. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, description: string) {
	return z
		.enum(values, {
			error: (issue) => `expected one of ${values.map((v) => `\`${v}\``).join(', ')}; found ${describeInput(issue.input)}`,
		})
		.meta({ description });
}

export const tier = oneOf(TIERS, 'Tier: major | named | non-named | mass-market.');
export const category = oneOf(CATEGORIES, 'Relationship category: key | target | normal | lost.');
