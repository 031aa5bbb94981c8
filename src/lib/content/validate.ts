import { type People, type Person, people as peopleSchema } from '../../../schemas/person.ts';
import { teamIds } from '../../../schemas/team.ts';
import { MAX_FORECAST_YEARS, type PlanFrontmatter, planFrontmatter, planShape } from '../../../schemas/plan.ts';
import { type Policy, policy as policySchema } from '../../../schemas/policy.ts';
import { SLUG_PATTERN, hiddenCharacterHint } from '../../../schemas/ids.ts';
import { type Diagnostic, formatFieldPath, type PathSegment, sortDiagnostics } from '../diagnostics.ts';
import type { RuleId } from '../rules.ts';
import { coverageRows } from '../engine/coverage.ts';
import { hasTierMismatch, suggestTier } from '../engine/tiering.ts';
import { checkPortals } from '../scope/scope.ts';
import { checkFindingIds, livingPlanWarnings } from './living-plan.ts';
import { checkPlanBody, findHeadings } from './mdx-body.ts';
import { checkPlanImages } from './plan-images.ts';
import { planBodyIds, parsePlanBody } from './plan-body.ts';
import { checkPlanLinks, type PortalPage } from './plan-links.ts';
import { hasReviewPack } from '../engine/review-record.ts';
import { checkSections } from './sections.ts';
import { checkFreeTextSpellings, checkProducts, checkVocabularyFields } from './vocabulary-checks.ts';
import { decodeContentFile, splitPlan } from './source-file.ts';
import { parseYaml } from './yaml.ts';
import { contentErrorMap, issuesToDiagnostics, knownKeysOf, suggestKey } from './zod-issues.ts';
import { termKey } from '../../../schemas/vocabulary.ts';
import { compareText } from '../compare.ts';
import { PEOPLE_FILE } from './files.ts';
import type { ContentFile, ContentSnapshot, LoadedPlan, PlanFileResult, ValidationResult } from './model.ts';
import { planFileName } from './plan-path.ts';
import { applicationWarnings, checkManagers, checkSignOffRules, signerWarnings } from './organisation-checks.ts';
import { managerLookup } from '../engine/signers.ts';
import { checkPeopleDepartments, checkResourceDepartments, checkTeamLoads, teamPlanWarnings, teamReferencePaths } from './team-checks.ts';

import { checkVisitFile, checkVisitReferences, type LoadedVisit, type VisitFileResult } from './visits.ts';

// The content model has a module of its own (model.ts); it is re-exported here
// so that existing imports keep working.
export type { ContentFile, ContentSnapshot, LoadedPlan, PlanFileResult, ValidationResult } from './model.ts';

/**
 * Validates a whole content directory: every file, every rule, all problems in
 * one run. `planResults` lets a caller check the plan files elsewhere (in
 * worker threads) with `checkPlanFile` and pass the results in.
 */
