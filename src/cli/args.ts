/**
 * The one argument parser of the CLI entry points: Node's `util.parseArgs`
 * (strict: an unknown option or a missing value is an error), with messages
 * that say what was found and where to look.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { OutputFormat } from '../lib/format-diagnostics.ts';

/**
 * The options of a command line, as `util.parseArgs` takes them: `type`
 * ('string' or 'boolean'), `short`, and `multiple` for an option that may be
 * given several times (its values come as a list).
 */
export type OptionSpecs = ParseArgsOptionsConfig;

/** How every command line is parsed: strict, with positionals. */
interface StrictConfig<O extends OptionSpecs> {
	args: string[];
	options: O;
	allowPositionals: true;
	strict: true;
}

/**
 * What `util.parseArgs` gives for these options, typed by them: a string for a
 * string option, `true` for a boolean option given, a list for a `multiple`
 * one; absent when not given.
 */
export type ParsedCommandLine<O extends OptionSpecs> = Pick<ReturnType<typeof parseArgs<StrictConfig<O>>>, 'values' | 'positionals'>;

/**
 * Parses `argv` against `options`, taking at most `maxPositionals` positional
 * arguments. Throws an Error whose message ends with `hint` (by default "see
 * --help") on anything else.
 */
export function parseCommandLine<const O extends OptionSpecs>(
	argv: readonly string[],
	options: O,
	{ maxPositionals = 0, hint = 'see --help' }: { maxPositionals?: number; hint?: string } = {},
): ParsedCommandLine<O> {
	let parsed: ParsedCommandLine<O>;
	try {
		parsed = parseArgs<StrictConfig<O>>({ args: [...argv], options, allowPositionals: true, strict: true });
	} catch (error) {
		throw new Error(readableError(error as Error & { code?: string }, hint));
	}
	const extra = parsed.positionals[maxPositionals];
	if (extra !== undefined) throw new Error(`unexpected argument \`${extra}\`; ${hint}`);
	return parsed;
}

/** `--help` (`-h`): every command takes it. */
const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * The start of a command: parses `argv` as parseCommandLine does, with
 * `--help` (`-h`) added to `options`. A mistake is printed and gives exit
 * status 2; `--help` prints `help` and gives 0; either way `{ exitCode }`
 * comes back for the command to return. Otherwise the parsed command line.
 */
export function commandLine<const O extends OptionSpecs>(
	argv: readonly string[],
	options: O,
	help: string,
	settings?: { maxPositionals?: number; hint?: string },
): ParsedCommandLine<O & typeof HELP_OPTION> | { exitCode: number } {
	let line: ParsedCommandLine<O & typeof HELP_OPTION>;
	try {
		line = parseCommandLine(argv, { ...options, ...HELP_OPTION }, settings);
	} catch (error) {
		console.error((error as Error).message);
		return { exitCode: 2 };
	}
	// Every line has `help`; TypeScript cannot see it through the generic options.
	const { help: helpAsked }: { help?: boolean } = line.values;
	if (helpAsked) {
		console.log(help);
		return { exitCode: 0 };
	}
	return line;
}

function readableError(error: Error & { code?: string }, hint: string): string {
	const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? '';
	if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option \`${option}\`; ${hint}`;
	if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
		return `${option} needs a value (write ${option}=<value> for a value that starts with a dash); ${hint}`;
	}
	return `${error.message}; ${hint}`;
}

const FORMATS: readonly OutputFormat[] = ['pretty', 'github', 'json'];

/** `--format`: pretty (the default), github or json. */
export function outputFormat(value: string | undefined): OutputFormat {
	if (value === undefined) return 'pretty';
	const format = FORMATS.find((name) => name === value);
	if (format === undefined) throw new Error(`--format takes pretty, github or json; found \`${value}\``);
	return format;
}

export interface CheckArgs {
	format: OutputFormat;
	strict: boolean;
	help: boolean;
	/** Optional content directory given as a positional argument. */
	dir?: string;
}

/** Parses `[--format pretty|github|json] [--strict] [dir]`; throws on anything else. */
export function parseCheckArgs(argv: readonly string[]): CheckArgs {
	const { values, positionals } = parseCommandLine(
		argv,
		{ format: { type: 'string' }, strict: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
		{ maxPositionals: 1 },
	);
	return { format: outputFormat(values.format), strict: values.strict ?? false, help: values.help ?? false, ...(positionals[0] !== undefined && { dir: positionals[0] }) };
}
