#!/usr/bin/env node
/** `npm run check`: validate and lint together, as the pull request does; exit 1 if either fails. */
import { countBySeverity } from '../lib/diagnostics.ts';
import { contentDirArg, readOrUsage, runCheckCommand } from './check-command.ts';
import { combined, contentPrefix, lint, PROJECT_ROOT, readAndValidate } from './content-checks.ts';

const HELP = `Usage: npm run check -- [--format pretty|github|json] [--strict] [content-dir]

Runs \`npm run validate\` and \`npm run lint\` in one go over the content directory
(default: $KAM_CONTENT, else ./content) and prints one report. A problem both
would find (a missing, misplaced or empty part) is listed once.
Exit status: 0 clean, 1 errors (or warnings with --strict), 2 usage.`;

process.exitCode = await runCheckCommand({
	help: HELP,
	async run(args) {
		const dir = contentDirArg(args);
		const content = await readOrUsage(() => readAndValidate(dir));
		const linted = await lint(content);
		const contentDiagnostics = combined(content.validation.diagnostics, linted.plans);
		const plans = content.snapshot.accounts.length;
		const { errors, warnings } = countBySeverity([...contentDiagnostics, ...linted.sources]);
		return {
			groups: [
				{ diagnostics: contentDiagnostics, prefix: contentPrefix(dir) },
				{ diagnostics: linted.sources, prefix: contentPrefix(PROJECT_ROOT) },
			],
			summaryOf: 'content',
			extra: { contentDir: dir, projectDir: PROJECT_ROOT, plans },
			footer: `checked ${plans} plan files with validate and lint: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
		};
	},
});
