import { z } from 'zod';
import { tier } from './enums.ts';
import { accountSlug, personId, text } from './ids.ts';

/** The plan fields a portal can be scoped by, in the order they are shown. */
export const SCOPE_FIELDS = ['region', 'owner', 'tier', 'tag', 'group'] as const;
export type ScopeField = (typeof SCOPE_FIELDS)[number];

/**
 * Which plans a portal shows: every field given must match (they narrow).
 * At least one field; an empty scope would be the whole portfolio.
 */
export const scope = z
	.strictObject({
		/** Plans whose `region` is this, in any letter case (`east-china` matches `East China`). */
		region: text(100, 'Plans whose region is this, in any letter case (east-china matches East China).').optional(),
		/** Plans owned by this person (an id from people.yaml). */
		owner: personId.optional(),
		/** Plans of this tier. */
		tier: tier.optional(),
		/** Plans carrying this tag, in any letter case. */
		tag: text(100, 'Plans carrying this tag, in any letter case.').optional(),
		/** This group account and every account under it (the slug of the group plan). */
		group: accountSlug.optional(),
	})
	.refine((value) => SCOPE_FIELDS.some((field) => value[field] !== undefined), {
		error: `expected at least one of ${SCOPE_FIELDS.map((f) => `\`${f}\``).join(', ')}, found an empty scope`,
		// A misspelt field is reported as unknown; "empty" on top of it would only confuse.
		when: (payload) => payload.issues.length === 0,
	})
	.meta({ description: 'Which plans the portal shows: region, owner, tier, tag, group (every field given must match).' });

export type Scope = z.output<typeof scope>;
