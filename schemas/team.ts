import { z } from 'zod';
import { describeInput } from './date.ts';
import { personId, text } from './ids.ts';

/** A team member's effort: the share of a full-time person, 0..1. */
export const effort = z
	.number({ error: (issue) => `expected a share of a full-time person between 0 and 1, found ${describeInput(issue.input)}` })
	.refine((n) => Number.isFinite(n) && n >= 0 && n <= 1, {
		error: (issue) => `expected an effort between 0 and 1 (0.2 means a fifth of a full-time person), found \`${String(issue.input)}\``,
	})
	.meta({ description: 'Share of a full-time person given to this account, 0..1 (0.2 = one day a week).' });

/** A team member with their part in the account team. */
export const teamMemberDetail = z
	.strictObject({
		/** Person id from people.yaml. */
		person: personId,
		/** Their part in the account team (Installation lead). */
		role: text(100, "The person's part in the account team (Installation lead).").optional(),
		/** Share of a full-time person, 0..1. */
		effort: effort.optional(),
	})
	.meta({ description: 'A team member with their role and effort.' });

/** One entry of `team`: a person id, or `{ person, role?, effort? }`. */
export const teamEntry = z
	.union([personId, teamMemberDetail], {
		error: (issue) =>
			issue.code === 'invalid_union'
				? `expected a person id (\`wang-fang\`) or \`{ person, role?, effort? }\`, found ${describeInput(issue.input)}`
				: undefined,
	})
	.meta({ description: 'A person id, or { person, role?, effort? }.' });

/** The account team. */
export const team = z.array(teamEntry).meta({ description: 'The account team: person ids, or { person, role?, effort? } entries.' });

export type TeamEntry = z.infer<typeof teamEntry>;

/** A team member as everything downstream reads it; role and effort null when not given. */
export interface TeamMember {
	person: string;
	role: string | null;
	effort: number | null;
}

/** One entry in its full form. */
export function teamMemberOf(entry: TeamEntry): TeamMember {
	return typeof entry === 'string' ? { person: entry, role: null, effort: null } : { person: entry.person, role: entry.role ?? null, effort: entry.effort ?? null };
}

/** A plan's team in its full form, plan order. */
export function teamMembers(plan: { team?: readonly TeamEntry[] | undefined }): TeamMember[] {
	return (plan.team ?? []).map(teamMemberOf);
}

/** The person ids of a plan's team, plan order. */
export function teamIds(plan: { team?: readonly TeamEntry[] | undefined }): string[] {
	return (plan.team ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.person));
}
