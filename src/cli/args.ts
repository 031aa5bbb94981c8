import type { OutputFormat } from '../lib/format-diagnostics.ts';

export interface CheckArgs {
	format: OutputFormat;
	strict: boolean;
	help: boolean;
	/** Optional content directory given as a positional argument. */
	dir?: string;
}

/** Parses `[--format pretty|github|json] [--strict] [dir]`; throws on anything else. */
export function parseCheckArgs(argv: readonly string[]): CheckArgs {
	const args: CheckArgs = { format: 'pretty', strict: false, help: false };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--strict') args.strict = true;
		else if (arg === '--help' || arg === '-h') args.help = true;
		else if (arg === '--format' || arg.startsWith('--format=')) {
			const value = arg.includes('=') ? arg.slice('--format='.length) : argv[++i];
			if (value !== 'pretty' && value !== 'github' && value !== 'json') throw new Error(`--format takes pretty, github or json; found \`${value ?? ''}\``);
			args.format = value;
		} else if (!arg.startsWith('-') && args.dir === undefined) args.dir = arg;
		else throw new Error(`unknown option \`${arg}\`; see --help`);
	}
	return args;
}
