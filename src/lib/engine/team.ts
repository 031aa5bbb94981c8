/**
 * The account team: its members with role and effort, each person's load over
 * all plans, and what the plans ask of other functions.
 */
import type { Resource, ResourceStatus } from '../../../schemas/resources.ts';
import { type TeamEntry, type TeamMember, teamMembers } from '../../../schemas/team.ts';
import type { VocabularyEntry } from '../../../schemas/vocabulary.ts';
import { resolveTerm } from '../vocabulary.ts';
import { compareDates } from './dates.ts';
import { compareText } from '../compare.ts';

export type { TeamMember };

/** A request to another function (`computed.resources`). */
export interface ResourceView {
	need: string;
	/** The departments entry's id when the policy lists departments; else the text as written; null when not given. */
	from: string | null;
	status: ResourceStatus;
	/** Still requested and needed `by` a date before the as-of date. */
	late: boolean;
}

/** A resource is late: still `requested` and its `by` date is before the as-of date. */
export function isResourceLate(resource: Pick<Resource, 'status' | 'by'>, asOf: string): boolean {
	return resource.status === 'requested' && resource.by !== undefined && compareDates(resource.by, asOf) < 0;
}

/** A plan's resources, plan order. */
export function resourceViews(resources: readonly Resource[] | undefined, departments: readonly VocabularyEntry[] | undefined, asOf: string): ResourceView[] {
	return (resources ?? []).map((resource) => ({
		need: resource.need,
		from: resource.from === undefined ? null : resolveTerm(departments, resource.from).id,
		status: resource.status,
		late: isResourceLate(resource, asOf),
	}));
}

/** A person's place in one plan's team. */
export interface Membership {
	slug: string;
	role: string | null;
	effort: number | null;
}

/** A person's team memberships over all plans and the sum of their effort. */
export interface TeamLoad {
	person: string;
	/** Plans in slug order. */
	memberships: Membership[];
	/** Σ effort over all plans (memberships without an effort count 0). */
	load: number;
	/** The load is above one full-time person. */
	overloaded: boolean;
}

/** Efforts are shares like 0.1 and 0.2, whose float sum is 0.30000000000000004: round to a millionth before comparing. */
function tidy(value: number): number {
	return Math.round(value * 1e6) / 1e6;
}

/** Every team member's load over the given plans, people in id order. */
export function teamLoads(plans: readonly { slug: string; frontmatter: { team?: readonly TeamEntry[] | undefined } }[]): TeamLoad[] {
	const byPerson = new Map<string, Membership[]>();
	for (const plan of plans) {
		for (const member of teamMembers(plan.frontmatter)) {
			const list = byPerson.get(member.person);
			const membership = { slug: plan.slug, role: member.role, effort: member.effort };
			if (list) list.push(membership);
			else byPerson.set(member.person, [membership]);
		}
	}
	return [...byPerson.keys()].sort(compareText).map((person) => {
		const memberships = byPerson.get(person)!.sort((a, b) => compareText(a.slug, b.slug));
		const load = tidy(memberships.reduce((sum, m) => sum + (m.effort ?? 0), 0));
		return { person, memberships, load, overloaded: load > 1 };
	});
}
