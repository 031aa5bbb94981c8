import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { parseBuildArgs } from '../../src/build/build-args.ts';
import { commandLine, outputFormat, parseCheckArgs, parseCommandLine } from '../../src/cli/args.ts';

describe('parseCheckArgs (validate, lint, check, check-plan)', () => {
	it.each([
		[[], { format: 'pretty', strict: false, help: false }],
		[['--strict', 'content'], { format: 'pretty', strict: true, help: false, dir: 'content' }],
		[['--format', 'github'], { format: 'github', strict: false, help: false }],
		[['--format=json', 'plans'], { format: 'json', strict: false, help: false, dir: 'plans' }],
		[['-h'], { format: 'pretty', strict: false, help: true }],
		[['--help'], { format: 'pretty', strict: false, help: true }],
	])('%j', (argv, expected) => {
		expect(parseCheckArgs(argv)).toEqual(expected);
	});

	it.each([
		[['--frmat', 'json'], 'unknown option `--frmat`; see --help'],
		[['a', 'b'], 'unexpected argument `b`; see --help'],
		[['--format', 'xml'], '--format takes pretty, github or json; found `xml`'],
		[['--format'], '--format needs a value'],
		[['--format', '--strict'], '--format needs a value'],
	])('refuses %j', (argv, message) => {
		expect(() => parseCheckArgs(argv)).toThrow(message);
	});
});

describe('parseCommandLine', () => {
	const options = { out: { type: 'string' }, incremental: { type: 'boolean' } } as const;

	it('reads values, flags and positionals', () => {
		expect(parseCommandLine(['--out', 'x', '--incremental', 'p'], options, { maxPositionals: 1 })).toEqual({ values: { out: 'x', incremental: true }, positionals: ['p'] });
		expect(parseCommandLine(['--out=-odd'], options).values.out).toBe('-odd');
	});

	it('ends a message with the hint it is given', () => {
		expect(() => parseCommandLine(['--nope'], options, { hint: 'usage: npm run build' })).toThrow('unknown option `--nope`; usage: npm run build');
	});

	it('calls a stray argument an unexpected argument, not an unknown option', () => {
		expect(() => parseCommandLine(['extra'], options)).toThrow('unexpected argument `extra`; see --help');
		expect(() => parseCommandLine(['p', 'extra'], options, { maxPositionals: 1 })).toThrow('unexpected argument `extra`; see --help');
	});

	it('gives a multiple option its values as a list, in the order given', () => {
		const parsed = parseCommandLine(['--scope', 'tier=major', '--scope=owner=li-wei'], { scope: { type: 'string', multiple: true } });
		expect(parsed.values.scope).toEqual(['tier=major', 'owner=li-wei']);
	});

	it('types each value by its option (checked by npm run typecheck)', () => {
		const parsed = parseCommandLine([], { out: { type: 'string' }, incremental: { type: 'boolean' }, scope: { type: 'string', multiple: true } });
		expectTypeOf(parsed.values.out).toEqualTypeOf<string | undefined>();
		expectTypeOf(parsed.values.incremental).toEqualTypeOf<boolean | undefined>();
		expectTypeOf(parsed.values.scope).toEqualTypeOf<string[] | undefined>();
		expectTypeOf(parsed.positionals).toEqualTypeOf<string[]>();
		expect(parsed).toEqual({ values: {}, positionals: [] });
	});

	it('takes pretty as the default output format', () => {
		expect(outputFormat(undefined)).toBe('pretty');
	});
});

describe('commandLine (the start of codeowners and sign-off)', () => {
	const options = { check: { type: 'boolean' }, reviews: { type: 'string' } } as const;
	const HELP = 'Usage: npm run x -- [--check] [file]';

	/** Runs commandLine on `argv` and returns its result with what it printed to stdout and stderr. */
	function start(argv: string[]) {
		const log = vi.spyOn(console, 'log').mockImplementation(() => {});
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			const result = commandLine(argv, options, HELP, { maxPositionals: 1 });
			return { result, stdout: log.mock.calls.map((call) => call.join(' ')), stderr: error.mock.calls.map((call) => call.join(' ')) };
		} finally {
			log.mockRestore();
			error.mockRestore();
		}
	}

	it('gives the parsed line, typed by the options, and prints nothing', () => {
		const { result, stdout, stderr } = start(['--check', '--reviews', 'r.json', 'file']);
		expect(result).toEqual({ values: { check: true, reviews: 'r.json' }, positionals: ['file'] });
		expect([stdout, stderr]).toEqual([[], []]);
		if ('exitCode' in result) throw new Error('expected a parsed line');
		expectTypeOf(result.values.reviews).toEqualTypeOf<string | undefined>();
		expectTypeOf(result.values.check).toEqualTypeOf<boolean | undefined>();
	});

	it.each([['--help'], ['-h']])('prints the help for %s and gives exit status 0', (flag) => {
		expect(start([flag])).toEqual({ result: { exitCode: 0 }, stdout: [HELP], stderr: [] });
	});

	it('prints a mistake to stderr and gives exit status 2', () => {
		expect(start(['--chek'])).toEqual({ result: { exitCode: 2 }, stdout: [], stderr: ['unknown option `--chek`; see --help'] });
		expect(start(['a', 'b'])).toEqual({ result: { exitCode: 2 }, stdout: [], stderr: ['unexpected argument `b`; see --help'] });
	});
});

describe('parseBuildArgs (npm run build)', () => {
	it('reads every --scope, in order, as a condition', () => {
		expect(parseBuildArgs(['--scope', 'tier=major', '--scope', 'owner=li-wei', '--out', '/tmp/site'], '/project')).toMatchObject({
			outDir: '/tmp/site',
			scope: [
				{ field: 'tier', value: 'major' },
				{ field: 'owner', value: 'li-wei' },
			],
		});
	});

	it('builds a portal into dist/<id>/ of the project unless --out is given', () => {
		expect(parseBuildArgs(['--portal', 'east-china'], '/project')).toMatchObject({ outDir: '/project/dist/east-china', portal: 'east-china', scope: [] });
	});

	it('calls a stray argument an unexpected argument', () => {
		expect(() => parseBuildArgs(['extra'], '/project')).toThrow(/^unexpected argument `extra`; usage: npm run build -- /);
	});
});
