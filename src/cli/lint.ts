#!/usr/bin/env node
/** `npm run lint`: remark-lint over the plans, and the no-set-html check over the portal's `.astro` sources. */
import { contentDirArg, OPTIONS_HELP, readOrUsage, runCheckCommand } from './check-command.ts';
import { contentPrefix, lint, PROJECT_ROOT, readAndValidate } from './content-checks.ts';

const HELP = `Usage: npm run lint -- [--format pretty|github|json] [--strict] [content-dir]

Lints every accounts/**/*.mdx of the content directory (default: $KAM_CONTENT,
else ./content) with the recommended remark-lint preset and the KAM rules
(kam-plan-parts, kam-no-empty-parts, kam-plan-links), and checks the portal's
src/**/*.astro for set:html with a computed value (no-set-html).
Output: path:line:column  severity  message  (rule)
${OPTIONS_HELP}
Exit status: 0 clean, 1 errors (or warnings with --strict), 2 usage.`;

process.exitCode = await runCheckCommand({
	help: HELP,
	async run(args) {
		const dir = contentDirArg(args);
		const result = await lint(await readOrUsage(() => readAndValidate(dir)));
		return {
			groups: [
				{ diagnostics: result.plans, prefix: contentPrefix(dir) },
				{ diagnostics: result.sources, prefix: contentPrefix(PROJECT_ROOT) },
			],
			summaryOf: 'every plan and .astro source',
			extra: { contentDir: dir, projectDir: PROJECT_ROOT },
		};
	},
});
