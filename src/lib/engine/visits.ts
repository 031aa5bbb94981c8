/**
 * What the build computes from visit reports: a contact's effective last
 * contact, the visits' next steps as actions of the plan, and the visit
 * cadence (`visit-overdue`). Pure: visits, policy and an as-of date in.
 */
import type { Action } from '../../../schemas/action.ts';
import type { Contact } from '../../../schemas/contact.ts';
import type { Tier } from '../../../schemas/enums.ts';
import type { Policy } from '../../../schemas/policy.ts';
import type { VisitFrontmatter } from '../../../schemas/visit.ts';
import { compareText } from '../compare.ts';
import { isOpen, isOverdue } from './actions.ts';
import { compareDates, daysBetween } from './dates.ts';
import type { ActionView, VisitInput, VisitSummary, VisitView } from './types.ts';

/** The done visits that met a contact, by contact id: the latest date of each. */
export function lastVisitByContact(visits: readonly { frontmatter: Pick<VisitFrontmatter, 'status' | 'date' | 'theirs'> }[]): Map<string, string> {
	const latest = new Map<string, string>();
	for (const { frontmatter: visit } of visits) {
		if (visit.status !== 'done') continue;
		for (const id of visit.theirs ?? []) {
			const known = latest.get(id);
			if (known === undefined || compareDates(visit.date, known) > 0) latest.set(id, visit.date);
		}
	}
	return latest;
}

/**
 * A contact's effective last contact: the latest of its `lastContact` and the
 * dates of the done visits that met it (`byContact` from lastVisitByContact);
 * undefined when neither says.
 */
export function effectiveLastContact(contact: Pick<Contact, 'id' | 'lastContact'>, byContact: ReadonlyMap<string, string>): string | undefined {
	const visited = contact.id === undefined ? undefined : byContact.get(contact.id);
	if (visited === undefined) return contact.lastContact;
	if (contact.lastContact === undefined) return visited;
	return compareDates(visited, contact.lastContact) > 0 ? visited : contact.lastContact;
}

/** Oldest first, then by file: the order visit actions are numbered in (stable when a later visit is added). */
function chronological<V extends { file: string; frontmatter: { date: string } }>(visits: readonly V[]): V[] {
	return [...visits].sort((a, b) => compareDates(a.frontmatter.date, b.frontmatter.date) || compareText(a.file, b.file));
}

/** Latest first, then by file. */
export function latestFirst<V extends { file: string; frontmatter: { date: string } }>(visits: readonly V[]): V[] {
	return [...visits].sort((a, b) => compareDates(b.frontmatter.date, a.frontmatter.date) || compareText(a.file, b.file));
}

/**
 * The next steps of every visit as actions of the plan, oldest visit first,
 * numbered on from `firstIndex` (after the plan's own actions). Each serves the
 * visit's objective, if it names one, and says which visit it came from.
 */
export function visitActions(visits: readonly VisitInput[], firstIndex: number, asOf: string): ActionView[] {
	const actions: ActionView[] = [];
	for (const visit of chronological(visits)) {
		const { date, objective } = visit.frontmatter;
		(visit.frontmatter.next ?? []).forEach((step, stepIndex) => {
			const action: Action = { title: step.title, owner: step.owner, due: step.due, status: step.status, ...(objective !== undefined && { objective }) };
			actions.push({
				...action,
				index: firstIndex + actions.length,
				open: isOpen(action),
				overdue: isOverdue(action, asOf),
				visit: { file: visit.file, date, topic: visit.topic, step: stepIndex },
			});
		});
	}
	return actions;
}

/** The longest gap between done visits for a tier, or undefined when the policy sets none. */
export function visitGapOf(tier: Tier, policy: Pick<Policy, 'visitEveryDays'>): number | undefined {
	return policy.visitEveryDays?.[tier];
}

/**
 * Visit counts and cadence: `count` done visits, the `last` one's date, and
 * `overdue` when the tier has a cadence and the latest done visit is more
 * than `visitEveryDays` before the as-of date, or there is none.
 */
export function visitSummary(visits: readonly { frontmatter: Pick<VisitFrontmatter, 'status' | 'date'> }[], tier: Tier, policy: Pick<Policy, 'visitEveryDays'>, asOf: string): VisitSummary {
	let count = 0;
	let last: string | null = null;
	let next: string | null = null;
	let planned = 0;
	for (const { frontmatter: visit } of visits) {
		if (visit.status === 'done') {
			count++;
			if (last === null || compareDates(visit.date, last) > 0) last = visit.date;
		} else if (visit.status === 'planned' && compareDates(visit.date, asOf) >= 0) {
			planned++;
			if (next === null || compareDates(visit.date, next) < 0) next = visit.date;
		}
	}
	const everyDays = visitGapOf(tier, policy) ?? null;
	const daysSinceLast = last === null ? null : daysBetween(last, asOf);
	const overdue = everyDays !== null && (daysSinceLast === null || daysSinceLast > everyDays);
	return { count, last, overdue, hasCadence: everyDays !== null, everyDays, daysSinceLast, planned, next };
}

/** Each visit as the plan page shows it, latest first, with its next steps as actions (from `actions`). */
export function visitViews(visits: readonly VisitInput[], actions: readonly ActionView[], asOf: string): VisitView[] {
	const stepsOf = new Map<string, ActionView[]>();
	for (const action of actions) {
		if (!action.visit) continue;
		stepsOf.set(action.visit.file, [...(stepsOf.get(action.visit.file) ?? []), action]);
	}
	return latestFirst(visits).map((visit) => {
		const fm = visit.frontmatter;
		const steps = stepsOf.get(visit.file) ?? [];
		const view: VisitView = {
			file: visit.file,
			topic: visit.topic,
			date: fm.date,
			type: fm.type,
			status: fm.status,
			ours: fm.ours ?? [],
			theirs: fm.theirs ?? [],
			purpose: fm.purpose,
			next: steps,
			openSteps: steps.filter((s) => s.open).length,
			upcoming: fm.status === 'planned' && compareDates(fm.date, asOf) >= 0,
		};
		if (fm.outcome !== undefined) view.outcome = fm.outcome;
		if (fm.objective !== undefined) view.objective = fm.objective;
		if (visit.body !== undefined) view.body = visit.body;
		return view;
	});
}

/** Visit reports grouped by the plan they belong to (engine input for each plan). */
export function visitsByPlan(visits: readonly { plan: string; file: string; topic: string; frontmatter: VisitFrontmatter; body?: string }[] = []): Map<string, VisitInput[]> {
	const byPlan = new Map<string, VisitInput[]>();
	for (const { plan, file, topic, frontmatter, body } of visits) {
		const list = byPlan.get(plan) ?? [];
		list.push({ file, topic, frontmatter, ...(body !== undefined && { body }) });
		byPlan.set(plan, list);
	}
	return byPlan;
}
