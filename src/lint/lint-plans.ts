/**
 * `npm run lint` over plans: each plan is parsed as MDX with its frontmatter and
 * checked with the recommended remark-lint preset and the KAM rules.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Policy } from '../../schemas/policy.ts';
import { planSlugFromPath } from '../lib/content/plan-path.ts';
import type { ContentSnapshot } from '../lib/content/validate.ts';
import { decodeContentFile, splitPlan } from '../lib/content/source-file.ts';
import { bodyShapeProblem, unparsableBodyProblem } from '../lib/content/mdx-body.ts';
import { parseYaml } from '../lib/content/yaml.ts';
import { type Diagnostic, sortDiagnostics } from '../lib/diagnostics.ts';
import { problemRule, type RuleId } from '../lib/rules.ts';
import { type KamRuleName, planLintPreset } from './preset.ts';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).freeze();

/** Every plan file's slug → its path, from file names alone (a link to a plan with errors is not a dead link). */
export function planIndex(snapshot: ContentSnapshot): Record<string, string> {
	const index: Record<string, string> = {};
	for (const { path } of snapshot.accounts) {
		const slug = planSlugFromPath(path);
		if (slug !== undefined && !Object.hasOwn(index, slug)) index[slug] = path;
	}
	return index;
}

/** The `tier:` of the frontmatter, read even when the rest of it is invalid (so severities match validate). */
function declaredTier(tree: Root): string | undefined {
	const yaml = tree.children.find((node) => node.type === 'yaml');
	if (!yaml) return undefined;
	const value = parseYaml(yaml.value, { file: '' }).value as { tier?: unknown } | undefined;
	return typeof value?.tier === 'string' ? value.tier : undefined;
}

/**
 * remark-lint's rule ids are the registry's (`final-newline`, `kam-plan-parts`...);
 * test/lib/rules.test.ts checks that every rule of the preset is in it.
 */
function toDiagnostic(file: string, message: VFileMessage, rule = (message.ruleId ?? 'lint') as RuleId): Diagnostic {
	return {
		file,
		line: message.line ?? undefined,
		column: message.column ?? undefined,
		field: '',
		severity: message.fatal ? 'error' : 'warning',
		rule,
		message: message.reason,
	};
}

export interface LintPlanOptions {
	sections: Policy['sections'];
	plans: Readonly<Record<string, string>>;
	/** Run only these KAM rules (no preset); the fixture runner tests one rule at a time. */
	only?: readonly KamRuleName[];
}

/** Lints one plan's text; `path` is relative to the content directory. */
export async function lintPlan(text: string, path: string, options: LintPlanOptions): Promise<Diagnostic[]> {
	// Without a closed frontmatter the fields would be read as MDX: validation's one error (no-frontmatter) says what to do.
	const split = splitPlan(path, text).plan;
	if (!split) return [];
	// A body shaped to stall the Markdown parser is refused by validation (mdx-too-complex); it is not parsed here.
	if (bodyShapeProblem(split.body)) return [];
	const file = new VFile({ path, value: text });
	let tree: Root;
	try {
		tree = parser.parse(file);
	} catch (error) {
		// MDX that does not parse cannot be built; say where, like the compiler would.
		const message = error as VFileMessage;
		// When the body check knows the cause (a `<` that starts no tag...) and the parser stopped at it or after it, say it, at its place (validation reports the same, once in `npm run check`).
		const cause = unparsableBodyProblem(split.body, { file: path, bodyLine: split.bodyLine });
		if (cause && (message.line == null || cause.line === undefined || message.line >= cause.line)) return [{ ...cause, rule: 'mdx-syntax', message: cause.rule === 'mdx-invalid' ? cause.message : `MDX does not parse: ${cause.message}` }];
		return [{ ...toDiagnostic(path, message, 'mdx-syntax'), severity: 'error', message: `MDX does not parse: ${message.reason}` }];
	}
	const preset = planLintPreset({ sections: options.sections, plans: options.plans, tier: declaredTier(tree) }, options.only);
	await unified().use(preset).run(tree, file);
	return file.messages.map((message) => toDiagnostic(path, message));
}

/**
 * Remembers each plan's lint result with the text and the context it was
 * linted in (the policy's parts and the set of plan files), so the live
 * preview lints only what a save changed. A file whose bytes are the very
 * object last linted (a snapshot read with a ContentFileCache keeps them) is
 * not even decoded again; the context is kept as one string while it stays
 * the same, so comparing it (hundreds of kB at 10,000 plans) with each plan's
 * is a comparison of identity.
 */
export class PlanLintCache {
	readonly #entries = new Map<string, { bytes?: Uint8Array; text: string; context: string; diagnostics: Diagnostic[] }>();
	#context = '';

