import { z } from 'zod';
import { LOCALES, oneOf } from './enums.ts';
import { text } from './ids.ts';
import { currencyCode, money } from './money.ts';
import { tagVocabulary, vocabulary } from './vocabulary.ts';
import { DEFAULT_REVIEW_QUESTIONS, reviewQuestion } from './review-question.ts';
import { portals } from './portal.ts';
import { planningCycle, signOff } from './planning-cycle.ts';
import { scorecard } from './scorecard.ts';

const months = (fallback: number) =>
	z.number().int().min(1).max(60).default(fallback).meta({ description: `Months between plan reviews (default ${fallback}).` });
const accountsPerOwner = (fallback: number) =>
	z.number().int().min(1).default(fallback).meta({ description: `Most accounts of this tier one owner may carry (default ${fallback}).` });

function tierRule(defaults: { reviewEveryMonths: number; maxAccountsPerOwner: number; minCurrent: number; minPotential: number }) {
	return z
		.strictObject({
			/** Months between plan reviews. */
			reviewEveryMonths: months(defaults.reviewEveryMonths),
			/** Coverage: most accounts of this tier per owner. */
			maxAccountsPerOwner: accountsPerOwner(defaults.maxAccountsPerOwner),
			/** Current value that qualifies an account for this tier. */
			minCurrent: money.default(defaults.minCurrent),
			/** Potential value that qualifies an account for this tier. */
			minPotential: money.default(defaults.minPotential),
		})
		.prefault({});
}

/** Mass-market accounts: no owner limit, no thresholds (the floor of the pyramid). */
const massMarketRule = z
	.strictObject({
		/** Months between collective reviews. */
		reviewEveryMonths: months(12),
	})
	.prefault({});

/** Days between done visits of a tier. */
const visitGap = z.number().int().min(1).max(3650).meta({ description: 'Most days between done visits of an account of this tier.' });

/** A standard part of a plan body and the headings that count as it. */
export const section = z.strictObject({
	/** Stable id of the part. */
	id: z.string().regex(/^[a-z][a-z0-9-]*$/).meta({ description: 'Stable id of the part.' }),
	/** Headings accepted for this part, in any language. */
	titles: z.array(text(100, 'A heading title.')).min(1).meta({ description: 'Accepted headings, in any language.' }),
});

export const DEFAULT_SECTIONS = [
	{ id: 'customer', titles: ['Customer information', '客户信息'] },
	{ id: 'performance', titles: ['Customer performance', '客户业绩'] },
	{ id: 'competition', titles: ['Competitive assessment', '竞争评估'] },
	{ id: 'actions', titles: ['Action plan', '行动计划'] },
];