export function validateContent(snapshot: ContentSnapshot, planResults?: readonly PlanFileResult[], visitResults?: readonly VisitFileResult[]): ValidationResult {
	const diagnostics: Diagnostic[] = [];
	const policy = loadPolicy(snapshot.policy, diagnostics);
	const peopleResult = loadPeople(snapshot.people, policy, diagnostics);
	const results = planResults ?? snapshot.accounts.map((file) => checkPlanFile(file, policy));
	const plans: LoadedPlan[] = [];
	const referenceLines = new Map<string, Record<string, number>>();
	const filesBySlug = new Map<string, string[]>();

	for (const result of [...results].sort((a, b) => compareText(a.path, b.path))) {
		diagnostics.push(...withPersonSuggestions(result, peopleResult));
		if (!result.slug) continue;
		filesBySlug.set(result.slug, [...(filesBySlug.get(result.slug) ?? []), result.path]);
		if (result.plan) {
			plans.push(result.plan);
			referenceLines.set(result.plan.file, result.referenceLines ?? {});
		}
	}

	for (const [slug, files] of filesBySlug) {
		if (files.length < 2) continue;
		for (const file of files) {
			const others = files.filter((f) => f !== file).map((f) => `\`${f}\``).join(', ');
			diagnostics.push({
				file,
				field: '',
				severity: 'error',
				rule: 'duplicate-slug',
				message: `slug \`${slug}\` is also used by ${others}; the slug is the account's id and URL, so rename one of the files`,
			});
		}
	}

	const lineOf: LineOf = (plan, path) => referenceLines.get(plan.file)?.[formatFieldPath(path)];
	checkPersonReferences(plans, peopleResult, snapshot.people !== undefined, lineOf, diagnostics);
	checkParents(plans, lineOf, diagnostics);
	checkCoverage(plans, policy, peopleResult, diagnostics);
	diagnostics.push(...checkTeamLoads(plans, peopleResult.lineOfId));
	for (const plan of plans) diagnostics.push(...teamPlanWarnings(plan.file, plan.frontmatter, policy, snapshot.asOf, (path) => lineOf(plan, [...path])));
	diagnostics.push(...checkFreeTextSpellings(plans, policy, lineOf));
	diagnostics.push(...checkPortals({ plans, people: peopleResult.people, policy }));
	diagnostics.push(...peopleResult.managerDiagnostics);
	if (snapshot.people !== undefined) diagnostics.push(...checkSignOffRules(policy, peopleResult.ids, policyLines(snapshot.policy)));
	const managerOf = managerLookup(peopleResult.people);
	for (const plan of plans) diagnostics.push(...signerWarnings(plan.file, plan.frontmatter, policy, managerOf, (path) => lineOf(plan, [...path]), (id) => peopleResult.ids.has(id)));
	const images = snapshot.images && new Set(snapshot.images);
	for (const plan of plans) diagnostics.push(...checkPlanImages(plan, (path) => images?.has(path) ?? true));
	// A link to a plan with errors is not dead: its page comes back once they are fixed.
	const planFiles = new Map([...filesBySlug].map(([slug, files]) => [slug, files[0]!]));
	const sectionsOf = planSections(plans);
	const pageProblem = portalPageProblem(plans, planFiles, peopleResult.ids);
	for (const plan of plans) diagnostics.push(...checkPlanLinks(plan, planFiles, sectionsOf, pageProblem));

	const checkedVisits = [...(visitResults ?? (snapshot.visits ?? []).map(checkVisitFile))].sort((a, b) => compareText(a.path, b.path));
	for (const result of checkedVisits) diagnostics.push(...result.diagnostics);
	diagnostics.push(
		...checkVisitReferences(checkedVisits, {
			planSlugs: new Set(filesBySlug.keys()),
			plans: new Map(
				plans.map((plan) => [
					plan.slug,
					{
						file: plan.file,
						contacts: (plan.frontmatter.contacts ?? []).flatMap((c) => (c.id === undefined ? [] : [c.id])),
						objectives: (plan.frontmatter.objectives ?? []).map((o) => o.id),
					},
				]),
			),
			...(snapshot.people !== undefined && { people: peopleResult.ids }),
			...(snapshot.asOf !== undefined && { asOf: snapshot.asOf }),
		}),
	);
	const visits = checkedVisits.flatMap((result) => (result.visit ? [result.visit] : []));
	for (const visit of visits) diagnostics.push(...checkPlanImages(visit, (path) => images?.has(path) ?? true));
	dropObjectivesServedByVisits(diagnostics, plans, visits);

	return { diagnostics: sortDiagnostics(diagnostics), policy, people: peopleResult.people, plans, visits };
}

/**
 * A visit's next steps serve the visit's objective (they are actions of the
 * plan), so an objective they serve is not "without actions": the per-file
 * warning, which cannot see the visits, is withdrawn here.
 */
