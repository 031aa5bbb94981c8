/**
 * What the search index knows about one plan beyond its text: the result's
 * metadata, the facet values and the sort keys. Pure: the plan page renders
 * it as hidden `data-pagefind-*` elements, and tests use it to name the facet
 * values they expect.
 *
 * Facet values are the labels a reader sees, in the portal's language (a
 * person's name, "Major", "华南"), so the search page can show them as they are.
 */
import { CATEGORIES, TIERS } from '../../../schemas/enums.ts';
import { teamIds } from '../../../schemas/team.ts';
import type { Person } from '../../../schemas/person.ts';
import { REVIEW_OUTCOMES } from '../../../schemas/review-record.ts';
import type { Policy } from '../../../schemas/policy.ts';
import type { Ui } from '../../i18n/index.ts';
import { rateIntoPolicyCurrency } from '../engine/exchange.ts';
import { type AccountView, QUADRANTS, REVIEW_STATUSES } from '../engine/types.ts';
import { personName } from '../../view/people.ts';
import { SEARCH_FACETS, type SearchFacet, type SearchSort } from './keys.ts';

export { SEARCH_FACETS, SEARCH_SORTS, type SearchFacet, type SearchSort } from './keys.ts';

/** The metadata a search result shows. */
export interface PlanSearchMeta {
	title: string;
	tier: string;
	owner: string;
	current: string;
	url: string;
}

export interface PlanSearchData {
	meta: PlanSearchMeta;
	/**
	 * The plan's frontmatter facts as one line of words (tier, category, owner,
	 * sponsor, team, region, industry, labels, objectives' titles, review decisions), indexed so they can be searched:
	 * the page's own fact lists run label and value together in the HTML
	 * ("RegionSouthwest"), which Pagefind would index as one word.
	 */
	facts: string;
	/** One value per facet: every plan has exactly one tier, owner (or "no owner"), region (or "no region")... */
	filters: Record<SearchFacet, string>;
	/** Every plan carries every key, so no plan drops out of a sorted result. */
	sort: Record<SearchSort, string>;
}

/** Width of an encoded amount: amounts are below 2^53 (16 digits), converted ones may reach 18. */
const AMOUNT_DIGITS = 20;

/**
 * An amount as a sort value that orders exactly. Pagefind compares sort values
 * that all parse as numbers as 32-bit floats, which are exact only up to
 * 16,777,216 (24,000,000 and 24,000,001 would tie). A value with a letter in
 * front never parses as a number, so Pagefind compares the strings byte by
 * byte, and zero-padded digits of a fixed width compare like the numbers.
 */
export function amountSortValue(amount: number): string {
	const whole = Number.isFinite(amount) && amount > 0 ? Math.round(amount) : 0;
	return `v${whole.toFixed(0).padStart(AMOUNT_DIGITS, '0')}`;
}

/**
 * An amount in the policy currency when the policy has a rate for the plan's
 * currency, so plans in different currencies sort by comparable values; else
 * the plan's own amount.
 */
export function comparableAmount(amount: number, currency: string, policy: Policy): number {
	const rate = rateIntoPolicyCurrency(currency, policy);
	return rate === undefined ? amount : amount * rate;
}

const personLabels = new WeakMap<readonly Person[], Map<string, string>>();

/**
 * The owner facet's label for a person id: their name, with the id added when
 * two people share a name (so their accounts are not counted together).
 */
export function ownerLabel(people: readonly Person[], id: string | undefined, ui: Ui): string {
	if (!id) return ui.t('common.noOwner');
	let labels = personLabels.get(people);
	if (!labels) {
		const namesUsed = new Map<string, number>();
		for (const person of people) namesUsed.set(person.name, (namesUsed.get(person.name) ?? 0) + 1);
		labels = new Map(people.map((person) => [person.id, namesUsed.get(person.name)! > 1 ? `${person.name} (${person.id})` : person.name]));
		personLabels.set(people, labels);
	}
	return labels.get(id) ?? id;
}

/** The facet value of one plan for one facet. */
export function facetValue(account: AccountView, facet: SearchFacet, people: readonly Person[], ui: Ui): string {
	const { t } = ui;
	switch (facet) {
		case 'tier':
			return t(`tier.${account.tier}`);
		case 'category':
			return t(`category.${account.category}`);
		case 'owner':
			return ownerLabel(people, account.frontmatter.owner, ui);
		case 'region':
			return account.region?.name ?? t('common.unknownRegion');
		case 'industry':
			return account.industry?.name ?? t('common.unknownIndustry');
		case 'quadrant':
			return t(`quadrant.${account.quadrant}`);
		case 'review':
			return t(`reviewStatus.${account.review.status}`);
		case 'outcome':
			return t(account.latestReview ? `reviewOutcome.${account.latestReview.outcome}` : 'reviewOutcome.none');
	}
}

/** Everything the index holds about a plan besides its text. */
export function planSearchData(account: AccountView, people: readonly Person[], policy: Policy, ui: Ui): PlanSearchData {
	const value = account.frontmatter.value;
	const current = value?.current ?? 0;
	const potential = value?.potential ?? 0;
	const filters = Object.fromEntries(SEARCH_FACETS.map((facet) => [facet, facetValue(account, facet, people, ui)])) as Record<SearchFacet, string>;
	const fm = account.frontmatter;
	const name = (id: string) => personName(people, id);
	const facts = [
		filters.tier,
		filters.category,
		fm.owner ? name(fm.owner) : undefined,
		fm.sponsor ? name(fm.sponsor) : undefined,
		...teamIds(fm).map(name),
		account.region?.name,
		// The plan's own spelling too (华东 for East China), so either finds it.
		fm.region !== account.region?.name ? fm.region : undefined,
		account.industry?.name,
		fm.industry !== account.industry?.name ? fm.industry : undefined,
		...account.tags.map((tag) => tag.name),
		// The living plan: what the account is trying to achieve and what its reviews decided.
		...(fm.objectives ?? []).map((objective) => objective.title),
		...account.reviewHistory.flatMap((review) => review.decisions ?? []),
	].filter((fact): fact is string => Boolean(fact));
	return {
		facts: facts.join(' · '),
		meta: {
			title: account.name,
			tier: filters.tier,
			owner: filters.owner,
			current: ui.fmt.money(current, account.currency),
			url: `/accounts/${account.slug}/`,
		},
		filters,
		sort: {
			current: amountSortValue(comparableAmount(current, account.currency, policy)),
			potential: amountSortValue(comparableAmount(potential, account.currency, policy)),
			// ISO dates compare as strings in date order.
			review: account.review.due,
		},
	};
}

/**
 * The values of the closed facets in their natural order (the tier pyramid top
 * down...), for the search page to list them in that order; open facets
 * (owner, region, industry) are listed by count.
 */
export function orderedFacetValues(ui: Ui): Partial<Record<SearchFacet, string[]>> {
	const { t } = ui;
	return {
		tier: TIERS.map((tier) => t(`tier.${tier}`)),
		category: CATEGORIES.map((category) => t(`category.${category}`)),
		quadrant: QUADRANTS.map((quadrant) => t(`quadrant.${quadrant}`)),
		review: REVIEW_STATUSES.map((status) => t(`reviewStatus.${status}`)),
		outcome: [...REVIEW_OUTCOMES.map((outcome) => t(`reviewOutcome.${outcome}`)), t('reviewOutcome.none')],
	};
}
