/**
 * The frame of `validate`, `lint`, `check` and `check-plan`: parse the
 * arguments, show help, run the command's check, print its report in the chosen
 * format and turn it into an exit status (0 clean, 1 failed, 2 usage).
 */
import { resolve } from 'node:path';
import { contentDirFromEnv } from '../node/read-content-dir.ts';
import { type CheckArgs, parseCheckArgs } from './args.ts';
import { failed, formatGroups, type PrintGroup } from './report-output.ts';

/** The help lines of the options every check command takes. */
export const OPTIONS_HELP = `  --format github  GitHub Actions annotations
  --format json    machine-readable results
  --strict         fail on warnings too`;

/** A problem with how the command was called (a missing content directory, a path that is not a plan): exit 2. */
export class UsageError extends Error {}

export interface CheckReport {
	/** What to print; every group counts for the exit status. */
	groups: PrintGroup[];
	/** What the pretty summary calls clean: `✓ <summaryOf> is valid`. */
	summaryOf: string;
	/** Fields of the JSON output besides the counts and diagnostics. */
	extra: Record<string, unknown>;
	/** A last line for pretty output only. */
	footer?: string;
}

export interface CheckCommand {
	/** The `--help` text. */
	help: string;
	/** The positional argument is required: without it the help is printed and the exit status is 2. */
	requiresPath?: boolean;
	run(args: CheckArgs): Promise<CheckReport>;
}

/** Runs a check command over `argv` and returns its exit status. */
export async function runCheckCommand(command: CheckCommand, argv: readonly string[] = process.argv.slice(2)): Promise<number> {
	let args: CheckArgs;
	try {
		args = parseCheckArgs(argv);
	} catch (error) {
		console.error((error as Error).message);
		return 2;
	}
	if (args.help || (command.requiresPath && !args.dir)) {
		console.log(command.help);
		return args.help ? 0 : 2;
	}
	let report: CheckReport;
	try {
		report = await command.run(args);
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		console.error(error.message);
		return 2;
	}
	const output = formatGroups(args.format, report.groups, { summaryOf: report.summaryOf, extra: report.extra });
	if (output) console.log(output);
	if (args.format === 'pretty' && report.footer !== undefined) console.log(report.footer);
	return failed(
		report.groups.flatMap((group) => group.diagnostics),
		args.strict,
	)
		? 1
		: 0;
}

/** The content directory: the positional argument, else $KAM_CONTENT, else ./content. */
export function contentDirArg(args: CheckArgs): string {
	return args.dir ? resolve(args.dir) : contentDirFromEnv();
}

/** Reads content with `read`; a failure (a missing directory) is a usage error. */
export async function readOrUsage<T>(read: () => Promise<T>): Promise<T> {
	try {
		return await read();
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
}
