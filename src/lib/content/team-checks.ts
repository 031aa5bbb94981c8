/**
 * The validator's rules for the organisation around the plans: people's and
 * resources' departments against the policy's list, each person's team load
 * over all plans, resources still requested after their date, and a plan-year
 * budget above the policy's `maxCostToServe`. The figures come from the engine,
 * so the validator and the portal agree.
 */
import type { PlanFrontmatter } from '../../../schemas/plan.ts';
import type { Policy } from '../../../schemas/policy.ts';
import { type Diagnostic, formatFieldPath, type PathSegment } from '../diagnostics.ts';
import { budgetAboveMax, planYear, planYearBudget } from '../engine/cost.ts';
import { isResourceLate, teamLoads } from '../engine/team.ts';
import { findEntry } from '../vocabulary.ts';
import { PEOPLE_FILE } from './files.ts';
import { unknownTermMessage } from './vocabulary-checks.ts';

type LineOf = (path: readonly PathSegment[]) => number | undefined;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknownDepartment(file: string, path: PathSegment[], value: string, policy: Policy, lineOf: LineOf): Diagnostic[] {
	const entries = policy.departments;
	if (entries === undefined || value.trim() === '' || findEntry(entries, value)) return [];
	return [{ file, line: lineOf(path), field: formatFieldPath(path), severity: 'error', rule: 'unknown-department', message: unknownTermMessage('department', entries, value) }];
}

/** Each person's `department` must name a policy `departments` entry when the policy lists them. Reads the raw list. */
export function checkPeopleDepartments(raw: unknown, policy: Policy, lineOf: LineOf): Diagnostic[] {
	if (!Array.isArray(raw)) return [];
	return raw.flatMap((entry, index) =>
		isRecord(entry) && typeof entry.department === 'string' ? unknownDepartment(PEOPLE_FILE, [index, 'department'], entry.department, policy, lineOf) : [],
	);
}

/** Each resource's `from` must name a policy `departments` entry when the policy lists them. Reads the raw frontmatter. */
export function checkResourceDepartments(file: string, raw: unknown, policy: Policy, lineOf: LineOf): Diagnostic[] {
	if (!isRecord(raw) || !Array.isArray(raw.resources)) return [];
	return raw.resources.flatMap((entry, index) =>
		isRecord(entry) && typeof entry.from === 'string' ? unknownDepartment(file, ['resources', index, 'from'], entry.from, policy, lineOf) : [],
	);
}

/** The fields these warnings point at, for the validator's line table. */
export function teamReferencePaths(plan: PlanFrontmatter): PathSegment[][] {
	return [['budget'], ...(plan.resources ?? []).map((_, i) => ['resources', i, 'by'])];
}

/**
 * A plan's warnings that need the as-of date: resources still requested after
 * their `by` date, and a plan-year budget above `maxCostToServe`. Without an
 * as-of date, only the budget of a plan with a `planPeriod` is checked.
 */
export function teamPlanWarnings(file: string, plan: PlanFrontmatter, policy: Policy, asOf: string | undefined, lineOf: LineOf): Diagnostic[] {
	const warnings: Diagnostic[] = [];
	if (asOf !== undefined) {
		(plan.resources ?? []).forEach((resource, index) => {
			if (!isResourceLate(resource, asOf)) return;
			const path = ['resources', index, 'by'];
			warnings.push({
				file,
				line: lineOf(path),
				field: formatFieldPath(path),
				severity: 'warning',
				rule: 'resource-late',
				message: `\`${resource.need}\` was needed by \`${resource.by}\` and is still \`requested\`; ask ${resource.from === undefined ? 'the function' : `\`${resource.from}\``} for an answer and set \`status\` to agreed, declined or delivered, or move \`by\``,
			});
		});
	}
	if (policy.maxCostToServe !== undefined && (plan.budget ?? []).length > 0 && (plan.planPeriod !== undefined || asOf !== undefined)) {
		const budget = planYearBudget(plan.budget, plan.forecast, planYear(plan.planPeriod, asOf ?? ''));
		if (budgetAboveMax(budget, policy.maxCostToServe)) {
			const percent = (n: number) => `${Math.round(n * 1000) / 10} %`;
			warnings.push({
				file,
				line: lineOf(['budget']),
				field: 'budget',
				severity: 'warning',
				rule: 'cost-to-serve-above-max',
				message: `the ${budget.year} budget (\`${budget.total}\`) is ${percent(budget.share!)} of the year's forecast revenue, above the policy's \`maxCostToServe\` of ${percent(policy.maxCostToServe)}; cut the budget, raise the forecast if it is too low, or have the policy changed`,
			});
		}
	}
	return warnings;
}

/** A person whose effort over all plans adds up to more than one full-time person: one warning on people.yaml, naming the plans. */
export function checkTeamLoads(plans: readonly { slug: string; frontmatter: PlanFrontmatter }[], lineOfPerson: (id: string) => number | undefined): Diagnostic[] {
	return teamLoads(plans)
		.filter((load) => load.overloaded)
		.map((load) => {
			const parts = load.memberships.filter((m) => m.effort !== null).map((m) => `\`${m.slug}\` ${m.effort}`);
			return {
				file: PEOPLE_FILE,
				line: lineOfPerson(load.person),
				field: 'team',
				severity: 'warning' as const,
				rule: 'team-overload',
				message: `\`${load.person}\` is given ${load.load} of a full-time person over all plans (${parts.join(', ')}); one person has 1 to give, so lower an \`effort\` or hand a part to someone else`,
			};
		});
}
