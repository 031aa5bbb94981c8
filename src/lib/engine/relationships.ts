import type { Contact } from '../../../schemas/contact.ts';
import { daysBetween } from './dates.ts';
import { effectiveLastContact } from './visits.ts';
import type { ContactView, OrgNode } from './types.ts';

/** Roles whose relationship goes cold when nobody talks to them. */
const WATCHED_ROLES: ReadonlySet<Contact['role']> = new Set(['decider', 'influencer']);

/**
 * Each contact with its relationship flags: `cold` when a decider or
 * influencer was last contacted (effectiveLastContact: `lastContact` or a done
 * visit that met them, `visitedOn` by contact id) more than `staleDays` before
 * the as-of date (neither: not recorded, not flagged); `covered` when someone on our
 * side owns the relationship.
 */
export function contactViews(contacts: readonly Contact[] | undefined, asOf: string, staleDays: number, visitedOn: ReadonlyMap<string, string> = new Map()): ContactView[] {
	return (contacts ?? []).map((contact, index) => {
		const lastContact = effectiveLastContact(contact, visitedOn);
		const daysSinceContact = lastContact === undefined ? undefined : daysBetween(lastContact, asOf);
		const view: ContactView = {
			id: contact.id ?? null,
			index,
			name: contact.name,
			role: contact.role,
			lastContact: lastContact ?? null,
			cold: WATCHED_ROLES.has(contact.role) && daysSinceContact !== undefined && daysSinceContact > staleDays,
			covered: contact.coveredBy !== undefined,
		};
		if (daysSinceContact !== undefined) view.daysSinceContact = daysSinceContact;
		if (contact.coveredBy !== undefined) view.coveredBy = contact.coveredBy;
		return view;
	});
}

/** Deciders whose relationship has gone cold. */
export function coldDeciders(contacts: readonly ContactView[]): ContactView[] {
	return contacts.filter((c) => c.role === 'decider' && c.cold);
}

/** Deciders nobody on our side covers. */
export function uncoveredDeciders(contacts: readonly ContactView[]): ContactView[] {
	return contacts.filter((c) => c.role === 'decider' && !c.covered);
}

/**
 * The org chart from `reportsTo`: contacts without a manager (or whose manager
 * is unknown) at the top, each with the contacts reporting to them, in plan
 * order. The validator refuses cycles; a cycle that slips through is broken at
 * the first contact met, so every contact appears exactly once.
 */
export function orgChart(contacts: readonly Contact[] | undefined): OrgNode[] {
	const list = contacts ?? [];
	const indexOfId = new Map<string, number>();
	list.forEach((c, i) => {
		if (c.id !== undefined && !indexOfId.has(c.id)) indexOfId.set(c.id, i);
	});
	const reports = new Map<number, number[]>();
	const roots: number[] = [];
	list.forEach((c, i) => {
		const manager = c.reportsTo === undefined ? undefined : indexOfId.get(c.reportsTo);
		if (manager === undefined || manager === i) roots.push(i);
		else reports.set(manager, [...(reports.get(manager) ?? []), i]);
	});
	const placed = new Set<number>();
	const build = (index: number): OrgNode => {
		placed.add(index);
		return { contact: index, reports: (reports.get(index) ?? []).filter((r) => !placed.has(r)).map(build) };
	};
	const chart = roots.map(build);
	// Contacts caught in a cycle are never reached from a root: list them at the top.
	list.forEach((_, i) => {
		if (!placed.has(i)) chart.push(build(i));
	});
	return chart;
}
