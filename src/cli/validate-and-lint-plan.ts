#!/usr/bin/env node
/**
 * `npm run check-plan -- content/accounts/acme.mdx`: validate and lint, showing
 * one plan's problems only; given a visit report
 * (`content/visits/acme/2026-11-20-offer.mdx`), validate, showing that
 * report's problems. The whole content directory is still read, because some
 * rules span files (people ids, parents, duplicate slugs, links, a visit's
 * plan and its contacts).
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { runCheckCommand, UsageError } from './check-command.ts';
import { checkedFileOf, combined, contentPrefix, lint, readAndValidate } from './content-checks.ts';

const HELP = `Usage: npm run check-plan -- [--format pretty|github|json] [--strict] <plan.mdx | visit report.mdx>

Validates and lints the content directory the plan belongs to (the folder that
holds its accounts/ folder) and prints only this plan's problems. Given a visit
report (visits/<plan slug>/<YYYY-MM-DD>-<topic>.mdx), validates the content
directory and prints only the report's problems (lint covers plans only).
Exit status: 0 the file is clean, 1 it has errors (or warnings with --strict), 2 usage.`;

process.exitCode = await runCheckCommand({
	help: HELP,
	requiresPath: true,
	async run(args) {
		const path = resolve(args.dir!);
		const checked = checkedFileOf(path);
		if (!statSync(path, { throwIfNoEntry: false })?.isFile() || !checked) {
			throw new UsageError(
				`\`${args.dir}\` is not a plan file or a visit report: give the path of a plan under a content directory's accounts/ folder, like content/accounts/acme.mdx, or of a visit report under its visits/ folder, like content/visits/acme/2026-11-20-framework-offer.mdx`,
			);
		}
		const { dir, file, kind } = checked;
		const content = await readAndValidate(dir);
		// Lint reads plans only: a visit report's problems are validation's.
		const all = kind === 'plan' ? combined(content.validation.diagnostics, (await lint(content, { sources: false })).plans) : content.validation.diagnostics;
		const others = new Set(all.filter((d) => d.file !== file).map((d) => d.file)).size;
		return {
			groups: [{ diagnostics: all.filter((d) => d.file === file), prefix: contentPrefix(dir) }],
			summaryOf: file,
			extra: { contentDir: dir, [kind]: file },
			footer: others > 0 ? `(${others} other file${others === 1 ? ' has' : 's have'} problems too; \`npm run check\` lists them)` : undefined,
		};
	},
});
