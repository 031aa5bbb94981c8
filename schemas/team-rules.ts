/**
 * Cross-field rules of the account team and its resources: a person once in
 * `team`; a resource's `objective` must name an objective of the plan. Like
 * the plan's other rules they read the raw input defensively.
 */
import type { z } from 'zod';

type Ctx = z.core.$RefinementCtx<unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The person id of a raw team entry, if it has one. */
function personOf(entry: unknown): string | undefined {
	if (typeof entry === 'string') return entry;
	return isRecord(entry) && typeof entry.person === 'string' ? entry.person : undefined;
}

function checkTeamOnce(input: Record<string, unknown>, ctx: Ctx) {
	if (!Array.isArray(input.team)) return;
	const first = new Map<string, number>();
	input.team.forEach((entry, index) => {
		const person = personOf(entry);
		if (person === undefined) return;
		const earlier = first.get(person);
		if (earlier === undefined) {
			first.set(person, index);
			return;
		}
		ctx.addIssue({
			code: 'custom',
			path: ['team', index],
			params: { rule: 'duplicate-team-member' },
			message: `\`${person}\` is in \`team\` twice (also at team[${earlier}]); list each person once, with their role and their whole effort on this account`,
		});
	});
}

function checkResourceObjectives(input: Record<string, unknown>, ctx: Ctx) {
	if (!Array.isArray(input.resources)) return;
	const known = Array.isArray(input.objectives)
		? input.objectives.flatMap((o) => (isRecord(o) && typeof o.id === 'string' ? [o.id] : []))
		: [];
	input.resources.forEach((entry, index) => {
		if (!isRecord(entry) || typeof entry.objective !== 'string' || known.includes(entry.objective)) return;
		ctx.addIssue({
			code: 'custom',
			path: ['resources', index, 'objective'],
			params: { rule: 'unknown-objective' },
			message:
				known.length === 0
					? `unknown objective \`${entry.objective}\`: the plan has no \`objectives\`; add the objective or remove \`objective\` from the resource`
					: `unknown objective \`${entry.objective}\`: expected one of the plan's objective ids, ${known.map((id) => `\`${id}\``).join(', ')}`,
		});
	});
}

/** Rules of `team` and `resources` that span fields. */
export function checkTeamRules(input: unknown, ctx: Ctx) {
	if (!isRecord(input)) return;
	checkTeamOnce(input, ctx);
	checkResourceObjectives(input, ctx);
}