function dropObjectivesServedByVisits(diagnostics: Diagnostic[], plans: readonly LoadedPlan[], visits: readonly LoadedVisit[]): void {
	// Nothing to withdraw (the usual case): no need to look at tens of thousands of visits.
	if (!diagnostics.some((d) => d.rule === 'objective-without-actions')) return;
	const served = new Set(visits.flatMap((v) => (v.frontmatter.objective !== undefined && (v.frontmatter.next?.length ?? 0) > 0 ? [`${v.plan}\n${v.frontmatter.objective}`] : [])));
	if (served.size === 0) return;
	const withdrawn = new Set<string>();
	for (const plan of plans) {
		(plan.frontmatter.objectives ?? []).forEach((objective, index) => {
			if (served.has(`${plan.slug}\n${objective.id}`)) withdrawn.add(`${plan.file}\nobjectives[${index}]`);
		});
	}
	const kept = diagnostics.filter((d) => !(d.rule === 'objective-without-actions' && withdrawn.has(`${d.file}\n${d.field}`)));
	diagnostics.splice(0, diagnostics.length, ...kept);
}

/** Why the portal has no page at a review pack's, person's or group's address a body links (plans are checked by plan links). */
function portalPageProblem(plans: readonly LoadedPlan[], planFiles: ReadonlyMap<string, string>, people: ReadonlySet<string>): (page: PortalPage) => string | undefined {
	const tiers = new Map(plans.map((plan) => [plan.slug, plan.frontmatter.tier]));
	const groups = new Set(plans.flatMap((plan) => (plan.frontmatter.parent === undefined ? [] : [plan.frontmatter.parent])));
	return ({ kind, key }) => {
		if (kind === 'owner') return people.has(key) ? undefined : `there is no person \`${key}\` in people.yaml, and a person's page is \`/owners/<id>/\``;
		if (!planFiles.has(key)) return `there is no plan \`${key}\` (a file \`${key}.mdx\` under \`accounts/\`); check the slug`;
		if (kind === 'group' && tiers.has(key) && !groups.has(key)) return `no plan names \`${key}\` as its \`parent\`, and only a group (a plan with subsidiaries) has a page at \`/groups/<slug>/\`; link its plan, \`/accounts/${key}/\``;
		const tier = tiers.get(key);
		if (kind === 'review' && tier !== undefined && !hasReviewPack(tier)) return `the plan \`${key}\` is ${tier}, and only major and named plans have a review pack; link its plan, \`/accounts/${key}/\``;
		return undefined;
	};
}

/** A plan's sections (the ids of its page's body), worked out when a link names one. */
function planSections(plans: readonly LoadedPlan[]): (slug: string) => ReadonlySet<string> | undefined {
	const bySlug = new Map(plans.map((plan) => [plan.slug, plan]));
	const known = new Map<string, ReadonlySet<string> | undefined>();
	return (slug) => {
		if (!known.has(slug)) {
			const plan = bySlug.get(slug);
			let ids: ReadonlySet<string> | undefined;
			try {
				ids = plan && planBodyIds(parsePlanBody(plan.body, plan.file));
			} catch {
				// A body that does not render has no sections to check against.
			}
			known.set(slug, ids);
		}
		return known.get(slug);
	};
}

/** Checks one plan file on its own: name, encoding, YAML, schema, body, parts, warnings. */
export function checkPlanFile(file: ContentFile, policy: Policy): PlanFileResult {
	const diagnostics: Diagnostic[] = [];
	const slug = slugOf(file.path, diagnostics);
	if (!slug) return { path: file.path, diagnostics };
	const loaded = loadPlan(file, slug, policy, diagnostics);
	return { path: file.path, slug, plan: loaded?.plan, referenceLines: loaded?.referenceLines, badPersonValues: loaded?.badPersonValues, diagnostics };
}

/** The person fields of a frontmatter as written (read defensively: it may not have passed the schema). */
function personFieldsOf(raw: unknown): [PathSegment[], unknown][] {
	if (typeof raw !== 'object' || raw === null) return [];
	const plan = raw as Record<string, unknown>;
	const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
	const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});
	const review = record(plan.review);
	return [
		[['owner'], plan.owner],
		[['sponsor'], plan.sponsor],
		...list(plan.team).map((id, i): [PathSegment[], unknown] => [['team', i], id]),
		...list(plan.actions).map((a, i): [PathSegment[], unknown] => [['actions', i, 'owner'], record(a).owner]),
		...list(review.history).flatMap((entry, i) => list(record(entry).by).map((id, j): [PathSegment[], unknown] => [['review', 'history', i, 'by', j], id])),
		...list(plan.contacts).map((c, i): [PathSegment[], unknown] => [['contacts', i, 'coveredBy'], record(c).coveredBy]),
	];
}

