import { describe, expect, it } from 'vitest';
import { outputFormat, parseCheckArgs, parseCommandLine } from '../../src/cli/args.ts';

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
		[['a', 'b'], 'unknown option `b`; see --help'],
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
		expect(() => parseCommandLine(['stray'], options)).toThrow('unknown option `stray`; see --help');
	});

	it('takes pretty as the default output format', () => {
		expect(outputFormat(undefined)).toBe('pretty');
	});
});
