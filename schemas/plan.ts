import { z } from 'zod';
import { action } from './action.ts';
import { application } from './application.ts';
import { competitor } from './competitor.ts';
import { contact } from './contact.ts';
import { category, tier } from './enums.ts';
import { financialYear, forecastYear } from './financials.ts';
import { accountSlug, personId, text } from './ids.ts';
import { currencyCode } from './money.ts';
import { products } from './products.ts';
import { budget, resources } from './resources.ts';
import { team } from './team.ts';
import { lost, planPeriod, review } from './review.ts';
import { checkLivingPlanRules } from './living-plan-rules.ts';
import { checkApplicationRules } from './application-rules.ts';
import { checkTeamRules } from './team-rules.ts';
import { objective } from './objective.ts';
import { accountTargets, accountValue } from './value.ts';

/** Most years a forecast may list (a 5-year outline). */
export const MAX_FORECAST_YEARS = 5;

/** The frontmatter fields of an account plan, before cross-field rules. */
export const planShape = z.strictObject({
	/** Customer name, 1-200 characters, any script. */
	name: text(200, 'Customer name, 1-200 characters, any script.'),
	/** Tier in the pyramid. */
	tier,
	/** Relationship category. */
	category,
	/** Account manager (person id); required unless the tier is mass-market. */
	owner: personId.optional(),
	/** Executive sponsor (person id); required for major accounts. */
	sponsor: personId.optional(),
	/** The account team: person ids, or `{ person, role?, effort? }`. */
	team: team.optional(),
	/** Sales region. */
	region: text(100, 'Sales region.').optional(),
	/** The customer industry. */
	industry: text(100, 'Customer industry.').optional(),
	/** Labels from practice: premium, high-value, group, strategic, potential... */
	tags: z.array(text(50, 'A tag.')).optional().meta({ description: 'Labels: premium, high-value, group, strategic, potential...' }),
	/** Slug of the group (parent) account. */
	parent: accountSlug.optional(),
	/** ISO 4217 currency of every amount in this plan; defaults to policy currency. */
	currency: currencyCode.optional(),
	/** Current and potential value. */
	value: accountValue,
	/** Goals. */
	targets: accountTargets.optional(),
	/** The account team's budget, per year and item. */
	budget: budget.optional(),
	/** What the plan needs from other functions. */
	resources: resources.optional(),
	/** Actual results per fiscal year. */
	financials: z.array(financialYear).optional().meta({ description: 'Actual results, one entry per fiscal year.' }),
	/** Forecast per fiscal year, up to five years. */
	forecast: z.array(forecastYear).optional().meta({ description: 'Forecast, one entry per fiscal year, up to 5 years.' }),
	/** Review history. */
	review: review.optional(),
	/** Period the plan covers. */
	planPeriod: planPeriod.optional(),
	/** The customer's buying centre. */
	contacts: z.array(contact).optional().meta({ description: "The customer's buying centre." }),
	/** Competitors at this customer. */
	competitors: z.array(competitor).optional().meta({ description: 'Competitors at this customer.' }),
	/** The action plan's milestones. */
	actions: z.array(action).optional().meta({ description: "The action plan's milestones." }),
	/** When and why the account was lost; required when category is lost, forbidden otherwise. */
	lost: lost.optional(),
	/** Our business by product line: current and wallet per `productLines` entry. */
	products: products.optional(),
	/** The customer goals and how progress towards them is measured. */
	objectives: z.array(objective).optional().meta({ description: 'The customer goals (客户目标) and how progress is measured.' }),
	/** A proposal to develop this customer as a key account (开发申请) and its decision. */
	application: application.optional(),
});

type Ctx = z.core.$RefinementCtx<unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Duplicate `year`s in a list of yearly rows. */
function checkUniqueYears(rows: unknown, field: string, ctx: Ctx) {
	if (!Array.isArray(rows)) return;
	const firstIndexOfYear = new Map<unknown, number>();
	rows.forEach((row, index) => {
		if (!isRecord(row) || typeof row.year !== 'number') return;
		const first = firstIndexOfYear.get(row.year);
		if (first === undefined) {
			firstIndexOfYear.set(row.year, index);
			return;
		}
		ctx.addIssue({
			code: 'custom',
			path: [field, index, 'year'],
			message: `year \`${row.year}\` appears twice in ${field} (also at ${field}[${first}]); keep one entry per year`,
		});
	});
}