/** A plan's diagnostics, with "did you mean" added to each person field that holds no id (a name, an id with an invisible character). */
function withPersonSuggestions(result: PlanFileResult, people: PeopleResult): Diagnostic[] {
	const values = result.badPersonValues;
	if (!values) return result.diagnostics;
	return result.diagnostics.map((d) => {
		const value = d.rule === 'invalid-format' ? values[d.field] : undefined;
		const hint = value === undefined ? undefined : suggestPerson(value, people);
		return hint ? { ...d, message: `${d.message}; did you mean ${hint}?` } : d;
	});
}

/**
 * The person a mistyped reference most likely means, as `` `xu-ting` (Xu Ting) ``:
 * the id without invisible characters, the person whose name it is, the id it
 * spells (`Xu Ting` → `xu-ting`), else the closest id or name.
 */
export function suggestPerson(value: string, people: Pick<PeopleResult, 'ids' | 'names'>): string | undefined {
	const show = (id: string) => {
		const name = people.names.get(id);
		return name && name !== id ? `\`${id}\` (${name})` : `\`${id}\``;
	};
	const visible = value.replace(/[\u0000-\u0020\u007F-\u00A0\u00AD\u1680\u180E\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]+/g, ' ').trim();
	if (visible === '' || visible.length > 200) return undefined;
	if (people.ids.has(visible)) return show(visible);
	const key = termKey(visible);
	for (const [id, name] of people.names) if (termKey(name) === key) return show(id);
	const spelt = visible.toLowerCase().replace(/[\s_.]+/g, '-');
	if (people.ids.has(spelt)) return show(spelt);
	const closeId = suggestKey(spelt, [...people.ids]);
	if (closeId) return show(closeId);
	const byName = new Map([...people.names].map(([id, name]) => [name, id]));
	const closeName = suggestKey(visible, [...byName.keys()]);
	return closeName === undefined ? undefined : show(byName.get(closeName)!);
}

/** The fields that cross-file rules point at. */
function referencePaths(plan: PlanFrontmatter): PathSegment[][] {
	return [
		['owner'],
		['sponsor'],
		['parent'],
		...(plan.team ?? []).map((_, i) => ['team', i]),
		...(plan.actions ?? []).map((_, i) => ['actions', i, 'owner']),
		['region'],
		['industry'],
		['tier'],
		...(plan.tags ?? []).map((_, i) => ['tags', i]),
		...livingPlanPeople(plan).map(([path]) => path),
		...teamReferencePaths(plan),
	];
}

/** Person ids of the living-plan fields: reviewers and who covers each contact. */
function livingPlanPeople(plan: PlanFrontmatter): [PathSegment[], string | undefined][] {
	return [
		...(plan.review?.history ?? []).flatMap((entry, i) => entry.by.map((id, j): [PathSegment[], string] => [['review', 'history', i, 'by', j], id])),
		...(plan.contacts ?? []).map((c, i): [PathSegment[], string | undefined] => [['contacts', i, 'coveredBy'], c.coveredBy]),
		...(plan.application ? applicationPeople(plan.application) : []),
	];
}

/** Person ids of an application: the applicant and who decided. */
function applicationPeople(application: NonNullable<PlanFrontmatter['application']>): [PathSegment[], string | undefined][] {
	return [
		[['application', 'by'], application.by],
		[['application', 'decision', 'by'], application.decision?.by],
	];
}