	/** The context, as the very string last given when it is equal to it. */
	context(context: string): string {
		if (context !== this.#context) this.#context = context;
		return this.#context;
	}

	get(path: string, text: string, context: string): Diagnostic[] | undefined {
		const entry = this.#entries.get(path);
		return entry && entry.text === text && entry.context === context ? entry.diagnostics : undefined;
	}

	/** The last result for this text, in whatever context it was linted (the set of plans may have changed since). */
	getAnyContext(path: string, text: string): Diagnostic[] | undefined {
		const entry = this.#entries.get(path);
		return entry && entry.text === text ? entry.diagnostics : undefined;
	}

	/** The result for these very bytes in this context, when they were linted last. */
	getByBytes(path: string, bytes: Uint8Array, context: string): Diagnostic[] | undefined {
		const entry = this.#entries.get(path);
		return entry && entry.bytes === bytes && entry.context === context ? entry.diagnostics : undefined;
	}

	set(path: string, text: string, context: string, diagnostics: Diagnostic[], bytes?: Uint8Array): void {
		this.#entries.set(path, { bytes, text, context, diagnostics });
	}

	/** Forgets files that are gone. */
	retain(paths: ReadonlySet<string>): void {
		for (const path of this.#entries.keys()) if (!paths.has(path)) this.#entries.delete(path);
	}
}

/** What a plan's lint result depends on besides its text: the policy's parts and the set of plan files. */
export function lintContext(policy: Policy, plans: Readonly<Record<string, string>>): string {
	return JSON.stringify([policy.sections, plans]);
}

/** The plan files of a snapshot whose lint result the cache does not hold, with their text (unreadable ones left out). */
export function plansToLint(snapshot: ContentSnapshot, policy: Policy, cache: PlanLintCache): { path: string; text: string; bytes: Uint8Array }[] {
	const context = cache.context(lintContext(policy, planIndex(snapshot)));
	const missing: { path: string; text: string; bytes: Uint8Array }[] = [];
	for (const file of snapshot.accounts) {
		if (!file.path.endsWith('.mdx') || cache.getByBytes(file.path, file.bytes, context)) continue;
		const { text } = decodeContentFile(file.path, file.bytes);
		if (text !== undefined && !cache.get(file.path, text, context)) missing.push({ path: file.path, text, bytes: file.bytes });
	}
	return missing;
}

/**
 * Lints every plan of a content directory. Files validate reports as unreadable
 * are skipped here. `deferred` (the live preview, while those plans are linted
 * in the background): a plan of these paths that the cache holds no result
 * for in this context is not linted here; it keeps the last result for its
 * text, linted with another set of plan files or parts, or has none yet.
 */
export async function lintPlans(snapshot: ContentSnapshot, policy: Policy, cache?: PlanLintCache, { deferred }: { deferred?: ReadonlySet<string> } = {}): Promise<Diagnostic[]> {
	const plans = planIndex(snapshot);
	const context = cache ? cache.context(lintContext(policy, plans)) : '';
	const diagnostics: Diagnostic[] = [];
	for (const file of snapshot.accounts) {
		if (!file.path.endsWith('.mdx')) continue;
		const same = cache?.getByBytes(file.path, file.bytes, context);
		if (same) {
			diagnostics.push(...same);
			continue;
		}
		const { text } = decodeContentFile(file.path, file.bytes);
		if (text === undefined) continue;
		const known = cache?.get(file.path, text, context);
		if (!known && deferred?.has(file.path)) {
			diagnostics.push(...(cache?.getAnyContext(file.path, text) ?? []));
			continue;
		}
		const found = known ?? (await lintPlan(text, file.path, { sections: policy.sections, plans }));
		cache?.set(file.path, text, context, found, file.bytes);
		diagnostics.push(...found);
	}
	cache?.retain(new Set(snapshot.accounts.map((file) => file.path)));
	return sortDiagnostics(diagnostics);
}

/**
 * Validation and lint of plans as one list, as `npm run check`, `check-plan`
 * and the live preview show it. A problem both report (the plan-parts rule,
 * which both run: src/lib/content/sections.ts) is listed once, as lint reports
 * it, with its column: a validation problem is the same as a lint one when its
 * rule's registry entry names that lint rule (`sameProblemAs`) and both are at
 * the same file and line. Each lint problem stands for one validation problem,
 * so two parts missing at one line are both matched.
 */
export function combined(validation: readonly Diagnostic[], planLint: readonly Diagnostic[]): Diagnostic[] {
	const place = (d: Diagnostic, rule: RuleId) => `${d.file}\n${d.line}\n${rule}`;
	const unmatched = new Map<string, number>();
	for (const d of planLint) unmatched.set(place(d, d.rule), (unmatched.get(place(d, d.rule)) ?? 0) + 1);
	const kept = validation.filter((d) => {
		const same = problemRule(d.rule);
		if (same === d.rule) return true;
		const key = place(d, same);
		const count = unmatched.get(key) ?? 0;
		if (count === 0) return true;
		unmatched.set(key, count - 1);
		return false;
	});
	return [...kept, ...planLint];
}
