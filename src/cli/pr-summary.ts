#!/usr/bin/env node
/**
 * `npm run pr-summary -- <base-content-dir> <head-content-dir>`: the pull
 * request's job summary in Markdown on stdout (the workflow appends it to
 * $GITHUB_STEP_SUMMARY). The base is the target branch's content, checked out
 * beside the head (`git worktree add`); a base without content counts as empty.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { asOfFromEnv } from '../node/as-of.ts';
import { parseCommandLine } from './args.ts';
import { computePortfolio } from '../lib/engine/index.ts';
import type { AccountView } from '../lib/engine/types.ts';
import { prSummary } from '../lib/pr-summary.ts';
import { planIndex } from '../lint/lint-plans.ts';
import { type CheckedContent, combined, contentPrefix, lint, PROJECT_ROOT, readAndValidate } from './content-checks.ts';

function accountsOf(content: CheckedContent, asOf: string): AccountView[] {
	const { plans, people, policy, visits } = content.validation;
	return computePortfolio({ plans, people, policy, visits, asOf }).accounts;
}

/** Plan files that did not validate (their slugs), so they are not taken for removed or new plans. */
function unchecked(content: CheckedContent): string[] {
	const valid = new Set(content.validation.plans.map((p) => p.slug));
	return Object.keys(planIndex(content.snapshot)).filter((slug) => !valid.has(slug));
}

async function main(argv: readonly string[]): Promise<number> {
	const usage = 'Usage: npm run --silent pr-summary -- <base-content-dir> <head-content-dir>';
	let dirs: string[];
	try {
		const { values, positionals } = parseCommandLine(argv, { help: { type: 'boolean', short: 'h' } }, { maxPositionals: 2, hint: usage });
		dirs = values.help === true ? [] : positionals;
	} catch (error) {
		console.error((error as Error).message);
		return 2;
	}
	if (dirs.length !== 2) {
		console.error(usage);
		return 2;
	}
	const asOf = asOfFromEnv();
	const [baseDir, headDir] = dirs.map((dir) => resolve(dir)) as [string, string];
	const head = await readAndValidate(headDir);
	const linted = await lint(head);
	const headPrefix = contentPrefix(headDir);
	const sourcePrefix = contentPrefix(PROJECT_ROOT);
	const diagnostics = [
		...combined(head.validation.diagnostics, linted.plans).map((d) => ({ ...d, file: headPrefix + d.file })),
		...linted.sources.map((d) => ({ ...d, file: sourcePrefix + d.file })),
	];
	let base: AccountView[] | undefined = [];
	let baseUnchecked: string[] = [];
	if (existsSync(baseDir)) {
		try {
			const content = await readAndValidate(baseDir);
			base = accountsOf(content, asOf);
			baseUnchecked = unchecked(content);
		} catch (error) {
			console.error(`base content \`${relative(process.cwd(), baseDir)}\` could not be read: ${(error as Error).message}`);
			base = undefined;
		}
	}
	process.stdout.write(prSummary({ diagnostics, base, head: accountsOf(head, asOf), unchecked: { base: baseUnchecked, head: unchecked(head) }, asOf }));
	return 0;
}

process.exitCode = await main(process.argv.slice(2));