/**
 * Rules that span fields. They run even when other fields have errors, so an
 * account manager sees every problem of a plan in one run; hence they read the
 * raw input defensively.
 */
export function checkPlanRules(input: unknown, ctx: Ctx) {
	if (!isRecord(input)) return;
	const tierValue = input.tier;
	const isMajor = tierValue === 'major';
	const isMajorOrNamed = isMajor || tierValue === 'named';

	if (tierValue !== 'mass-market' && tierValue !== undefined && input.owner === undefined) {
		ctx.addIssue({ code: 'custom', path: ['owner'], message: `missing \`owner\`: a ${String(tierValue)} account needs an account manager; add \`owner: <person id>\`` });
	}
	if (isMajor && input.sponsor === undefined) {
		ctx.addIssue({ code: 'custom', path: ['sponsor'], message: 'missing `sponsor`: a major account needs an executive sponsor; add `sponsor: <person id>`' });
	}
	if (isMajorOrNamed && isRecord(input.value) && input.value.wallet === undefined) {
		ctx.addIssue({
			code: 'custom',
			path: ['value', 'wallet'],
			message: `missing \`value.wallet\`: a ${tierValue} account is measured by share of wallet, so give the customer's total annual spend in our category`,
		});
	}
	if (isMajorOrNamed && !(isRecord(input.targets) && input.targets.shareOfWallet !== undefined)) {
		ctx.addIssue({
			code: 'custom',
			path: ['targets', 'shareOfWallet'],
			message: `missing \`targets.shareOfWallet\`: a ${tierValue} account needs a share-of-wallet target between 0 and 1`,
		});
	}
	checkUniqueYears(input.financials, 'financials', ctx);
	checkUniqueYears(input.forecast, 'forecast', ctx);
	if (Array.isArray(input.forecast) && input.forecast.length > MAX_FORECAST_YEARS) {
		ctx.addIssue({
			code: 'custom',
			path: ['forecast'],
			message: `expected at most ${MAX_FORECAST_YEARS} forecast years, found ${input.forecast.length}; the plan outlines five years`,
		});
	}
	const period = input.planPeriod;
	if (isRecord(period) && typeof period.start === 'string' && typeof period.end === 'string' && period.end < period.start) {
		ctx.addIssue({
			code: 'custom',
			path: ['planPeriod', 'end'],
			message: `\`planPeriod.end\` (\`${period.end}\`) is before \`planPeriod.start\` (\`${period.start}\`); the period must end on or after it starts`,
		});
	}
	if (input.category === 'lost' && input.lost === undefined) {
		ctx.addIssue({ code: 'custom', path: ['lost'], message: 'missing `lost`: a lost account must say when and why it was lost; add `lost: { date: YYYY-MM-DD, reason: ... }`' });
	}
	if (input.category !== 'lost' && input.category !== undefined && input.lost !== undefined) {
		ctx.addIssue({
			code: 'custom',
			path: ['lost'],
			message: `unexpected \`lost\`: only an account with \`category: lost\` may have it, and this one is \`${String(input.category)}\`; remove \`lost\` or change the category`,
		});
	}
	checkLivingPlanRules(input, ctx);
	checkApplicationRules(input.application, ctx);
	checkTeamRules(input, ctx);
}

/** The frontmatter of an account plan: fields plus cross-field rules. */
export const planFrontmatter = planShape
	.superRefine((value, ctx) => checkPlanRules(value, ctx as Ctx), { when: () => true })
	.meta({ title: 'KAM account plan', description: 'Frontmatter of one account plan (content/accounts/<slug>.mdx).' });

export type PlanFrontmatter = z.infer<typeof planShape>;
