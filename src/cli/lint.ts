#!/usr/bin/env node
/** `npm run lint`: remark-lint over the plans, and the no-set-html check over the portal's `.astro` sources. */
import { resolve } from 'node:path';
import { contentDirFromEnv } from '../lib/content/read-dir.ts';
import { parseCheckArgs } from './args.ts';
import { contentPrefix, failed, formatGroups, lint, PROJECT_ROOT, readAndValidate } from './checks.ts';

const HELP = `Usage: npm run lint -- [--format pretty|github|json] [--strict] [content-dir]

Lints every accounts/**/*.mdx of the content directory (default: $KAM_CONTENT,
else ./content) with the recommended remark-lint preset and the KAM rules
(kam-plan-parts, kam-no-empty-parts, kam-plan-links), and checks the portal's
src/**/*.astro for set:html with a computed value (no-set-html).
Output: path:line:column  severity  message  (rule)
  --format github  GitHub Actions annotations
  --format json    machine-readable results
  --strict         fail on warnings too
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
	const result = await lint(content);
	const output = formatGroups(
		args.format,
		[
			{ diagnostics: result.plans, prefix: contentPrefix(dir) },
			{ diagnostics: result.sources, prefix: contentPrefix(PROJECT_ROOT) },
		],
		{ summaryOf: 'every plan and .astro source', extra: { contentDir: dir, projectDir: PROJECT_ROOT } },
	);
	if (output) console.log(output);
	return failed([...result.plans, ...result.sources], args.strict) ? 1 : 0;
}

process.exitCode = await main();
