/**
 * One portal per audience: the plans a scope selects, and the content a scoped
 * build hands to the portal. Filtering happens once, on the validated content,
 * before the engine computes anything, so every rollup, chart, export, calendar
 * and search index of the build covers the scoped plans only. Pure: no I/O.
 */
import type { Policy } from '../../../schemas/policy.ts';
import type { Portal } from '../../../schemas/portal.ts';
import { SCOPE_FIELDS, type Scope, type ScopeField, scope as scopeSchema } from '../../../schemas/scope.ts';
import { type Diagnostic, formatFieldPath, type PathSegment } from '../diagnostics.ts';
import type { RuleId } from '../rules.ts';
import type { LoadedPlan, ValidationResult } from '../content/model.ts';
import { POLICY_FILE } from '../content/files.ts';
import { contentErrorMap, suggestKey } from '../content/zod-issues.ts';
import { resolveTerm, vocabularyOf } from '../vocabulary.ts';

/** One `field=value` of a scope; several narrow (every one must match). */
export interface ScopeCondition {
	field: ScopeField;
	value: string;
}

/** What a scoped build shows, and the portal it was built for, if any. */
export interface PortalScope {
	/** The policy portal (`--portal <id>`); absent for a plain `--scope` build. */
	portal?: { id: string; name?: string };
	conditions: ScopeCondition[];
}

/** The validated content of a scoped build: only the scoped plans and the people they name. */
export interface ScopedContent extends ValidationResult {
	scope?: PortalScope;
}

const fieldList = SCOPE_FIELDS.map((f) => `\`${f}\``).join(', ');

/**
 * Parses one `--scope field=value` option. Throws an error that says what was
 * expected when the field is unknown or the value is not one it can take.
 */
export function parseScopeOption(option: string): ScopeCondition {
	const equals = option.indexOf('=');
	if (equals < 0) throw new Error(`--scope takes \`<field>=<value>\` (like \`region=east-china\`), found \`${option}\`; fields: ${fieldList}`);
	const field = option.slice(0, equals).trim();
	const value = option.slice(equals + 1).trim();
	if (!(SCOPE_FIELDS as readonly string[]).includes(field)) {
		const suggestion = suggestKey(field, SCOPE_FIELDS);
		throw new Error(`--scope: unknown field \`${field}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ''}; a scope is one of ${fieldList}`);
	}
	const checked = scopeSchema.safeParse({ [field]: value }, { error: contentErrorMap, reportInput: true });
	if (!checked.success) throw new Error(`--scope ${field}: ${checked.error.issues[0]!.message}`);
	return { field: field as ScopeField, value };
}

/** The conditions of a policy scope, in the order of SCOPE_FIELDS. */
export function conditionsOf(scope: Scope): ScopeCondition[] {
	return SCOPE_FIELDS.flatMap((field) => (scope[field] === undefined ? [] : [{ field, value: scope[field] }]));
}

/** The portal of `policy.portals` with this id; the error lists the ids there are. */
export function findPortal(policy: Policy, id: string): Portal {
	const portals = policy.portals ?? [];
	const portal = portals.find((p) => p.id === id);
	if (portal) return portal;
	if (portals.length === 0) throw new Error(`--portal: unknown portal \`${id}\`; \`policy.yaml\` names no portals, so add \`portals: [{ id: ${id}, scope: { region: ... } }]\` there`);
	const suggestion = suggestKey(id, portals.map((p) => p.id));
	throw new Error(
		`--portal: unknown portal \`${id}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ''}; \`policy.yaml\` names ${portals.map((p) => `\`${p.id}\``).join(', ')}`,
	);
}

/** Region and tag text compared loosely: letter case, spaces, hyphens and underscores do not count. */
function looseKey(text: string): string {
	return text.trim().toLowerCase().replace(/[\s_-]+/g, '-');
}

/** The group accounts above each plan (parent, grandparent...), from the plans' `parent` links. */
function ancestorsOf(plans: readonly LoadedPlan[]): (slug: string) => string[] {
	const parentOf = new Map(plans.map((p) => [p.slug, p.frontmatter.parent]));
	return (slug) => {
		const chain: string[] = [];
		for (let current = parentOf.get(slug); current !== undefined && !chain.includes(current) && current !== slug; current = parentOf.get(current)) {
			chain.push(current);
		}
		return chain;
	};
}

function matcher(plans: readonly LoadedPlan[], policy: Policy | undefined) {
	const ancestors = ancestorsOf(plans);
	// With policy `regions` / `tags`, a value and a plan's spelling match when they
	// name one entry (id, name or alias); without, when their text matches loosely.
	const regions = policy && vocabularyOf(policy, 'region');
	const tags = policy && vocabularyOf(policy, 'tags');
	const same = (entries: typeof regions, a: string, b: string) => looseKey(resolveTerm(entries, a).id) === looseKey(resolveTerm(entries, b).id);
	return (plan: LoadedPlan, { field, value }: ScopeCondition): boolean => {
		const fm = plan.frontmatter;
		switch (field) {
			case 'region':
				return fm.region !== undefined && same(regions, fm.region, value);
			case 'owner':
				return fm.owner === value;
			case 'tier':
				return fm.tier === value;
			case 'tag':
				return (fm.tags ?? []).some((tag) => same(tags, tag, value));
			case 'group':
				return plan.slug === value || ancestors(plan.slug).includes(value);
		}
	};
}

/** The plans every condition matches, in their given order. */
export function selectPlans(plans: readonly LoadedPlan[], conditions: readonly ScopeCondition[], policy?: Policy): LoadedPlan[] {
	const matches = matcher(plans, policy);
	return plans.filter((plan) => conditions.every((condition) => matches(plan, condition)));
}

/**
 * Problems with a scope against the content: a person or group it names that
 * does not exist, or no plan at all matching it. `at` locates a condition
 * (in policy.yaml for a portal, or the command line).
 */
export function scopeProblems(
	conditions: readonly ScopeCondition[],
	content: Pick<ValidationResult, 'plans' | 'people'> & { policy?: Policy },
	at: (condition: ScopeCondition) => { file: string; field: string },
	describe: string,
): Diagnostic[] {
	const problems: Diagnostic[] = [];
	const report = (condition: ScopeCondition, rule: RuleId, message: string, severity: Diagnostic['severity'] = 'error') =>
		problems.push({ ...at(condition), severity, rule, message });
	for (const condition of conditions) {
		if (condition.field === 'owner' && !content.people.some((p) => p.id === condition.value)) {
			report(condition, 'unknown-person', `unknown person \`${condition.value}\`: a scope's owner must be listed in \`people.yaml\`; add them there or fix the id`);
		}
		if (condition.field === 'group' && !content.plans.some((p) => p.slug === condition.value)) {
			report(condition, 'unknown-parent', `unknown group \`${condition.value}\`: no plan has this slug; use the file name (without .mdx) of the group account`);
		}
	}
	if (problems.length === 0 && conditions.length > 0 && selectPlans(content.plans, conditions, content.policy).length === 0) {
		const first = conditions[0]!;
		report(first, 'empty-scope', `${describe} matches no plan (${describeConditions(conditions)}); check the values against the plans' fields`);
	}
	return problems;
}