function slugOf(path: string, diagnostics: Diagnostic[]): string | undefined {
	const { name, stem, slug } = planFileName(path);
	if (stem === undefined) {
		diagnostics.push({
			file: path,
			field: '',
			severity: 'error',
			rule: 'file-name',
			message: `\`${name}\` is not a plan: plans are \`<slug>.mdx\` files; rename it to end in \`.mdx\` or move it out of \`accounts/\``,
		});
		return undefined;
	}
	if (slug === undefined) {
		diagnostics.push({
			file: path,
			field: '',
			severity: 'error',
			rule: 'file-name',
			message: `file name \`${name}\` is not a valid slug: use lowercase ASCII letters, digits and single hyphens, like \`acme-industrial.mdx\`${hiddenCharacterHint(stem)}`,
		});
		return undefined;
	}
	return slug;
}

function parseYamlFile(file: ContentFile, diagnostics: Diagnostic[]) {
	const decoded = decodeContentFile(file.path, file.bytes);
	diagnostics.push(...decoded.diagnostics);
	if (decoded.text === undefined) return undefined;
	const parsed = parseYaml(decoded.text, { file: file.path });
	diagnostics.push(...parsed.diagnostics);
	return parsed.diagnostics.length > 0 ? undefined : parsed;
}

/** policy.yaml checked against the schema; the defaults when it is absent or invalid (the problems go to `diagnostics`). */
export function loadPolicy(file: ContentFile | undefined, diagnostics: Diagnostic[]): Policy {
	const fallback = policySchema.parse(undefined);
	if (!file) return fallback;
	const parsed = parseYamlFile(file, diagnostics);
	if (!parsed) return fallback;
	// An empty policy file means "all defaults".
	const result = policySchema.safeParse(parsed.value ?? undefined, { error: contentErrorMap, reportInput: true });
	if (result.success) return result.data;
	diagnostics.push(...issuesToDiagnostics(result.error.issues, { file: file.path, lineOf: parsed.lineOf, knownKeysAt: knownPolicyKeys }));
	return fallback;
}

/** Lines of policy.yaml's fields, for rules checked after the schema (the file parsed again; it is small). */
function policyLines(file: ContentFile | undefined): (path: readonly PathSegment[]) => number | undefined {
	if (!file) return () => undefined;
	const decoded = decodeContentFile(file.path, file.bytes);
	return decoded.text === undefined ? () => undefined : parseYaml(decoded.text, { file: file.path }).lineOf;
}

interface PeopleResult {
	people: People;
	/** Unknown managers and manager loops. */
	managerDiagnostics: Diagnostic[];
	ids: Set<string>;
	/** Each id's name as written (even when people.yaml has other problems). */
	names: Map<string, string>;
	lineOfId(id: string): number | undefined;
}

function loadPeople(file: ContentFile | undefined, policy: Policy, diagnostics: Diagnostic[]): PeopleResult {
	const empty: PeopleResult = { people: [], managerDiagnostics: [], ids: new Set(), names: new Map(), lineOfId: () => undefined };
	if (!file) {
		diagnostics.push({
			file: PEOPLE_FILE,
			field: '',
			severity: 'error',
			rule: 'missing-file',
			message: '`people.yaml` is missing; plans name their owners and sponsors by id, so list the people there (`- id: li-wei` / `  name: Li Wei`)',
		});
		return empty;
	}
	const parsed = parseYamlFile(file, diagnostics);
	if (!parsed) return empty;
	const result = peopleSchema.safeParse(parsed.value, { error: contentErrorMap, reportInput: true });
	const raw = Array.isArray(parsed.value) ? parsed.value : [];
	diagnostics.push(...checkPeopleDepartments(raw, policy, parsed.lineOf));
	const idLine = new Map<string, number | undefined>();
	const names = new Map<string, string>();
	raw.forEach((entry, index) => {
		const { id, name } = (entry ?? {}) as { id?: unknown; name?: unknown };
		if (typeof id === 'string' && !idLine.has(id)) {
			idLine.set(id, parsed.lineOf([index, 'id']));
			if (typeof name === 'string') names.set(id, name);
		}
	});
	if (!result.success) {
		diagnostics.push(
			...issuesToDiagnostics(result.error.issues, { file: file.path, lineOf: parsed.lineOf, knownKeysAt: knownPersonKeys }),
		);
	}
	// Keep every id that was written, so one bad entry does not make every plan's owner "unknown".
	const ids = new Set(idLine.keys());
	const people: Person[] = result.success ? result.data : [];
	return { people, managerDiagnostics: checkManagers(parsed.value, parsed.lineOf), ids, names, lineOfId: (id) => idLine.get(id) };
}

