/**
 * What code owners and sign-off need of the content: each plan's tier, owner,
 * sponsor and application, each person's manager and GitHub login, and the
 * policy. Read leniently from the files' YAML, without the whole validation
 * (which `npm run validate` does beside them), so both commands stay fast at
 * 10,000 plans and still work on a plan with an unrelated error.
 */
import { TIERS, type Tier } from '../../../schemas/enums.ts';
import { type Policy, policy as policySchema } from '../../../schemas/policy.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { PEOPLE_FILE } from '../content/files.ts';
import { decodeContentFile, splitPlan } from '../content/source-file.ts';
import type { ContentFile } from '../content/validate.ts';
import { parseYaml } from '../content/yaml.ts';
import { contentErrorMap, issuesToDiagnostics } from '../content/zod-issues.ts';

export interface PlanFacts {
	tier?: Tier;
	owner?: string;
	sponsor?: string;
	/** The application's applicant and its decision as written (compared as JSON), when the plan has one. */
	application?: { by?: string; decision?: unknown };
}

export interface PersonFacts {
	id: string;
	manager?: string;
	github?: string;
}

/** The content at one revision: its policy, people and a manager lookup. */
export interface Organisation {
	policy: Policy;
	people: PersonFacts[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const stringOf = (value: unknown) => (typeof value === 'string' ? value : undefined);

const WANTED_KEY = /^(?:tier|owner|sponsor|application)[ \t]*:/;

/** The frontmatter's top-level entries `tier`, `owner`, `sponsor` and `application`, each with its indented lines. */
function wantedLines(frontmatter: string): string {
	const kept: string[] = [];
	let keep = false;
	for (const line of frontmatter.split('\n')) {
		const first = line.charCodeAt(0);
		// A line at column 0 that is not a comment starts a new top-level entry.
		if (line.length > 0 && first !== 32 && first !== 9 && first !== 35) keep = WANTED_KEY.test(line);
		if (keep) kept.push(line);
	}
	return kept.join('\n');
}

/** A plan's facts; undefined when the file has no readable frontmatter. */
export function planFacts(path: string, bytes: Uint8Array): PlanFacts | undefined {
	const decoded = decodeContentFile(path, bytes);
	if (decoded.text === undefined) return undefined;
	const split = splitPlan(path, decoded.text);
	if (!split.plan) return undefined;
	// Only four top-level fields matter: parse just their lines (a tenth of a full plan), and the whole frontmatter when that does not give a tier.
	const parse = (text: string) => {
		const parsed = parseYaml(text, { file: path });
		return parsed.diagnostics.length > 0 || !isRecord(parsed.value) ? undefined : parsed.value;
	};
	let fm = parse(wantedLines(split.plan.frontmatter));
	if (fm?.tier === undefined) fm = parse(split.plan.frontmatter);
	if (fm === undefined) return undefined;
	const facts: PlanFacts = {};
	if ((TIERS as readonly unknown[]).includes(fm.tier)) facts.tier = fm.tier as Tier;
	const owner = stringOf(fm.owner);
	if (owner !== undefined) facts.owner = owner;
	const sponsor = stringOf(fm.sponsor);
	if (sponsor !== undefined) facts.sponsor = sponsor;
	if (isRecord(fm.application)) {
		facts.application = {};
		const by = stringOf(fm.application.by);
		if (by !== undefined) facts.application.by = by;
		if (fm.application.decision !== undefined) facts.application.decision = fm.application.decision;
	}
	return facts;
}

/** Each listed person's id, manager and GitHub login (entries without an id are skipped). */
export function peopleFacts(file: ContentFile | undefined): PersonFacts[] {
	if (!file) return [];
	const decoded = decodeContentFile(file.path, file.bytes);
	if (decoded.text === undefined) return [];
	const parsed = parseYaml(decoded.text, { file: PEOPLE_FILE });
	if (!Array.isArray(parsed.value)) return [];
	const people: PersonFacts[] = [];
	for (const entry of parsed.value) {
		if (!isRecord(entry) || typeof entry.id !== 'string') continue;
		const person: PersonFacts = { id: entry.id };
		const manager = stringOf(entry.manager);
		if (manager !== undefined) person.manager = manager;
		const github = stringOf(entry.github);
		if (github !== undefined) person.github = github;
		people.push(person);
	}
	return people;
}

/**
 * policy.yaml checked against its schema; the defaults when it is absent or
 * invalid (the problems go to `diagnostics`). Not the validator's loader, which
 * would load every rule of the plans too (half a second more per command).
 */
export function policyOf(file: ContentFile | undefined, diagnostics: Diagnostic[] = []): Policy {
	const fallback = policySchema.parse(undefined);
	if (!file) return fallback;
	const decoded = decodeContentFile(file.path, file.bytes);
	diagnostics.push(...decoded.diagnostics);
	if (decoded.text === undefined) return fallback;
	const parsed = parseYaml(decoded.text, { file: file.path });
	diagnostics.push(...parsed.diagnostics);
	if (parsed.diagnostics.length > 0) return fallback;
	const result = policySchema.safeParse(parsed.value ?? undefined, { error: contentErrorMap, reportInput: true });
	if (result.success) return result.data;
	diagnostics.push(...issuesToDiagnostics(result.error.issues, { file: file.path, lineOf: parsed.lineOf, knownKeysAt: () => [] }));
	return fallback;
}

/** The organisation at one revision; policy problems go to `diagnostics` (then the defaults apply). */
export function organisationOf(policyFile: ContentFile | undefined, peopleFile: ContentFile | undefined, diagnostics: Diagnostic[] = []): Organisation {
	return { policy: policyOf(policyFile, diagnostics), people: peopleFacts(peopleFile) };
}
