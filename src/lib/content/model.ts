/**
 * The content model: what a content directory holds and what validating it
 * yields. Plain types in a module of their own, so code that only needs the
 * model (scope, lint, the pages' data) does not import the validator.
 */
import type { People } from '../../../schemas/person.ts';
import type { PlanFrontmatter } from '../../../schemas/plan.ts';
import type { Policy } from '../../../schemas/policy.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { LoadedVisit } from './visits.ts';

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
	/** Every file under `visits/`: the visit reports (`visits/<plan slug>/<YYYY-MM-DD>-<topic>.mdx`). */
	visits?: ContentFile[];
	/** The as-of date (YYYY-MM-DD), for the warnings that depend on it (a planned visit in the past); absent skips them. */
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
	/** Visit reports that passed on their own, in path order (cross-file problems are in diagnostics). */
	visits: LoadedVisit[];
}

/** What checking one plan file on its own yields; plain data, so it can cross worker threads. */
export interface PlanFileResult {
	path: string;
	slug?: string;
	plan?: LoadedPlan;
	/** Lines of the fields that cross-file rules report on (owner, team[0], parent...). */
	referenceLines?: Record<string, number>;
	/** Person fields (by field path) whose value is no person id at all (`Xu Ting`), for a suggestion once people.yaml is known. */
	badPersonValues?: Record<string, string>;
	diagnostics: Diagnostic[];
}
