/**
 * "Changes since the last review": what differs, field by field, between the
 * plan as it was at its last review and the plan now. Pure: two frontmatters
 * in, a list of changes out; the page words them in the UI language.
 */
import type { PlanFrontmatter } from '../../../schemas/plan.ts';
import { teamMembers } from '../../../schemas/team.ts';
import type { Policy } from '../../../schemas/policy.ts';
import { resolveTerm, type VocabularyField, vocabularyOf } from '../vocabulary.ts';

/** A field with one value, compared as text. */
export type ScalarField = 'name' | 'tier' | 'category' | 'owner' | 'sponsor' | 'region' | 'industry' | 'parent' | 'currency' | 'planPeriod' | 'lost';
/** A number; `change` is the relative change when both sides are non-zero amounts (0.2 = +20 %). */
export type AmountField = 'value.current' | 'value.potential' | 'value.wallet' | 'targets.revenue' | 'targets.shareOfWallet';
/** A list compared by each entry's key (a name, title, id or year). */
export type ListField = 'team' | 'tags' | 'contacts' | 'competitors' | 'actions' | 'objectives' | 'products' | 'financials' | 'forecast';

export type PlanChange =
	| { kind: 'scalar'; field: ScalarField; from?: string; to?: string }
	| { kind: 'amount'; field: AmountField; from?: number; to?: number; change?: number }
	| { kind: 'list'; field: ListField; added: string[]; removed: string[]; changed: string[] }
	/** Actions that were open at the review and are now done or dropped, by title. */
	| { kind: 'actions-closed'; titles: string[] };

const CLOSED = new Set(['done', 'dropped']);

function scalarText(value: unknown): string | undefined {
	if (value === undefined || value === null) return undefined;
	if (typeof value === 'object') {
		const record = value as Record<string, unknown>;
		if ('start' in record && 'end' in record) return `${String(record.start)} – ${String(record.end)}`; // planPeriod
		if ('date' in record && 'reason' in record) return String(record.date); // lost
		return JSON.stringify(value);
	}
	return String(value);
}

/** Entries of a list keyed for comparison, in the newer list's order. */
function keyed<T>(list: readonly T[] | undefined, key: (item: T) => string): Map<string, T> {
	const map = new Map<string, T>();
	for (const item of list ?? []) if (!map.has(key(item))) map.set(key(item), item);
	return map;
}

function compareLists<T>(field: ListField, before: readonly T[] | undefined, after: readonly T[] | undefined, key: (item: T) => string): PlanChange | undefined {
	const old = keyed(before, key);
	const now = keyed(after, key);
	const added = [...now.keys()].filter((k) => !old.has(k));
	const removed = [...old.keys()].filter((k) => !now.has(k));
	const changed = [...now.keys()].filter((k) => old.has(k) && JSON.stringify(old.get(k)) !== JSON.stringify(now.get(k)));
	return added.length + removed.length + changed.length > 0 ? { kind: 'list', field, added, removed, changed } : undefined;
}

/**
 * The changes from `before` (the plan at its last review) to `after` (the plan
 * now), in a fixed order. With the policy, region, industry, tags and product
 * lines compare as the entries they name, so `华东` → `East China` is no change
 * and a change reads in the entries' names.
 */
export function planChanges(before: PlanFrontmatter, after: PlanFrontmatter, policy?: Policy): PlanChange[] {
	const changes: PlanChange[] = [];
	const term = (field: VocabularyField | 'products', value: string | undefined) => (value === undefined ? undefined : resolveTerm(policy && vocabularyOf(policy, field), value));

	const scalars: [ScalarField, unknown, unknown][] = [
		['name', before.name, after.name],
		['tier', before.tier, after.tier],
		['category', before.category, after.category],
		['owner', before.owner, after.owner],
		['sponsor', before.sponsor, after.sponsor],
		['parent', before.parent, after.parent],
		// Two spellings of one entry resolve to the same name: no change.
		['region', term('region', before.region)?.name, term('region', after.region)?.name],
		['industry', term('industry', before.industry)?.name, term('industry', after.industry)?.name],
		['currency', before.currency, after.currency],
		['planPeriod', before.planPeriod, after.planPeriod],
		['lost', before.lost, after.lost],
	];
	for (const [field, from, to] of scalars) {
		const a = scalarText(from);
		const b = scalarText(to);
		if (a !== b) changes.push({ kind: 'scalar', field, ...(a !== undefined && { from: a }), ...(b !== undefined && { to: b }) });
	}

	const amounts: [AmountField, number | undefined, number | undefined][] = [
		['value.current', before.value.current, after.value.current],
		['value.potential', before.value.potential, after.value.potential],
		['value.wallet', before.value.wallet, after.value.wallet],
		['targets.revenue', before.targets?.revenue, after.targets?.revenue],
		['targets.shareOfWallet', before.targets?.shareOfWallet, after.targets?.shareOfWallet],
	];
	for (const [field, from, to] of amounts) {
		if (from === to) continue;
		const change = from !== undefined && to !== undefined && from !== 0 && field !== 'targets.shareOfWallet' ? (to - from) / from : undefined;
		changes.push({ kind: 'amount', field, ...(from !== undefined && { from }), ...(to !== undefined && { to }), ...(change !== undefined && { change }) });
	}

	const oldActions = keyed(before.actions, (a) => a.title);
	const closed = (after.actions ?? []).filter((a) => CLOSED.has(a.status) && oldActions.has(a.title) && !CLOSED.has(oldActions.get(a.title)!.status)).map((a) => a.title);
	if (closed.length > 0) changes.push({ kind: 'actions-closed', titles: closed });

	const lists = [
		compareLists('team', teamMembers(before), teamMembers(after), (member) => member.person),
		compareLists(
			'tags',
			before.tags?.map((tag) => term('tags', tag)!.name),
			after.tags?.map((tag) => term('tags', tag)!.name),
			(tag) => tag,
		),
		compareLists('contacts', before.contacts, after.contacts, (c) => c.name),
		compareLists('competitors', before.competitors, after.competitors, (c) => c.name),
		// Closing is reported above; other edits of an action (due date, owner, reopening) count as changed.
		compareLists(
			'actions',
			before.actions?.map((a) => (closed.includes(a.title) ? { ...a, status: 'closed' } : a)),
			after.actions?.map((a) => (closed.includes(a.title) ? { ...a, status: 'closed' } : a)),
			(a) => a.title,
		),
		compareLists('objectives', before.objectives, after.objectives, (objective) => objective.title),
		compareLists(
			'products',
			before.products?.map((line) => ({ ...line, line: term('products', line.line)!.name })),
			after.products?.map((line) => ({ ...line, line: term('products', line.line)!.name })),
			(line) => line.line,
		),
		compareLists('financials', before.financials, after.financials, (row) => String(row.year)),
		compareLists('forecast', before.forecast, after.forecast, (row) => String(row.year)),
	];
	for (const change of lists) if (change) changes.push(change);
	return changes;
}
