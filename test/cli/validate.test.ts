import { describe, expect, it } from 'vitest';
import { escapeAnnotationData, escapeAnnotationProperty, formatGithub } from '../../src/lib/format-diagnostics.ts';
import { runNode } from '../helpers/build-site.ts';
import { planFile, VALID_PEOPLE, validPlan, writeContentDir } from '../helpers/content-fixture.ts';

const validate = (dir: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) => runNode(['src/cli/validate.ts', ...args], { KAM_CONTENT: dir, ...env });

const brokenPlan = () => {
	const plan = validPlan();
	plan.tier = 'gold';
	return planFile(plan);
};

describe('npm run validate', () => {
	it('exits 0 on valid content and says so', async () => {
		const dir = await writeContentDir({ 'people.yaml': VALID_PEOPLE, 'accounts/acme.mdx': planFile() });
		const result = await validate(dir);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('content is valid');
	});

	it('exits 1 on errors, grouped by file with path:line', async () => {
		const dir = await writeContentDir({ 'people.yaml': VALID_PEOPLE, 'accounts/east/acme.mdx': brokenPlan(), 'accounts/beta.mdx': 'no frontmatter\n' });
		const result = await validate(dir);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain('accounts/east/acme.mdx:3  error    tier: expected one of `major`, `named`, `non-named`, `mass-market`; found `gold` (text)  (invalid-value)');
		expect(result.stdout).toContain('accounts/beta.mdx:1  error    no frontmatter');
		expect(result.stdout).toContain('✗ 2 errors, 0 warnings in 2 files');
	});

	it('passes with warnings, and fails on them with --strict', async () => {
		const plan = validPlan();
		delete plan.forecast;
		const dir = await writeContentDir({ 'people.yaml': VALID_PEOPLE, 'accounts/acme.mdx': planFile(plan) });
		expect((await validate(dir)).code).toBe(0);
		expect((await validate(dir, ['--strict'])).code).toBe(1);
	});

	it('reads the content directory from KAM_CONTENT and reports a missing one', async () => {
		const result = await validate('/nonexistent/content');
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('content directory `/nonexistent/content` does not exist');
	});

	it('prints machine-readable JSON with --format json', async () => {
		const dir = await writeContentDir({ 'people.yaml': VALID_PEOPLE, 'accounts/acme.mdx': brokenPlan() });
		const result = await validate(dir, ['--format', 'json']);
		const parsed = JSON.parse(result.stdout);
		expect(parsed).toMatchObject({ errors: 1, warnings: 0, plans: 1 });
		expect(parsed.diagnostics[0]).toMatchObject({ file: 'accounts/acme.mdx', line: 3, field: 'tier', severity: 'error' });
	});

	it('prints GitHub annotations with --format github', async () => {
		const dir = await writeContentDir({ 'people.yaml': VALID_PEOPLE, 'accounts/acme.mdx': brokenPlan() });
		const result = await validate(dir, ['--format', 'github']);
		expect(result.stdout.trim().split('\n')[0]).toMatch(/^::error file=.*accounts\/acme\.mdx,line=3,title=KAM invalid-value::tier: expected one of/);
	});

	it('uses colour only on a terminal, never with NO_COLOR', async () => {
		const dir = await writeContentDir({ 'people.yaml': VALID_PEOPLE, 'accounts/acme.mdx': brokenPlan() });
		const piped = await validate(dir, [], { NO_COLOR: undefined });
		expect(piped.stdout).not.toContain('\u001b[');
		const { coloursFor } = await import('../../src/lib/format-diagnostics.ts');
		expect(coloursFor(true, {}).red('x')).toBe('\u001b[31mx\u001b[0m');
		expect(coloursFor(true, { NO_COLOR: '' }).red('x')).toBe('x');
		expect(coloursFor(false, {}).red('x')).toBe('x');
	});

	it('rejects an unknown option with exit 2', async () => {
		const result = await validate('.', ['--frmat', 'json']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('unknown option `--frmat`');
	});
});

describe('GitHub annotation escaping', () => {
	it('escapes %, CR and LF in data, and also : and , in properties', () => {
		expect(escapeAnnotationData('100%\r\nnext')).toBe('100%25%0D%0Anext');
		expect(escapeAnnotationProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
	});

	it('keeps a hostile value from ending the annotation or starting a new command', () => {
		const output = formatGithub([
			{ file: 'accounts/x,line=1.mdx', line: 2, field: 'name', severity: 'error', rule: 'invalid-value', message: 'found `a\n::error::injected %0A`' },
		]);
		expect(output.split('\n')).toHaveLength(1);
		expect(output).toBe('::error file=accounts/x%2Cline=1.mdx,line=2,title=KAM invalid-value::name: found `a%0A::error::injected %250A`');
	});
});
