/**
 * The rules of the management cycle: managers in people.yaml, the sign-off rules
 * of policy.yaml, signers that do not resolve for a plan, and applications.
 */
import type { PlanFrontmatter } from '../../../schemas/plan.ts';
import type { Policy } from '../../../schemas/policy.ts';
import { SIGNER_WORDS } from '../../../schemas/planning-cycle.ts';
import { type Diagnostic, formatFieldPath, type PathSegment } from '../diagnostics.ts';
import { applicationSigners, isSignerWord, type ManagerOf, planSigners } from '../engine/signers.ts';
import type { RuleId } from '../rules.ts';
import { PEOPLE_FILE, POLICY_FILE } from './files.ts';

type LineOf = (path: readonly PathSegment[]) => number | undefined;

/** An unknown `manager`, and manager chains that loop (reported once per loop, on each person in it). */
export function checkManagers(raw: unknown, lineOf: LineOf): Diagnostic[] {
	if (!Array.isArray(raw)) return [];
	const diagnostics: Diagnostic[] = [];
	const managerOf = new Map<string, { manager: string; index: number }>();
	const ids = new Set<string>();
	raw.forEach((entry, index) => {
		const { id, manager } = (entry ?? {}) as { id?: unknown; manager?: unknown };
		if (typeof id !== 'string') return;
		ids.add(id);
		if (typeof manager === 'string' && !managerOf.has(id)) managerOf.set(id, { manager, index });
	});
	for (const [id, { manager, index }] of managerOf) {
		const path = [index, 'manager'];
		const report = (rule: Extract<RuleId, 'unknown-manager' | 'manager-cycle'>, message: string) =>
			diagnostics.push({ file: PEOPLE_FILE, line: lineOf(path), field: formatFieldPath(path), severity: 'error', rule, message });
		if (!ids.has(manager)) {
			report('unknown-manager', `unknown manager \`${manager}\` of \`${id}\`: a manager must be listed in \`people.yaml\`; add them there or fix the id`);
			continue;
		}
		const chain = [id];
		let current: string | undefined = manager;
		while (current !== undefined && !chain.includes(current)) {
			chain.push(current);
			current = managerOf.get(current)?.manager;
		}
		if (current === id) {
			report(
				'manager-cycle',
				`the manager chain of \`${id}\` loops: ${[...chain, id].map((p) => `\`${p}\``).join(' → ')}; someone in it must report to a person outside it, or to nobody`,
			);
		}
	}
	return diagnostics;
}

/** Entries of `signOff` that are neither a signer word nor a person of people.yaml. */
export function checkSignOffRules(policy: Policy, personIds: ReadonlySet<string>, lineOf: LineOf): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	for (const [key, rule] of Object.entries(policy.signOff ?? {})) {
		(rule ?? []).forEach((entry, index) => {
			if (isSignerWord(entry) || personIds.has(entry)) return;
			const path = ['signOff', key, index];
			diagnostics.push({
				file: POLICY_FILE,
				line: lineOf(path),
				field: formatFieldPath(path),
				severity: 'error',
				rule: 'unknown-signer',
				message: `unknown signer \`${entry}\`: expected one of ${SIGNER_WORDS.map((w) => `\`${w}\``).join(', ')} or a person id from \`people.yaml\``,
			});
		});
	}
	return diagnostics;
}

const WORD_MEANING: Record<string, string> = {
	owner: 'the plan has no `owner`',
	'owner-manager': 'its owner has no `manager` in `people.yaml`',
	sponsor: 'the plan has no `sponsor`',
};
const APPLICATION_WORD_MEANING: Record<string, string> = {
	owner: 'the application has no applicant',
	'owner-manager': 'the applicant has no `manager` in `people.yaml`',
	sponsor: 'the plan has no `sponsor`',
};

/**
 * Sign-off words that name nobody for this plan: a warning each, the signer is
 * left out. A word whose person is unknown is not warned about: the unknown
 * person is the one mistake, already an error at its line.
 */
export function signerWarnings(file: string, plan: PlanFrontmatter, policy: Policy, managerOf: ManagerOf, lineOf: LineOf, isKnownPerson: (id: string) => boolean = () => true): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const unknown = (id: string | undefined) => id !== undefined && !isKnownPerson(id);
	for (const word of planSigners(plan, policy, managerOf).unresolved) {
		if (word === 'owner-manager' && unknown(plan.owner)) continue;
		if (word === 'sponsor' && unknown(plan.sponsor)) continue;
		diagnostics.push({
			file,
			line: lineOf(word === 'sponsor' ? ['tier'] : ['owner']) ?? lineOf(['tier']),
			field: 'tier',
			severity: 'warning',
			rule: 'signer-unresolved',
			message: `the policy asks \`${word}\` to sign ${plan.tier} plans off, but ${WORD_MEANING[word]}; that signer is left out until it is added`,
		});
	}
	for (const word of applicationSigners(plan, policy, managerOf).unresolved) {
		if (word === 'owner-manager' && unknown(plan.application?.by)) continue;
		diagnostics.push({
			file,
			line: lineOf(['application', 'by']),
			field: 'application.by',
			severity: 'warning',
			rule: 'signer-unresolved',
			message: `the policy asks \`${word}\` to sign applications off, but ${APPLICATION_WORD_MEANING[word]}; that signer is left out until it is added`,
		});
	}
	return diagnostics;
}

/** An application decided by the applicant. */
export function applicationWarnings(file: string, plan: PlanFrontmatter, lineOf: LineOf): Diagnostic[] {
	const application = plan.application;
	if (!application?.decision || application.decision.by !== application.by) return [];
	return [
		{
			file,
			line: lineOf(['application', 'decision', 'by']),
			field: 'application.decision.by',
			severity: 'warning',
			rule: 'application-self-decided',
			message: `the application by \`${application.by}\` was decided by the applicant; someone else, usually the department head, should decide it`,
		},
	];
}