function loadPlan(file: ContentFile, slug: string, policy: Policy, diagnostics: Diagnostic[]): { plan?: LoadedPlan; referenceLines?: Record<string, number>; badPersonValues?: Record<string, string> } | undefined {
	const decoded = decodeContentFile(file.path, file.bytes);
	diagnostics.push(...decoded.diagnostics);
	if (decoded.text === undefined) return undefined;
	const split = splitPlan(file.path, decoded.text);
	diagnostics.push(...split.diagnostics);
	if (!split.plan) return undefined;
	const { frontmatter, frontmatterLine, body, bodyLine } = split.plan;

	const bodyDiagnostics = checkPlanBody(body, { file: file.path, bodyLine });
	diagnostics.push(...bodyDiagnostics);

	const parsed = parseYaml(frontmatter, { file: file.path, lineOffset: frontmatterLine - 1 });
	diagnostics.push(...parsed.diagnostics);
	if (parsed.diagnostics.length > 0) return undefined;
	const lineOf = (path: readonly PathSegment[]) => parsed.lineOf(path) ?? 1;
	diagnostics.push(...checkVocabularyFields(file.path, parsed.value, policy, lineOf), ...checkProducts(file.path, parsed.value, policy, lineOf), ...checkResourceDepartments(file.path, parsed.value, policy, lineOf));

	const result = planFrontmatter.safeParse(parsed.value ?? {}, { error: contentErrorMap, reportInput: true });
	diagnostics.push(...checkFindingIds(parsed.value, policy, file.path, lineOf));
	if (!result.success) {
		diagnostics.push(...issuesToDiagnostics(result.error.issues, { file: file.path, lineOf, knownKeysAt: knownPlanKeys }));
		// Still check the body's parts so one run shows everything.
		const tier = (parsed.value as { tier?: unknown } | undefined)?.tier;
		diagnostics.push(...checkSections(findHeadings(body), body, { file: file.path, bodyLine, tier: typeof tier === 'string' ? tier : undefined, sections: policy.sections }));
		const badPersonValues: Record<string, string> = {};
		for (const [path, value] of personFieldsOf(parsed.value)) {
			if (typeof value === 'string' && !SLUG_PATTERN.test(value)) badPersonValues[formatFieldPath(path)] = value;
		}
		return Object.keys(badPersonValues).length > 0 ? { badPersonValues } : undefined;
	}
	const plan = result.data;
	diagnostics.push(...checkSections(findHeadings(body), body, { file: file.path, bodyLine, tier: plan.tier, sections: policy.sections }));
	diagnostics.push(...planWarnings(file.path, plan, policy, lineOf));
	if (bodyDiagnostics.some((d) => d.severity === 'error')) return undefined;
	const referenceLines: Record<string, number> = {};
	for (const path of referencePaths(plan)) referenceLines[formatFieldPath(path)] = lineOf(path);
	return { plan: { slug, file: file.path, frontmatter: plan, body, bodyLine }, referenceLines };
}

/** Known keys at a path, from the schemas themselves, for "did you mean" hints. */
const knownPlanKeys = knownKeysOf(planShape);
const knownPolicyKeys = knownKeysOf(policySchema);
const knownPersonKeys = knownKeysOf(peopleSchema);

function planWarnings(file: string, plan: PlanFrontmatter, policy: Policy, lineOf: (path: readonly PathSegment[]) => number): Diagnostic[] {
	const warnings: Diagnostic[] = [];
	const suggested = suggestTier(plan.value, policy);
	if (hasTierMismatch(plan, policy)) {
		warnings.push({
			file,
			line: lineOf(['tier']),
			field: 'tier',
			severity: 'warning',
			rule: 'tier-mismatch',
			message: `declared tier \`${plan.tier}\` differs from the tier the policy suggests for its value, \`${suggested}\` (current ${plan.value.current}, potential ${plan.value.potential}); review the tier or the value`,
		});
	}
	if (plan.tier === 'major' && (plan.forecast?.length ?? 0) === 0) {
		warnings.push({
			file,
			line: lineOf(['tier']),
			field: 'forecast',
			severity: 'warning',
			rule: 'missing-forecast',
			message: `a major account should have a forecast of up to ${MAX_FORECAST_YEARS} years; add \`forecast:\` with \`{ year, revenue }\` entries`,
		});
	}
	warnings.push(...livingPlanWarnings(file, plan, lineOf));
	warnings.push(...applicationWarnings(file, plan, lineOf));
	return warnings;
}

