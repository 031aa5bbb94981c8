/**
 * The one argument parser of the CLI entry points: Node's `util.parseArgs`
 * (strict: an unknown option or a missing value is an error), with messages
 * that say what was found and where to look.
 */
import { parseArgs } from 'node:util';
import type { OutputFormat } from '../lib/format-diagnostics.ts';

export interface OptionSpec {
	type: 'string' | 'boolean';
	short?: string;
	/** The option may be given several times (its values come as a list). */
	multiple?: boolean;
}

export interface ParsedCommandLine {
	/** Option values by name: a string (a list, typed by the caller, for a `multiple` option), `true` for a boolean option given, absent when not given. */
	values: Record<string, string | boolean | undefined>;
	positionals: string[];
}

/**
 * Parses `argv` against `options`, taking at most `maxPositionals` positional
 * arguments. Throws an Error whose message ends with `hint` (by default "see
 * --help") on anything else.
 */
export function parseCommandLine(
	argv: readonly string[],
	options: Record<string, OptionSpec>,
	{ maxPositionals = 0, hint = 'see --help' }: { maxPositionals?: number; hint?: string } = {},
): ParsedCommandLine {
	let parsed: ParsedCommandLine;
	try {
		parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true }) as ParsedCommandLine;
	} catch (error) {
		throw new Error(readableError(error as Error & { code?: string }, hint));
	}
	const extra = parsed.positionals[maxPositionals];
	if (extra !== undefined) throw new Error(`unknown option \`${extra}\`; ${hint}`);
	return parsed;
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
export function outputFormat(value: string | boolean | undefined): OutputFormat {
	if (value === undefined) return 'pretty';
	if (typeof value === 'string' && (FORMATS as readonly string[]).includes(value)) return value as OutputFormat;
	throw new Error(`--format takes pretty, github or json; found \`${String(value)}\``);
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
	return { format: outputFormat(values.format), strict: values.strict === true, help: values.help === true, ...(positionals[0] !== undefined && { dir: positionals[0] }) };
}
