/**
 * Cross-field rules of the living-plan fields (objectives, review history, the
 * org chart). Like the plan's other rules they read the raw input
 * defensively, so they run beside field errors and one run shows everything.
 */
import type { z } from 'zod';

type Ctx = z.core.$RefinementCtx<unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const quote = (values: readonly string[]) => values.map((v) => `\`${v}\``).join(', ');

/** The string ids of a list's entries, with their indices (entries without one are skipped). */
function idsOf(list: unknown, key = 'id'): { id: string; index: number }[] {
	if (!Array.isArray(list)) return [];
	return list.flatMap((entry, index) => (isRecord(entry) && typeof entry[key] === 'string' ? [{ id: entry[key] as string, index }] : []));
}

/** A second use of an id in one list is an error at the second, naming the first. */
function checkUniqueIds(list: unknown, field: string, what: string, ctx: Ctx) {
	const first = new Map<string, number>();
	for (const { id, index } of idsOf(list)) {
		const earlier = first.get(id);
		if (earlier === undefined) {
			first.set(id, index);
			continue;
		}
		ctx.addIssue({ code: 'custom', path: [field, index, 'id'], message: `${what} id \`${id}\` is also used by ${field}[${earlier}]; ids must be unique within the plan, so rename one` });
	}
}

function checkActionObjectives(input: Record<string, unknown>, ctx: Ctx) {
	const known = idsOf(input.objectives).map((o) => o.id);
	if (!Array.isArray(input.actions)) return;
	input.actions.forEach((action, index) => {
		if (!isRecord(action) || typeof action.objective !== 'string' || known.includes(action.objective)) return;
		ctx.addIssue({
			code: 'custom',
			path: ['actions', index, 'objective'],
			message:
				known.length === 0
					? `unknown objective \`${action.objective}\`: the plan has no \`objectives\`; add the objective or remove \`objective\` from the action`
					: `unknown objective \`${action.objective}\`: expected one of the plan's objective ids, ${quote(known)}`,
		});
	});
}

function checkReviewHistory(input: Record<string, unknown>, ctx: Ctx) {
	const review = input.review;
	if (!isRecord(review) || !Array.isArray(review.history)) return;
	const firstOnDate = new Map<string, number>();
	for (const { id: date, index } of idsOf(review.history, 'date')) {
		const earlier = firstOnDate.get(date);
		if (earlier === undefined) firstOnDate.set(date, index);
		else
			ctx.addIssue({
				code: 'custom',
				path: ['review', 'history', index, 'date'],
				message: `two reviews on \`${date}\` (also review.history[${earlier}]); one meeting is one entry, so merge them`,
			});
	}
	const dates = [...firstOnDate.keys()].filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
	const latest = dates.at(-1);
	if (latest !== undefined && typeof review.last === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(review.last) && review.last !== latest) {
		ctx.addIssue({
			code: 'custom',
			path: ['review', 'last'],
			message: `\`review.last\` (\`${review.last}\`) differs from the latest review in \`review.history\` (\`${latest}\`); set it to \`${latest}\` or leave it out`,
		});
	}
}

function checkOrgChart(input: Record<string, unknown>, ctx: Ctx) {
	const contacts = input.contacts;
	if (!Array.isArray(contacts)) return;
	checkUniqueIds(contacts, 'contacts', 'contact', ctx);
	const managerOf = new Map<string, string>();
	for (const { id, index } of idsOf(contacts)) {
		const entry = contacts[index] as Record<string, unknown>;
		if (typeof entry.reportsTo === 'string' && !managerOf.has(id)) managerOf.set(id, entry.reportsTo);
	}
	const known = new Set(idsOf(contacts).map((c) => c.id));
	contacts.forEach((entry, index) => {
		if (!isRecord(entry) || typeof entry.reportsTo !== 'string') return;
		const manager = entry.reportsTo;
		const path = ['contacts', index, 'reportsTo'];
		if (!known.has(manager)) {
			ctx.addIssue({
				code: 'custom',
				path,
				message: `\`reportsTo\` names \`${manager}\`, which is no contact of this plan; expected the \`id\` of another contact${known.size > 0 ? ` (${quote([...known])})` : ', and no contact has an id yet'}`,
			});
			return;
		}
		if (typeof entry.id !== 'string') return;
		const chain = [entry.id];
		let current: string | undefined = manager;
		while (current !== undefined && !chain.includes(current)) {
			chain.push(current);
			current = managerOf.get(current);
		}
		if (current === entry.id) {
			ctx.addIssue({
				code: 'custom',
				path,
				message: `\`reportsTo\` makes a cycle: ${quote([...chain, current])}; an org chart needs someone at the top who reports to no contact`,
			});
		}
	});
}

/** Rules of objectives, review history and contacts that span fields. */
export function checkLivingPlanRules(input: unknown, ctx: Ctx) {
	if (!isRecord(input)) return;
	checkUniqueIds(input.objectives, 'objectives', 'objective', ctx);
	checkActionObjectives(input, ctx);
	checkReviewHistory(input, ctx);
	checkOrgChart(input, ctx);
}
