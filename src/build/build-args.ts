/**
 * The command line of `npm run build`, read the same way by the build process
 * and by its validation step (validate-step.ts), and the scope it asks for.
 */
import { resolve } from 'node:path';
import { SLUG_PATTERN } from '../../schemas/ids.ts';
import { outputFormat, parseCommandLine } from '../cli/args.ts';
import type { ValidationResult } from '../lib/content/validate.ts';
import type { Diagnostic } from '../lib/diagnostics.ts';
import type { OutputFormat } from '../lib/format-diagnostics.ts';
import { conditionsOf, findPortal, parseScopeOption, type PortalScope, portalConditionAt, type ScopeCondition, scopeProblems } from '../lib/scope/scope.ts';
import { isIncrementalBuild } from './incremental.ts';

export interface BuildArgs {
	outDir: string;
	/** Reuse unchanged pages from the previous build's cache (Astro's incremental build). */
	incremental: boolean;
	format: OutputFormat;
	/** `--scope field=value` options: the portal shows only the plans matching all of them. */
	scope: ScopeCondition[];
	/** `--portal <id>`: the audience of policy.portals to build (into dist/<id>/ unless --out is given). */
	portal?: string;
}

export function parseBuildArgs(argv: readonly string[], projectRoot: string): BuildArgs {
	const { values } = parseCommandLine(
		argv,
		{ out: { type: 'string' }, incremental: { type: 'boolean' }, format: { type: 'string' }, scope: { type: 'string', multiple: true }, portal: { type: 'string' } },
		{ hint: 'usage: npm run build -- [--out dir] [--format pretty|github|json] [--incremental] [--scope field=value]... [--portal id]' },
	);
	const scope = (values.scope ?? []).map(parseScopeOption);
	const portal = values.portal;
	if (portal !== undefined && !SLUG_PATTERN.test(portal)) throw new Error(`--portal takes the id of a portal in policy.yaml (like \`east-china\`), found \`${portal}\``);
	if (portal !== undefined && scope.length > 0) throw new Error("--portal and --scope cannot be combined: a portal's scope is set in policy.yaml; use one or the other");
	return {
		outDir: values.out !== undefined ? resolve(values.out) : resolve(projectRoot, 'dist', ...(portal ? [portal] : [])),
		incremental: values.incremental ?? isIncrementalBuild(),
		format: outputFormat(values.format),
		scope,
		...(portal ? { portal } : {}),
	};
}

/** The scope of this build, or the problems that make it unusable. */
export function scopeForBuild(args: BuildArgs, content: ValidationResult): PortalScope | Diagnostic[] {
	if (args.portal !== undefined) {
		let portal: ReturnType<typeof findPortal>;
		try {
			portal = findPortal(content.policy, args.portal);
		} catch (error) {
			return [{ file: '(command line)', field: '--portal', severity: 'error', rule: 'unknown-portal', message: (error as Error).message.replace(/^--portal: /, '') }];
		}
		const conditions = conditionsOf(portal.scope);
		const problems = scopeProblems(conditions, content, portalConditionAt(content.policy, portal.id), `portal \`${portal.id}\``);
		return problems.length > 0 ? problems : { portal: { id: portal.id, ...(portal.name ? { name: portal.name } : {}) }, conditions };
	}
	const problems = scopeProblems(args.scope, content, (c) => ({ file: '(command line)', field: `--scope ${c.field}` }), 'the scope');
	return problems.length > 0 ? problems : { conditions: args.scope };
}
