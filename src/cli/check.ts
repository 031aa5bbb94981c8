#!/usr/bin/env node
/** `npm run check`: validate and lint together, as the pull request does; exit 1 if either fails. */
import { resolve } from 'node:path';
import { countBySeverity } from '../lib/diagnostics.ts';
import { contentDirFromEnv } from '../lib/content/read-dir.ts';
import { parseCheckArgs } from './args.ts';
import { combined, contentPrefix, failed, formatGroups, lint, PROJECT_ROOT, readAndValidate } from './checks.ts';

const HELP = `Usage: npm run check -- [--format pretty|github|json] [--strict] [content-dir]

Runs \`npm run validate\` and \`npm run lint\` in one go over the content directory
(default: $KAM_CONTENT, else ./content) and prints one report. A problem both
would find (a missing, misplaced or empty part) is listed once.
Exit status: 0 clean, 1 errors (or warnings with --strict), 2 usage.`;

async function main(): Promise<number> {
	let args;
	try {
		args = parseCheckArgs(process.argv.slice(2));
	} catch (error) {
		console.error((error as Error).message);
		return 2;
	}
	if (args.help) {
		console.log(HELP);
		return 0;
	}
	const dir = args.dir ? resolve(args.dir) : contentDirFromEnv();
	let content;
	try {
		content = await readAndValidate(dir);
	} catch (error) {
		console.error((error as Error).message);
		return 2;
	}
	const linted = await lint(content);
	const contentDiagnostics = combined(content.validation.diagnostics, linted.plans);
	const output = formatGroups(
		args.format,
		[
			{ diagnostics: contentDiagnostics, prefix: contentPrefix(dir) },
			{ diagnostics: linted.sources, prefix: contentPrefix(PROJECT_ROOT) },
		],
		{ summaryOf: 'content', extra: { contentDir: dir, projectDir: PROJECT_ROOT, plans: content.snapshot.accounts.length } },
	);
	if (output) console.log(output);
	const all = [...contentDiagnostics, ...linted.sources];
	if (args.format === 'pretty') {
		const { errors, warnings } = countBySeverity(all);
		console.log(`checked ${content.snapshot.accounts.length} plan files with validate and lint: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
	}
	return failed(all, args.strict) ? 1 : 0;
}

process.exitCode = await main();
