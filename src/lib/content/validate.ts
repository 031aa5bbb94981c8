import { type People, type Person, people as peopleSchema } from '../../../schemas/person.ts';
import { teamIds } from '../../../schemas/team.ts';
import { MAX_FORECAST_YEARS, type PlanFrontmatter, planFrontmatter, planShape } from '../../../schemas/plan.ts';
import { type Policy, policy as policySchema } from '../../../schemas/policy.ts';
import { SLUG_PATTERN, hiddenCharacterHint } from '../../../schemas/ids.ts';
import { type Diagnostic, formatFieldPath, type PathSegment, sortDiagnostics } from '../diagnostics.ts';
import { coverageRows } from '../engine/coverage.ts';
import { hasTierMismatch, suggestTier } from '../engine/tiering.ts';
import { checkPortals } from '../scope/scope.ts';
import { checkFindingIds, livingPlanWarnings } from './living-plan.ts';
import { checkPlanBody, findHeadings } from './mdx-body.ts';
import { checkPlanImages } from './plan-images.ts';
import { checkSections } from './sections.ts';
import { checkFreeTextSpellings, checkProducts, checkVocabularyFields } from './vocabulary-checks.ts';
import { decodeContentFile, splitPlan } from './source-file.ts';
import { parseYaml } from './yaml.ts';
import { contentErrorMap, issuesToDiagnostics, knownKeysOf } from './zod-issues.ts';
import { compareText } from '../compare.ts';
import { PEOPLE_FILE, POLICY_FILE } from './files.ts';
import { checkPeopleDepartments, checkResourceDepartments, checkTeamLoads, teamPlanWarnings, teamReferencePaths } from './team-checks.ts';

/** One file of a content directory, path relative to it with `/` separators. */
export interface ContentFile {
	path: string;
	bytes: Uint8Array;
}

/** Everything a validation run looks at; reading it from disk is the caller's job. */
export interface ContentSnapshot {
	policy?: ContentFile;
	people?: ContentFile;
	/** Every file under `accounts/` (not only `.mdx`, so stray files are reported). */
	accounts: ContentFile[];
	/**
	 * The image files outside `accounts/` (content-relative paths), which plan
	 * bodies may show. When absent, images are checked but not for existence.
	 */
	images?: readonly string[];
	/** The as-of date (YYYY-MM-DD) for warnings that depend on it (a resource still requested after its date); without it they are skipped. */
	asOf?: string;
}

/** A plan whose file parsed and whose frontmatter passed the schema. */
export interface LoadedPlan {
	slug: string;
	/** Path relative to the content directory. */
	file: string;
	frontmatter: PlanFrontmatter;
	/** The MDX body after the frontmatter. */
	body: string;
	/** Line of the body's first line in the file. */
	bodyLine: number;
}

export interface ValidationResult {
	diagnostics: Diagnostic[];
	policy: Policy;
	people: People;
	/** Plans that passed on their own (cross-file problems are in diagnostics). */
	plans: LoadedPlan[];
}

/** What checking one plan file on its own yields; plain data, so it can cross worker threads. */
export interface PlanFileResult {
	path: string;
	slug?: string;
	plan?: LoadedPlan;
	/** Lines of the fields that cross-file rules report on (owner, team[0], parent...). */
	referenceLines?: Record<string, number>;
	diagnostics: Diagnostic[];
}

/**
 * Validates a whole content directory: every file, every rule, all problems in
 * one run. `planResults` lets a caller check the plan files elsewhere (in
 * worker threads) with `checkPlanFile` and pass the results in.
 */
