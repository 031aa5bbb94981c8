/**
 * Who must sign a plan or an application off: policy `signOff` words and ids
 * resolved for one plan. Shared by the validator (warnings), the engine (cycle
 * status), `codeowners` and `sign-off`, so they always agree.
 */
import type { Tier } from '../../../schemas/enums.ts';
import type { Person } from '../../../schemas/person.ts';
import type { Policy } from '../../../schemas/policy.ts';
import { SIGNER_WORDS, type SignerWord } from '../../../schemas/planning-cycle.ts';

/** Whom the words stand for: the plan's owner (or the applicant) and its sponsor. */
export interface SignerSubject {
	owner?: string;
	sponsor?: string;
}

export interface ResolvedSigners {
	/** Person ids, rule order, each once. */
	signers: string[];
	/** Words that name nobody for this plan (no owner, no manager, no sponsor): left out. */
	unresolved: SignerWord[];
}

export function isSignerWord(value: string): value is SignerWord {
	return (SIGNER_WORDS as readonly string[]).includes(value);
}

/** Looks up a person's manager. */
export type ManagerOf = (person: string) => string | undefined;

/** A manager lookup over people.yaml. */
export function managerLookup(people: readonly Pick<Person, 'id' | 'manager'>[]): ManagerOf {
	const managers = new Map(people.map((p) => [p.id, p.manager]));
	return (person) => managers.get(person);
}

/** Resolves a sign-off rule: `owner`, `owner-manager` and `sponsor` for this subject; any other entry is a person id. */
export function resolveSigners(rule: readonly string[] | undefined, subject: SignerSubject, managerOf: ManagerOf): ResolvedSigners {
	const signers: string[] = [];
	const unresolved: SignerWord[] = [];
	for (const entry of rule ?? []) {
		let id: string | undefined;
		if (entry === 'owner') id = subject.owner;
		else if (entry === 'owner-manager') id = subject.owner === undefined ? undefined : managerOf(subject.owner);
		else if (entry === 'sponsor') id = subject.sponsor;
		else id = entry;
		if (id === undefined) {
			if (isSignerWord(entry) && !unresolved.includes(entry)) unresolved.push(entry);
		} else if (!signers.includes(id)) signers.push(id);
	}
	return { signers, unresolved };
}

/** The sign-off rule of a tier; undefined when the policy asks no sign-off for it. */
export function tierRule(policy: Policy, tier: Tier): readonly string[] | undefined {
	const rule = policy.signOff?.[tier];
	return rule && rule.length > 0 ? rule : undefined;
}

/** A plan's tier needs sign-off. */
export function isSignOffTier(policy: Policy, tier: Tier): boolean {
	return tierRule(policy, tier) !== undefined;
}

/** The signers of a plan: its tier's rule for its owner and sponsor. */
export function planSigners(plan: { tier: Tier; owner?: string; sponsor?: string }, policy: Policy, managerOf: ManagerOf): ResolvedSigners {
	return resolveSigners(tierRule(policy, plan.tier), { owner: plan.owner, sponsor: plan.sponsor }, managerOf);
}

/** The signers of a plan's application decision: the `application` rule, for the applicant in place of the owner. */
export function applicationSigners(plan: { application?: { by?: string }; sponsor?: string }, policy: Policy, managerOf: ManagerOf): ResolvedSigners {
	const rule = policy.signOff?.application;
	if (!plan.application || !rule || rule.length === 0) return { signers: [], unresolved: [] };
	return resolveSigners(rule, { owner: plan.application.by, sponsor: plan.sponsor }, managerOf);
}
