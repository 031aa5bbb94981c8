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
 * preview lints only what a save changed.
 */
export class PlanLintCache {
	readonly #entries = new Map<string, { text: string; context: string; diagnostics: Diagnostic[] }>();

	get(path: string, text: string, context: string): Diagnostic[] | undefined {
		const entry = this.#entries.get(path);
		return entry && entry.text === text && entry.context === context ? entry.diagnostics : undefined;
	}

	set(path: string, text: string, context: string, diagnostics: Diagnostic[]): void {
		this.#entries.set(path, { text, context, diagnostics });
	}

	/** Forgets files that are gone. */
	retain(paths: ReadonlySet<string>): void {
		for (const path of this.#entries.keys()) if (!paths.has(path)) this.#entries.delete(path);
	}
}

/** Lints every plan of a content directory. Files validate reports as unreadable are skipped here. */
export async function lintPlans(snapshot: ContentSnapshot, policy: Policy, cache?: PlanLintCache): Promise<Diagnostic[]> {
	const plans = planIndex(snapshot);
	const context = cache ? JSON.stringify([policy.sections, plans]) : '';
	const diagnostics: Diagnostic[] = [];
	for (const file of snapshot.accounts) {
		if (!file.path.endsWith('.mdx')) continue;
		const { text } = decodeContentFile(file.path, file.bytes);
		if (text === undefined) continue;
		const known = cache?.get(file.path, text, context);
		const found = known ?? (await lintPlan(text, file.path, { sections: policy.sections, plans }));
		if (!known) cache?.set(file.path, text, context, found);
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
