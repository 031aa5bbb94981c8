/**
 * Visit reports, `visits/<plan slug>/<YYYY-MM-DD>-<topic>.mdx`: one file per
 * visit, call or meeting, beside the plans. Each file is checked on its own
 * (name, YAML, schema, body), then against the plan its folder names
 * (people, contacts, objective) and the as-of date. Pure: no I/O, no clock.
 */
import { SLUG_PATTERN, hiddenCharacterHint } from '../../../schemas/ids.ts';
import { surelyValidVisit, type VisitFrontmatter, visitFrontmatter, visitShape } from '../../../schemas/visit.ts';
import { isRealCalendarDate } from '../../../schemas/date.ts';
import { type Diagnostic, formatFieldPath, type PathSegment } from '../diagnostics.ts';
import type { RuleId } from '../rules.ts';
import { compareText } from '../compare.ts';
import { checkPlanBody } from './mdx-body.ts';
import { decodeContentFile, splitPlan } from './source-file.ts';
import { parseYaml } from './yaml.ts';
import { contentErrorMap, issuesToDiagnostics, knownKeysOf } from './zod-issues.ts';

/** The folder of the content directory that holds visit reports. */
export const VISITS_DIR = 'visits';

/** A visit report whose file parsed and whose frontmatter passed the schema. */
export interface LoadedVisit {
	/** The plan the report belongs to: its folder's name. */
	plan: string;
	/** Path relative to the content directory. */
	file: string;
	/** The file name's topic (after the date), a slug. */
	topic: string;
	frontmatter: VisitFrontmatter;
	/** The MDX body after the frontmatter: the notes. */
	body: string;
	/** Line of the body's first line in the file. */
	bodyLine: number;
}

/** What checking one visit file on its own yields. */
export interface VisitFileResult {
	path: string;
	/** The plan slug its folder names, when the path has the right shape. */
	plan?: string;
	visit?: LoadedVisit;
	/** Lines of the fields that cross-file rules report on. */
	referenceLines?: Record<string, number>;
	diagnostics: Diagnostic[];
}

/** The path of a visit report: its plan's folder, then `<YYYY-MM-DD>-<topic>.mdx`. */
const VISIT_FILE = /^(\d{4}-\d{2}-\d{2})-(.+)\.mdx$/;

