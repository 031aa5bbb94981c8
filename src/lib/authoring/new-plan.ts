/**
 * The answers `npm run new-plan` needs, and what makes each acceptable. Pure,
 * so the prompts, the flags and the tests share one set of rules.
 */
import { CATEGORIES, type Category, type Tier, TIERS } from '../../../schemas/enums.ts';
import { SLUG_PATTERN } from '../../../schemas/ids.ts';
import type { NewPlanAnswers } from './template.ts';

export const FIELDS = ['name', 'slug', 'tier', 'category', 'owner'] as const;
export type Field = (typeof FIELDS)[number] | 'sponsor';

export interface AnswerContext {
	/** Ids listed in people.yaml. */
	personIds: ReadonlySet<string>;
	/** Slugs already used anywhere under accounts/, with their files. */
	existing: Readonly<Record<string, string>>;
}

const list = (values: readonly string[]) => values.map((v) => `\`${v}\``).join(', ');

/** A suggested slug for an ASCII name: `Acme Industrial Group` → `acme-industrial-group`. */
export function suggestSlug(name: string): string | undefined {
	const slug = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return slug !== '' && SLUG_PATTERN.test(slug) && slug.length <= 80 ? slug : undefined;
}

/** Why an answer is not acceptable, or undefined when it is. */
export function problemWith(field: Field, value: string, context: AnswerContext, tier?: string): string | undefined {
	const v = value.trim();
	switch (field) {
		case 'name':
			if (v === '') return 'the customer name is empty';
			return v.length > 200 ? `the customer name has ${v.length} characters; at most 200` : undefined;
		case 'slug':
			if (!SLUG_PATTERN.test(v)) return `\`${v}\` is not a valid slug: use lowercase ASCII letters, digits and single hyphens, like \`acme-industrial\``;
			if (Object.hasOwn(context.existing, v)) return `slug \`${v}\` is already used by \`${context.existing[v]}\`; choose another, or edit that plan`;
			return undefined;
		case 'tier':
			return (TIERS as readonly string[]).includes(v) ? undefined : `tier must be one of ${list(TIERS)}; found \`${v}\``;
		case 'category':
			return (CATEGORIES as readonly string[]).includes(v) ? undefined : `category must be one of ${list(CATEGORIES)}; found \`${v}\``;
		case 'owner':
		case 'sponsor':
			if (v === '' && (field === 'sponsor' || tier === 'mass-market')) return undefined;
			if (v === '') return 'the account needs an owner: the id of its account manager in people.yaml (only mass-market accounts may have none)';
			return context.personIds.has(v) ? undefined : `unknown person \`${v}\`: use an id from people.yaml (${[...context.personIds].sort().slice(0, 12).join(', ')}${context.personIds.size > 12 ? ', ...' : ''})`;
	}
}

/** Checks every answer at once; returns the answers or every problem. */
export function checkAnswers(raw: Partial<Record<Field, string>>, context: AnswerContext): { answers?: NewPlanAnswers; problems: string[] } {
	const problems: string[] = [];
	for (const field of FIELDS) {
		const value = raw[field];
		if (value === undefined) {
			if (field !== 'owner' || raw.tier !== 'mass-market') problems.push(`missing --${field}`);
			continue;
		}
		const problem = problemWith(field, value, context, raw.tier);
		if (problem) problems.push(problem);
	}
	if (raw.sponsor !== undefined) {
		const problem = problemWith('sponsor', raw.sponsor, context, raw.tier);
		if (problem) problems.push(problem);
	}
	if (problems.length > 0) return { problems };
	const trimmed = (field: Field) => raw[field]?.trim() || undefined;
	return {
		problems,
		answers: {
			name: trimmed('name')!,
			slug: trimmed('slug')!,
			tier: trimmed('tier') as Tier,
			category: trimmed('category') as Category,
			owner: trimmed('owner'),
			sponsor: trimmed('sponsor'),
		},
	};
}