/** policy.yaml: company-wide rules. Every field is optional; defaults live here. */
export const policy = z
	.strictObject({
		/** Default currency of plans (ISO 4217). */
		currency: currencyCode.default('CNY'),
		/** UI language of the portal. */
		locale: oneOf(LOCALES, 'UI language: en | zh-CN.').default('en'),
		/** A review within this many days is "due soon". */
		dueSoonDays: z.number().int().min(0).max(365).default(30).meta({ description: 'A review within this many days is due soon (default 30).' }),
		/** Per-tier cadence, coverage and thresholds. */
		tiers: z
			.strictObject({
				major: tierRule({ reviewEveryMonths: 3, maxAccountsPerOwner: 1, minCurrent: 5_000_000, minPotential: 20_000_000 }),
				named: tierRule({ reviewEveryMonths: 12, maxAccountsPerOwner: 5, minCurrent: 1_000_000, minPotential: 5_000_000 }),
				'non-named': tierRule({ reviewEveryMonths: 12, maxAccountsPerOwner: 40, minCurrent: 100_000, minPotential: 500_000 }),
				'mass-market': massMarketRule,
			})
			.prefault({}),
		/** Thresholds of the value quadrant. */
		quadrant: z
			.strictObject({
				/** Current value at or above this is "high". */
				currentHigh: money.default(1_000_000),
				/** Potential value at or above this is "high". */
				potentialHigh: money.default(5_000_000),
			})
			.prefault({}),
		/** Months between progress reports on major accounts. */
		progressReportEveryMonths: z.number().int().min(1).max(24).default(6).meta({ description: 'Months between progress reports on major accounts (default 6).' }),
		/** The standard parts of a plan, in order. */
		sections: z.array(section).min(1).default(DEFAULT_SECTIONS),
		/** Exchange rates into `currency` (1 unit of the key = rate units of policy currency), for rollups. */
		exchangeRates: z.record(currencyCode, z.number().positive()).optional().meta({ description: 'Rates into the policy currency: USD: 7.1 means 1 USD = 7.1 CNY.' }),
		/** Web address of the content repository, for "Edit this plan" links. */
		repoUrl: z.url().optional().meta({ description: 'Web address of the content repository (for edit links).' }),
		/** Name of the company shown in the portal header. */
		company: text(100, 'Company name shown in the portal.').optional(),
		/** When given, a plan's `region` must be one of these (by id, name or alias). */
		regions: vocabulary("When given, a plan's region must be one of these (id, name or alias, any case).").optional(),
		/** When given, a plan's `industry` must be one of these (by id, name or alias). */
		industries: vocabulary("When given, a plan's industry must be one of these (id, name or alias, any case).").optional(),
		/** What the company sells; a plan's `products` name these lines. */
		productLines: vocabulary("What the company sells; a plan's products refer to these lines.").optional(),
		/** When given, the tags plans may use. */
		tags: tagVocabulary.optional(),
		/** What every plan review answers; review findings refer to these ids. */
		reviewQuestions: z.array(reviewQuestion).min(1).default(DEFAULT_REVIEW_QUESTIONS).meta({ description: 'Questions every plan review answers (default: the seven of the review phase).' }),
		/** A decider or influencer not contacted for longer than this many days is "cold". */
		contactStaleDays: z.number().int().min(1).max(3650).default(90).meta({ description: 'Days without contact after which a decider or influencer is cold (default 90).' }),
		/** How far objective progress may lag the time elapsed before the objective is "behind". */
		objectivePaceTolerance: z.number().min(0).max(1).default(0.15).meta({ description: 'How far progress may lag the time elapsed before "behind" (default 0.15).' }),
		/** The longest gap between done visits, in days, by tier; a tier without one has no visit cadence. */
		visitEveryDays: z
			.strictObject({
				major: visitGap.optional(),
				named: visitGap.optional(),
				'non-named': visitGap.optional(),
				'mass-market': visitGap.optional(),
			})
			.optional()
			.meta({ description: 'The longest gap between done visits, in days, by tier (like { major: 30, named: 90 }); none by default.' }),
		/** Audiences that get a portal of their own, each a scope of the plans (`npm run build -- --portal <id>`). */
		portals: portals.optional(),
		/** The yearly planning cycle management sets: the plan year, its dates and the tiers it covers. */
		planningCycle: planningCycle.optional(),
		/** Who must approve a plan's change, by tier, and an application's decision. */
		signOff: signOff.optional(),
		/** The company's functions; team, resources and people refer to them (by id, name or alias). */
		departments: vocabulary("The company's functions; people's department and plans' resources refer to them (id, name or alias, any case).").optional(),
		/** A plan-year budget above this share of the year's forecast revenue is a warning. */
		maxCostToServe: z.number().min(0).max(1).optional().meta({ description: "A plan-year budget above this share of the year's forecast revenue is a warning (0.05 = 5 %)." }),
		/** How account managers are measured: indicators and weights. */
		scorecard,
	})
	.prefault({})
	.meta({ title: 'KAM policy', description: 'policy.yaml' });

export type Policy = z.output<typeof policy>;
export type PolicyInput = z.input<typeof policy>;
export type TierRule = Policy['tiers']['major'];