/** Whether a `YYYY-MM-DD` (as VISIT_FILE matched it) is on the calendar. */
function isCalendarDate(date: string): boolean {
	return isRealCalendarDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** The folder of a plan's visit reports, relative to the content directory (for CODEOWNERS and new-visit). */
export function visitFolderOf(planSlug: string): string {
	return `${VISITS_DIR}/${planSlug}`;
}

/** The visit folders that exist, one per plan slug that has reports, sorted: `visits/<slug>`. */
export function visitFolders(visits: readonly Pick<LoadedVisit, 'plan'>[]): string[] {
	return [...new Set(visits.map((v) => v.plan))].sort(compareText).map(visitFolderOf);
}

/** The file name of a visit report. */
export function visitFileName(date: string, topic: string): string {
	return `${date}-${topic}.mdx`;
}

function fileNameError(path: string, message: string): Diagnostic {
	return { file: path, field: '', severity: 'error', rule: 'visit-file-name', message };
}

/** Checks one visit file on its own: where it is, its name, encoding, YAML, schema and body. */
export function checkVisitFile(file: { path: string; bytes: Uint8Array }): VisitFileResult {
	const diagnostics: Diagnostic[] = [];
	const parts = file.path.split('/');
	const name = parts.at(-1)!;
	if (parts.length !== 3 || parts[0] !== VISITS_DIR) {
		diagnostics.push(
			fileNameError(file.path, `\`${file.path}\` is not where a visit report goes: reports are \`visits/<plan slug>/<YYYY-MM-DD>-<topic>.mdx\`, one folder per plan; move it into the folder of its plan`),
		);
		return { path: file.path, diagnostics };
	}
	const plan = parts[1]!;
	if (!SLUG_PATTERN.test(plan)) {
		diagnostics.push(fileNameError(file.path, `folder \`${plan}\` is not a plan slug: a visit folder is named after its plan's file (without .mdx), like \`visits/acme-industrial/\`${hiddenCharacterHint(plan)}`));
		return { path: file.path, diagnostics };
	}
	const match = VISIT_FILE.exec(name);
	const fileDate = match?.[1];
	const topic = match?.[2];
	if (!match || !isCalendarDate(fileDate!) || !SLUG_PATTERN.test(topic!)) {
		const why = !name.endsWith('.mdx')
			? 'it does not end in `.mdx`'
			: match && !isCalendarDate(fileDate!)
				? `\`${fileDate}\` is not a calendar date`
				: 'it does not start with a date and a topic in lowercase letters, digits and single hyphens';
		diagnostics.push(fileNameError(file.path, `\`${name}\` is not a visit report's name: ${why}; name it \`<YYYY-MM-DD>-<topic>.mdx\`, like \`2026-11-20-framework-offer.mdx\`${hiddenCharacterHint(name)}`));
		return { path: file.path, plan, diagnostics };
	}
	const decoded = decodeContentFile(file.path, file.bytes);
	diagnostics.push(...decoded.diagnostics);
	if (decoded.text === undefined) return { path: file.path, plan, diagnostics };
	const split = splitPlan(file.path, decoded.text);
	diagnostics.push(...split.diagnostics);
	if (!split.plan) return { path: file.path, plan, diagnostics };
	const { frontmatter, frontmatterLine, body, bodyLine } = split.plan;
	// The same body rules as a plan (no code, no HTML); a report has no required parts.
	const bodyDiagnostics = checkPlanBody(body, { file: file.path, bodyLine });
	diagnostics.push(...bodyDiagnostics);
	const parsed = parseYaml(frontmatter, { file: file.path, lineOffset: frontmatterLine - 1 });
	diagnostics.push(...parsed.diagnostics);
	if (parsed.diagnostics.length > 0) return { path: file.path, plan, diagnostics };
	const lineOf = (path: readonly PathSegment[]) => parsed.lineOf(path) ?? 1;
	// Most reports are surely valid and skip the schema's machinery; the schema decides every other one.
	const quick = surelyValidVisit(parsed.value);
	const result = quick ? { success: true as const, data: quick } : visitFrontmatter.safeParse(parsed.value ?? {}, { error: contentErrorMap, reportInput: true });
	if (!result.success) {
		diagnostics.push(...issuesToDiagnostics(result.error.issues, { file: file.path, lineOf, knownKeysAt: knownVisitKeys }));
	}
	const raw = parsed.value as { date?: unknown } | undefined;
	const written = typeof raw?.date === 'string' ? raw.date : undefined;
	if (written !== undefined && written !== fileDate) {
		diagnostics.push({
			file: file.path,
			line: lineOf(['date']),
			field: 'date',
			severity: 'error',
			rule: 'visit-date',
			message: `\`date\` is \`${written}\` but the file name says \`${fileDate}\`; they must agree, so fix the date or rename the file to \`${visitFileName(written, topic!)}\``,
		});
	}
	if (!result.success || bodyDiagnostics.some((d) => d.severity === 'error') || written !== fileDate) return { path: file.path, plan, diagnostics };
	const visit = result.data;
	const referenceLines: Record<string, number> = {};
	for (const path of visitReferencePaths(visit)) referenceLines[formatFieldPath(path)] = lineOf(path);
	return { path: file.path, plan, visit: { plan, file: file.path, topic: topic!, frontmatter: visit, body, bodyLine }, referenceLines, diagnostics };
}

const knownVisitKeys = knownKeysOf(visitShape);

/** The fields that cross-file rules point at. */
function visitReferencePaths(visit: VisitFrontmatter): PathSegment[][] {
	return [
		['date'],
		['status'],
		['objective'],
		...(visit.ours ?? []).map((_, i) => ['ours', i]),
		...(visit.theirs ?? []).map((_, i) => ['theirs', i]),
		...(visit.next ?? []).map((_, i) => ['next', i, 'owner']),
	];
}

/** What the cross-file checks of visits need to know of the rest of the content. */
export interface VisitContext {
	/** Every plan slug with a valid file name, loaded or not (a broken plan is its own error). */
	planSlugs: ReadonlySet<string>;
	/** The plans that loaded: their contact and objective ids. */
	plans: ReadonlyMap<string, { contacts: readonly string[]; objectives: readonly string[]; file: string }>;
	/** Person ids of people.yaml; undefined when it is missing (reported once, as the missing file). */
	people?: ReadonlySet<string>;
	/** The as-of date, for the planned-in-the-past warning; undefined skips it. */
	asOf?: string;
}

const quote = (values: readonly string[]) => values.map((v) => `\`${v}\``).join(', ');

/**
 * The rules that need the plan and the people: a folder that names no plan,
 * unknown people in `ours` and next steps, `theirs` ids that are no contact of
 * the plan, an objective the plan does not have; and the warning for a
 * `planned` visit dated before the as-of date.
 */
export function checkVisitReferences(results: readonly VisitFileResult[], context: VisitContext): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	for (const result of results) {
		if (result.plan === undefined) continue;
		if (!context.planSlugs.has(result.plan)) {
			diagnostics.push({
				file: result.path,
				field: '',
				severity: 'error',
				rule: 'visit-unknown-plan',
				message: `folder \`visits/${result.plan}/\` names no plan: there is no \`accounts/**/${result.plan}.mdx\`; name the folder after the plan's file (its slug), or move the report`,
			});
			continue;
		}
		const visit = result.visit;
		if (!visit) continue;
		const lineOf = (path: PathSegment[]) => result.referenceLines?.[formatFieldPath(path)];
		const report = (path: PathSegment[], severity: Diagnostic['severity'], rule: Extract<RuleId, 'unknown-person' | 'visit-unknown-contact' | 'visit-unknown-objective' | 'visit-planned-past'>, message: string) =>
			diagnostics.push({ file: result.path, line: lineOf(path), field: formatFieldPath(path), severity, rule, message });
		const fm = visit.frontmatter;
		const people = context.people;
		if (people) {
			const unknownPerson = (path: PathSegment[], id: string) => report(path, 'error', 'unknown-person', `unknown person \`${id}\`: every person must be listed in \`people.yaml\`; add them there or fix the id`);
			// Plain loops: tens of thousands of reports, nearly all of whose people are known.
			const ours = fm.ours ?? [];
			for (let i = 0; i < ours.length; i++) if (!people.has(ours[i]!)) unknownPerson(['ours', i], ours[i]!);
			const next = fm.next ?? [];
			for (let i = 0; i < next.length; i++) if (!people.has(next[i]!.owner)) unknownPerson(['next', i, 'owner'], next[i]!.owner);
		}
		const plan = context.plans.get(result.plan);
		if (plan) {
			(fm.theirs ?? []).forEach((id, i) => {
				if (plan.contacts.includes(id)) return;
				report(
					['theirs', i],
					'error',
					'visit-unknown-contact',
					plan.contacts.length === 0
						? `unknown contact \`${id}\`: the plan \`${plan.file}\` has no contact with an \`id\`; give the contact an \`id\` in the plan's \`contacts\``
						: `unknown contact \`${id}\`: expected the id of a contact of \`${plan.file}\`, one of ${quote(plan.contacts)}`,
				);
			});
			if (fm.objective !== undefined && !plan.objectives.includes(fm.objective)) {
				report(
					['objective'],
					'error',
					'visit-unknown-objective',
					plan.objectives.length === 0
						? `unknown objective \`${fm.objective}\`: the plan \`${plan.file}\` has no \`objectives\`; add the objective there or remove \`objective\``
						: `unknown objective \`${fm.objective}\`: expected one of the plan's objective ids, ${quote(plan.objectives)}`,
				);
			}
		}
		if (context.asOf !== undefined && fm.status === 'planned' && fm.date < context.asOf) {
			report(['status'], 'warning', 'visit-planned-past', `the visit is \`planned\` for \`${fm.date}\`, which has passed; record it as done (with its \`outcome\`) or cancelled`);
		}
	}
	return diagnostics;
}