export function validateContent(snapshot: ContentSnapshot, planResults?: readonly PlanFileResult[]): ValidationResult {
	const diagnostics: Diagnostic[] = [];
	const policy = loadPolicy(snapshot.policy, diagnostics);
	const peopleResult = loadPeople(snapshot.people, policy, diagnostics);
	const results = planResults ?? snapshot.accounts.map((file) => checkPlanFile(file, policy));
	const plans: LoadedPlan[] = [];
	const referenceLines = new Map<string, Record<string, number>>();
	const filesBySlug = new Map<string, string[]>();

	for (const result of [...results].sort((a, b) => compareText(a.path, b.path))) {
		diagnostics.push(...result.diagnostics);
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
	checkPersonReferences(plans, peopleResult.ids, snapshot.people !== undefined, lineOf, diagnostics);
	checkParents(plans, lineOf, diagnostics);
	checkCoverage(plans, policy, peopleResult, diagnostics);
	diagnostics.push(...checkTeamLoads(plans, peopleResult.lineOfId));
	for (const plan of plans) diagnostics.push(...teamPlanWarnings(plan.file, plan.frontmatter, policy, snapshot.asOf, (path) => lineOf(plan, [...path])));
	diagnostics.push(...checkFreeTextSpellings(plans, policy, lineOf));
	diagnostics.push(...checkPortals({ plans, people: peopleResult.people, policy }));
	const images = snapshot.images && new Set(snapshot.images);
	for (const plan of plans) diagnostics.push(...checkPlanImages(plan, (path) => images?.has(path) ?? true));

	return { diagnostics: sortDiagnostics(diagnostics), policy, people: peopleResult.people, plans };
}

/** Checks one plan file on its own: name, encoding, YAML, schema, body, parts, warnings. */
export function checkPlanFile(file: ContentFile, policy: Policy): PlanFileResult {
	const diagnostics: Diagnostic[] = [];
	const slug = slugOf(file.path, diagnostics);
	if (!slug) return { path: file.path, diagnostics };
	const loaded = loadPlan(file, slug, policy, diagnostics);
	return { path: file.path, slug, plan: loaded?.plan, referenceLines: loaded?.referenceLines, diagnostics };
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
	];
}

function slugOf(path: string, diagnostics: Diagnostic[]): string | undefined {
	const name = path.split('/').at(-1)!;
	const match = /^(.*)\.mdx$/.exec(name);
	if (!match) {
		diagnostics.push({
			file: path,
			field: '',
			severity: 'error',
			rule: 'file-name',
			message: `\`${name}\` is not a plan: plans are \`<slug>.mdx\` files; rename it to end in \`.mdx\` or move it out of \`accounts/\``,
		});
		return undefined;
	}
	const slug = match[1]!;
	if (!SLUG_PATTERN.test(slug)) {
		diagnostics.push({
			file: path,
			field: '',
			severity: 'error',
			rule: 'file-name',
			message: `file name \`${name}\` is not a valid slug: use lowercase ASCII letters, digits and single hyphens, like \`acme-industrial.mdx\`${hiddenCharacterHint(slug)}`,
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

interface PeopleResult {
	people: People;
	ids: Set<string>;
	lineOfId(id: string): number | undefined;
}

function loadPeople(file: ContentFile | undefined, policy: Policy, diagnostics: Diagnostic[]): PeopleResult {
	const empty: PeopleResult = { people: [], ids: new Set(), lineOfId: () => undefined };
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
	raw.forEach((entry, index) => {
		const id = (entry as { id?: unknown } | null)?.id;
		if (typeof id === 'string' && !idLine.has(id)) idLine.set(id, parsed.lineOf([index, 'id']));
	});
	if (!result.success) {
		diagnostics.push(
			...issuesToDiagnostics(result.error.issues, { file: file.path, lineOf: parsed.lineOf, knownKeysAt: knownPersonKeys }),
		);
	}
	// Keep every id that was written, so one bad entry does not make every plan's owner "unknown".
	const ids = new Set(idLine.keys());
	const people: Person[] = result.success ? result.data : [];
	return { people, ids, lineOfId: (id) => idLine.get(id) };
}

function loadPlan(file: ContentFile, slug: string, policy: Policy, diagnostics: Diagnostic[]) {
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
		return undefined;
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
	return warnings;
}

type LineOf = (plan: LoadedPlan, path: PathSegment[]) => number | undefined;

function checkPersonReferences(plans: LoadedPlan[], ids: Set<string>, peopleFileExists: boolean, lineOf: LineOf, diagnostics: Diagnostic[]) {
	if (!peopleFileExists) return; // already reported once, as the missing file
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
				message: `unknown person \`${id}\`: every person must be listed in \`people.yaml\`; add them there or fix the id`,
			});
		}
	}
}

function checkParents(plans: LoadedPlan[], lineOf: LineOf, diagnostics: Diagnostic[]) {
	const parentOf = new Map(plans.map((p) => [p.slug, p.frontmatter.parent]));
	for (const plan of plans) {
		const parent = plan.frontmatter.parent;
		if (parent === undefined) continue;
		const report = (rule: string, message: string) =>
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