type LineOf = (plan: LoadedPlan, path: PathSegment[]) => number | undefined;

function checkPersonReferences(plans: LoadedPlan[], people: PeopleResult, peopleFileExists: boolean, lineOf: LineOf, diagnostics: Diagnostic[]) {
	if (!peopleFileExists) return; // already reported once, as the missing file
	const ids = people.ids;
	const hintOf = (id: string) => {
		const suggestion = suggestPerson(id, people);
		return suggestion ? `did you mean ${suggestion}? Else ` : '';
	};
	for (const plan of plans) {
		const references: [PathSegment[], string | undefined][] = [
			[['owner'], plan.frontmatter.owner],
			[['sponsor'], plan.frontmatter.sponsor],
			...teamIds(plan.frontmatter).map((id, i): [PathSegment[], string] => [['team', i], id]),
			...(plan.frontmatter.actions ?? []).map((a, i): [PathSegment[], string | undefined] => [['actions', i, 'owner'], a.owner]),
			...livingPlanPeople(plan.frontmatter),
		];
		for (const [path, id] of references) {
			if (id === undefined || ids.has(id)) continue;
			diagnostics.push({
				file: plan.file,
				line: lineOf(plan, path),
				field: formatFieldPath(path),
				severity: 'error',
				rule: 'unknown-person',
				message: `unknown person \`${id}\`: every person must be listed in \`people.yaml\`; ${hintOf(id)}add them there or fix the id`,
			});
		}
	}
}

function checkParents(plans: LoadedPlan[], lineOf: LineOf, diagnostics: Diagnostic[]) {
	const parentOf = new Map(plans.map((p) => [p.slug, p.frontmatter.parent]));
	for (const plan of plans) {
		const parent = plan.frontmatter.parent;
		if (parent === undefined) continue;
		const report = (rule: RuleId, message: string) =>
			diagnostics.push({ file: plan.file, line: lineOf(plan, ['parent']), field: 'parent', severity: 'error', rule, message });
		if (parent === plan.slug) {
			report('parent-cycle', `\`parent\` is the account itself (\`${parent}\`); a group account must be another plan`);
			continue;
		}
		if (!parentOf.has(parent)) {
			report('unknown-parent', `unknown parent \`${parent}\`: no plan has this slug; use the file name (without .mdx) of the group account`);
			continue;
		}
		const chain = [plan.slug];
		let current: string | undefined = parent;
		while (current !== undefined && !chain.includes(current)) {
			chain.push(current);
			current = parentOf.get(current);
		}
		if (current === plan.slug) {
			report('parent-cycle', `\`parent\` makes a cycle: ${[...chain, current].map((s) => `\`${s}\``).join(' → ')}; a group chain must end at an account without a parent`);
		}
	}
}

/** Coverage overloads, computed by the engine so the validator and the portal agree. */
function checkCoverage(plans: LoadedPlan[], policy: Policy, people: PeopleResult, diagnostics: Diagnostic[]) {
	for (const row of coverageRows(plans, policy)) {
		if (!row.overloaded) continue;
		diagnostics.push({
			file: PEOPLE_FILE,
			line: people.lineOfId(row.owner),
			field: 'coverage',
			severity: 'warning',
			rule: 'coverage-overload',
			message: `\`${row.owner}\` owns ${row.count} ${row.tier} accounts (${row.slugs.map((slug) => `\`${slug}\``).join(', ')}); the policy allows ${row.limit} per owner, so hand some to another account manager`,
		});
	}
}

