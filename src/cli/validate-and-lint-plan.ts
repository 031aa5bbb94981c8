#!/usr/bin/env node
/**
 * `npm run check-plan -- content/accounts/acme.mdx`: validate and lint, showing
 * one plan's problems only. The whole content directory is still read, because
 * some rules span files (people ids, parents, duplicate slugs, links).
 */
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { runCheckCommand, UsageError } from './check-command.ts';
import { combined, contentDirOf, contentPrefix, lint, readAndValidate } from './content-checks.ts';

const HELP = `Usage: npm run check-plan -- [--format pretty|github|json] [--strict] <plan.mdx>

Validates and lints the content directory the plan belongs to (the folder that
holds its accounts/ folder) and prints only this plan's problems.
Exit status: 0 the plan is clean, 1 it has errors (or warnings with --strict), 2 usage.`;

process.exitCode = await runCheckCommand({
	help: HELP,
	requiresPath: true,
	async run(args) {
		const planPath = resolve(args.dir!);
		const dir = contentDirOf(planPath);
		if (!existsSync(planPath) || !dir) {
			throw new UsageError(`\`${args.dir}\` is not a plan file: give the path of a plan under a content directory's accounts/ folder, like content/accounts/acme.mdx`);
		}
		const file = relative(dir, planPath).split(sep).join('/');
		const content = await readAndValidate(dir);
		const linted = await lint(content, { sources: false });
		const all = combined(content.validation.diagnostics, linted.plans);
		const others = new Set(all.filter((d) => d.file !== file).map((d) => d.file)).size;
		return {
			groups: [{ diagnostics: all.filter((d) => d.file === file), prefix: contentPrefix(dir) }],
			summaryOf: file,
			extra: { contentDir: dir, plan: file },
			footer: others > 0 ? `(${others} other file${others === 1 ? ' has' : 's have'} problems too; \`npm run check\` lists them)` : undefined,
		};
	},
});
