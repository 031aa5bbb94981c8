import { z } from 'zod';
import { calendarDate, fiscalYear } from './date.ts';
import { TIERS, tier } from './enums.ts';
import { SLUG_PATTERN } from './ids.ts';

/** The tiers the planning cycle covers when the policy does not say. */
export const DEFAULT_CYCLE_TIERS = ['major', 'named'] as const;

/** The yearly planning cycle management sets (第一阶段). */
export const planningCycle = z
	.strictObject({
		/** The plan year being prepared. */
		year: fiscalYear.meta({ description: 'The plan year being prepared.' }),
		/** The day the cycle opens: reviews from this day on count for the cycle. */
		opens: calendarDate.meta({ description: 'The day the cycle opens; reviews from then on count.' }),
		/** Every plan of the cycle covers the year by this day. */
		draftsDue: calendarDate.meta({ description: 'Drafts due: every plan of the cycle covers the year by then.' }),
		/** Every plan of the cycle is signed off by this day. */
		reviewsDue: calendarDate.meta({ description: 'Reviews due: every plan of the cycle is signed off by then.' }),
		/** The tiers whose plans the cycle covers (default major and named). */
		tiers: z
			.array(tier)
			.min(1)
			.default([...DEFAULT_CYCLE_TIERS])
			.meta({ description: 'The tiers the cycle covers (default: major and named).' }),
	})
	.meta({ description: 'The yearly planning cycle management sets.' });

/** The words a sign-off rule may use besides person ids. */
export const SIGNER_WORDS = ['owner', 'owner-manager', 'sponsor'] as const;
export type SignerWord = (typeof SIGNER_WORDS)[number];

/** One required signer: a word (owner, owner-manager, sponsor) or a person id. */
export const signer = z
	.string({ error: (issue) => `expected \`owner\`, \`owner-manager\`, \`sponsor\` or a person id, found ${typeof issue.input === 'object' ? 'a group of fields' : `\`${String(issue.input)}\``}` })
	.regex(SLUG_PATTERN, { error: (issue) => `expected \`owner\`, \`owner-manager\`, \`sponsor\` or a person id, found \`${String(issue.input)}\`` })
	.meta({ description: 'A signer: owner | owner-manager | sponsor, or a person id from people.yaml.' });

const signers = (what: string) => z.array(signer).meta({ description: `Who must approve ${what}: owner, owner-manager, sponsor or person ids.` });

/** Who must approve a plan, by tier, and an application's decision. */
export const signOff = z
	.strictObject({
		major: signers('a major plan').optional(),
		named: signers('a named plan').optional(),
		'non-named': signers('a non-named plan').optional(),
		'mass-market': signers('a mass-market plan').optional(),
		/** Who must approve an application's decision; words resolve against the applicant. */
		application: signers("an application's decision (words resolve against the applicant)").optional(),
	})
	.meta({ description: 'Who must approve a change to a plan, by tier, and an application decision.' });

export type PlanningCycle = z.output<typeof planningCycle>;
export type SignOff = z.output<typeof signOff>;
/** The keys of `signOff` that are tiers. */
export const SIGN_OFF_TIERS = TIERS;
