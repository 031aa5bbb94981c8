import { type Tier, TIERS } from '../../schemas/enums.ts';
import { teamIds } from '../../schemas/team.ts';
import type { AccountView, ActionView, AttentionEntry, ContactView, CoverageRow, Portfolio, Rollup, ScheduleEntry } from '../lib/engine/types.ts';
import { compareText } from '../lib/compare.ts';
import { compareVisitRows, isRecentOrUpcoming, type VisitRow } from './visits.ts';

/** Everything one person's page shows, sliced from the portfolio. */
export interface PersonSlice {
	owned: AccountView[];
	sponsored: AccountView[];
	team: AccountView[];
	/** Their open actions, earliest due first. */
	actions: { account: AccountView; action: ActionView }[];
	attention: AttentionEntry[];
	coverage: CoverageRow[];
	schedule: ScheduleEntry[];
	/** Cold relationships this person covers (deciders and influencers not contacted for too long), account order. */
	coldContacts: { account: AccountView; contact: ContactView }[];
	/** The visits they go on (`ours`) of the last 90 days and planned ahead: planned first, then latest first. */
	visits: VisitRow[];
}

const slices = new WeakMap<Portfolio, Map<string, PersonSlice>>();

function emptySlice(): PersonSlice {
	return { owned: [], sponsored: [], team: [], actions: [], attention: [], coverage: [], schedule: [], coldContacts: [], visits: [] };
}

/**
 * One pass over the portfolio for all people, built once per build: a page per
 * person that scanned every account would make the build quadratic.
 */
export function personSlice(portfolio: Portfolio, personId: string): PersonSlice {
	let byPerson = slices.get(portfolio);
	if (!byPerson) {
		byPerson = new Map();
		const slice = (id: string) => {
			let found = byPerson!.get(id);
			if (!found) byPerson!.set(id, (found = emptySlice()));
			return found;
		};
		for (const account of portfolio.accounts) {
			const { owner, sponsor, team } = account.frontmatter;
			if (owner) slice(owner).owned.push(account);
			if (sponsor) slice(sponsor).sponsored.push(account);
			for (const member of new Set(teamIds({ team }))) slice(member).team.push(account);
			for (const action of account.actions) if (action.open && action.owner) slice(action.owner).actions.push({ account, action });
			for (const contact of account.contacts) if (contact.cold && contact.coveredBy) slice(contact.coveredBy).coldContacts.push({ account, contact });
			for (const visit of account.visitReports) {
				if (!isRecentOrUpcoming(visit, portfolio.asOf)) continue;
				for (const person of new Set(visit.ours)) slice(person).visits.push({ account, visit });
			}
		}
		for (const entry of portfolio.attention) {
			const owner = portfolio.bySlug.get(entry.slug)?.frontmatter.owner;
			if (owner) slice(owner).attention.push(entry);
		}
		for (const row of portfolio.coverage) slice(row.owner).coverage.push(row);
		for (const entry of portfolio.schedule) if (entry.kind !== 'progress-report' && entry.owner) slice(entry.owner).schedule.push(entry);
		for (const found of byPerson.values()) {
			found.visits.sort(compareVisitRows);
			found.actions.sort((a, b) => compareText(a.action.due ?? '9999', b.action.due ?? '9999') || compareText(a.account.slug, b.account.slug) || a.action.index - b.action.index);
		}
		slices.set(portfolio, byPerson);
	}
	return byPerson.get(personId) ?? emptySlice();
}

/** A person's own accounts by tier, in pyramid order, tiers without accounts left out. */
export function ownedByTier(slice: PersonSlice): { tier: Tier; accounts: AccountView[] }[] {
	return TIERS.map((tier) => ({ tier, accounts: slice.owned.filter((a) => a.tier === tier) })).filter((group) => group.accounts.length > 0);
}

/** The owner rollup of a person; absent when they own no account. */
export function ownerRollup(portfolio: Portfolio, personId: string): Rollup | undefined {
	return portfolio.rollups.owner.find((rollup) => rollup.key === personId);
}