/** `region=east-china, tier=major`, as typed on the command line. */
export function describeConditions(conditions: readonly ScopeCondition[]): string {
	return conditions.map((c) => `\`${c.field}=${c.value}\``).join(', ');
}

/** Where a portal's scope condition is written in policy.yaml. */
export function portalConditionAt(policy: Policy, portalId: string) {
	const index = (policy.portals ?? []).findIndex((p) => p.id === portalId);
	return (condition: ScopeCondition) => ({ file: POLICY_FILE, field: formatFieldPath(['portals', index, 'scope', condition.field] as PathSegment[]) });
}

/** Every policy portal's scope checked against the content (`npm run validate`). */
export function checkPortals(content: Pick<ValidationResult, 'plans' | 'people' | 'policy'>): Diagnostic[] {
	return (content.policy.portals ?? []).flatMap((portal) =>
		scopeProblems(conditionsOf(portal.scope), content, portalConditionAt(content.policy, portal.id), `portal \`${portal.id}\``).map((d) =>
			// A portal with no plans yet is not wrong content; the build of that portal refuses it.
			d.rule === 'empty-scope' ? { ...d, severity: 'warning' as const } : d,
		),
	);
}

/** Every person id written anywhere in a plan's frontmatter (owner, sponsor, team, action owners, reviewers...). */
function peopleNamedBy(plan: LoadedPlan, ids: ReadonlySet<string>, into: Set<string>): void {
	const visit = (value: unknown): void => {
		if (typeof value === 'string') {
			if (ids.has(value)) into.add(value);
		} else if (Array.isArray(value)) value.forEach(visit);
		else if (value && typeof value === 'object') Object.values(value).forEach(visit);
	};
	visit(plan.frontmatter);
}

/**
 * The content a scoped build shows: the matching plans (a `parent` outside the
 * scope removed, so no link or group page leads out of it), the people those
 * plans name (so no owner page lists accounts of others), and the diagnostics
 * of those plans' files only.
 */
export function scopeContent(content: ValidationResult, scope: PortalScope): ScopedContent {
	const selected = selectPlans(content.plans, scope.conditions, content.policy);
	const inScope = new Set(selected.map((p) => p.slug));
	const plans = selected.map((plan) => {
		const parent = plan.frontmatter.parent;
		if (parent === undefined || inScope.has(parent)) return plan;
		const { parent: _outside, ...frontmatter } = plan.frontmatter;
		return { ...plan, frontmatter };
	});
	const allIds = new Set(content.people.map((p) => p.id));
	const named = new Set<string>();
	for (const plan of plans) peopleNamedBy(plan, allIds, named);
	// Only the visit reports of the plans it holds, and the people they name.
	const visits = content.visits.filter((visit) => inScope.has(visit.plan));
	for (const visit of visits) {
		for (const id of [...(visit.frontmatter.ours ?? []), ...(visit.frontmatter.next ?? []).map((step) => step.owner)]) if (allIds.has(id)) named.add(id);
	}
	const files = new Set([...plans.map((p) => p.file), ...visits.map((v) => v.file)]);
	return {
		diagnostics: content.diagnostics.filter((d) => files.has(d.file)),
		policy: content.policy,
		people: content.people.filter((p) => named.has(p.id)),
		plans,
		visits,
		scope,
	};
}
