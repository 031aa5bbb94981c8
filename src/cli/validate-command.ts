/** The `npm run validate` command (src/cli/validate.ts loads it once the compile cache is on). */
import { performance } from 'node:perf_hooks';
import { type PlanCheckers, startPlanCheckers, validateContentInParallel } from '../node/validate-parallel.ts';
import { readContentDir } from '../node/read-content-dir.ts';
import { contentDirArg, OPTIONS_HELP, readOrUsage, runCheckCommand } from './check-command.ts';
import { contentPrefix } from './report-output.ts';

const HELP = `Usage: npm run validate -- [--format pretty|github|json] [--strict] [content-dir]

Checks policy.yaml, people.yaml and every accounts/**/*.mdx of the content
directory (default: $KAM_CONTENT, else ./content).
${OPTIONS_HELP}
Exit status: 0 valid, 1 errors (or warnings with --strict), 2 usage.`;

process.exitCode = await runCheckCommand({
	help: HELP,
	async run(args) {
		const dir = contentDirArg(args);
		const started = performance.now();
		let checkers: PlanCheckers | undefined;
		const snapshot = await readOrUsage(() => readContentDir(dir, (planCount) => (checkers = startPlanCheckers(planCount))));
		const result = await validateContentInParallel(snapshot, checkers);
		const ms = Math.round(performance.now() - started);
		const plans = snapshot.accounts.length;
		const visits = snapshot.visits?.length ?? 0;
		return {
			groups: [{ diagnostics: result.diagnostics, prefix: contentPrefix(dir) }],
			summaryOf: 'content',
			extra: { contentDir: dir, plans, visits, milliseconds: ms },
			footer: `checked ${plans} plan files${visits > 0 ? ` and ${visits} visit report${visits === 1 ? '' : 's'}` : ''} in ${ms} ms`,
		};
	},
});
