import type { AccountView } from '../lib/engine/types.ts';
import { teamIds } from '../../schemas/team.ts';

export interface CoverageMatrix {
	/** Indices into the plan's contacts: its deciders and influencers, plan order. */
	contacts: number[];
	/** Our people: owner, sponsor, team, then anyone else who covers a contact; `null` for the contacts nobody covers. */
	rows: { person: string | null; covers: boolean[] }[];
}

/** Who on our side covers which of the customer's deciders and influencers. */
export function coverageMatrix(account: AccountView): CoverageMatrix {
	const fm = account.frontmatter;
	const contacts = account.contacts.filter((c) => c.role === 'decider' || c.role === 'influencer');
	const people: string[] = [];
	for (const id of [fm.owner, fm.sponsor, ...teamIds(fm), ...contacts.map((c) => c.coveredBy)]) {
		if (id !== undefined && !people.includes(id)) people.push(id);
	}
	const rows: CoverageMatrix['rows'] = people.map((person) => ({ person, covers: contacts.map((c) => c.coveredBy === person) }));
	if (contacts.some((c) => !c.covered)) rows.push({ person: null, covers: contacts.map((c) => !c.covered) });
	return { contacts: contacts.map((c) => c.index), rows };
}
