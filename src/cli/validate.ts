#!/usr/bin/env node
/** `npm run validate`: checks a content directory; exit 1 on any error (or warning with --strict). */
import { performance } from 'node:perf_hooks';
import { relative, resolve } from 'node:path';
import { countBySeverity } from '../lib/diagnostics.ts';
import { contentDirFromEnv, readContentDir } from '../lib/content/read-dir.ts';
import { validateContentInParallel } from '../lib/content/parallel.ts';
import { parseCheckArgs } from './args.ts';
import { formatDiagnostics } from './report.ts';

const HELP = `Usage: npm run validate -- [--format pretty|github|json] [--strict] [content-dir]

Checks policy.yaml, people.yaml and every accounts/**/*.mdx of the content
directory (default: $KAM_CONTENT, else ./content).
  --format github  GitHub Actions annotations
  --format json    machine-readable results
  --strict         fail on warnings too
Exit status: 0 valid, 1 errors (or warnings with --strict), 2 usage.`;

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
	const started = performance.now();
	let snapshot;
	try {
		snapshot = await readContentDir(dir);
	} catch (error) {
		console.error((error as Error).message);
		return 2;
	}
	const result = await validateContentInParallel(snapshot);
	const ms = Math.round(performance.now() - started);
	const { errors, warnings } = countBySeverity(result.diagnostics);
	const prefix = relative(process.cwd(), dir);
	const output = formatDiagnostics(args.format, result.diagnostics, {
		isTTY: Boolean(process.stdout.isTTY),
		env: process.env,
		filePrefix: prefix && !prefix.startsWith('..') ? `${prefix}/` : '',
		extra: { contentDir: dir, plans: snapshot.accounts.length, milliseconds: ms },
	});
	if (output) console.log(output);
	if (args.format === 'pretty') console.log(`checked ${snapshot.accounts.length} plan files in ${ms} ms`);
	return errors > 0 || (args.strict && warnings > 0) ? 1 : 0;
}

process.exitCode = await main();
