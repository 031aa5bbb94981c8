import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runNode } from '../helpers/build-site.ts';
import { planFile, VALID_BODY, VALID_PEOPLE, validPlan, writeContentDir } from '../helpers/content-fixture.ts';

const scripts = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
/** Runs an npm script's entry file (as `npm run <script>` does) with the arguments. */
const run = (script: string, args: string[], env: NodeJS.ProcessEnv = {}) => runNode([scripts[script]!.replace(/^node --no-warnings /, ''), ...args], env);

/** A major plan whose `Competitive assessment` part is missing: a lint error (and a validate error). */
const missingPart = () => planFile(validPlan(), VALID_BODY.replace(/## Competitive assessment\n\nRival Co holds the tunnel projects.\n\n/, ''));
/** A plan with a link to a plan that does not exist: lint and validate both see it. */
const deadLink = () => planFile(validPlan(), `${VALID_BODY}\nSee [the group](/accounts/acme-holdings/).\n`);

describe('npm run lint', () => {
	it('passes the sample content', async () => {
		const result = await run('lint', []);
		expect(result.stdout).toContain('✓ every plan and .astro source is valid');
		expect(result.code).toBe(0);
	});

	it('prints path:line:column, severity, message and rule, and exits 1 on an error', async () => {
		const text = missingPart();
		const line = text.split('\n').indexOf('## Action plan') + 1;
		const dir = await writeContentDir({ 'people.yaml': VALID_PEOPLE, 'accounts/east/acme.mdx': text });
		const result = await run('lint', [dir]);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain(
			`accounts/east/acme.mdx:${line}:1  error    Unexpected missing part \`Competitive assessment\` before \`Action plan\`, expected a heading \`## Competitive assessment\` or \`## 竞争评估\`  (kam-plan-parts)`,
		);
	});

	it('warns without failing for a non-named plan, and fails with --strict', async () => {
		const plan = { ...validPlan(), tier: 'non-named' };
		const dir = await writeContentDir({ 'people.yaml': VALID_PEOPLE, 'accounts/acme.mdx': planFile(plan, VALID_BODY.replace('## Action plan', '## Next steps')) });
		const result = await run('lint', [dir]);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/accounts\/acme\.mdx:\d+:\d+  warning  Unexpected missing part `Action plan`/);
		expect((await run('lint', ['--strict', dir])).code).toBe(1);
	});

	it('writes GitHub annotations with repository paths', async () => {
		const dir = await writeContentDir({ 'people.yaml': VALID_PEOPLE, 'accounts/acme.mdx': deadLink() });
		const result = await run('lint', ['--format', 'github'], { KAM_CONTENT: dir });
		expect(result.code).toBe(1);
		expect(result.stdout.trim()).toMatch(
			/^::error file=[^,]*accounts\/acme\.mdx,line=\d+,col=5,title=KAM kam-plan-links::link to `\/accounts\/acme-holdings\/` leads to no plan/,
		);
	});

	it('writes JSON with --format json', async () => {
		const dir = await writeContentDir({ 'people.yaml': VALID_PEOPLE, 'accounts/acme.mdx': deadLink() });
		const parsed = JSON.parse((await run('lint', ['--format', 'json', dir])).stdout);
		expect(parsed).toMatchObject({ errors: 1, warnings: 0 });
		expect(parsed.diagnostics[0]).toMatchObject({ file: 'accounts/acme.mdx', column: 5, severity: 'error', rule: 'kam-plan-links' });
	});

	it('reports MDX that does not parse, with its position', async () => {
		const dir = await writeContentDir({ 'people.yaml': VALID_PEOPLE, 'accounts/acme.mdx': planFile(validPlan(), `${VALID_BODY}\nWrite 1 <2 here.\n`) });
		const result = await run('lint', ['--format', 'json', dir]);
		expect(JSON.parse(result.stdout).diagnostics).toContainEqual(expect.objectContaining({ rule: 'mdx-syntax', severity: 'error', column: 9, message: expect.stringContaining('`<` followed by `2`') }));
	});
});

describe('npm run check', () => {
	it('fails with --strict on a lint warning that validate does not see', async () => {
		const undefinedReference = planFile(validPlan(), `${VALID_BODY}\nSee [the group][nowhere].\n`);
		const dir = await writeContentDir({ 'people.yaml': VALID_PEOPLE, 'accounts/acme.mdx': undefinedReference });
		expect((await run('validate', ['--strict', dir])).code).toBe(0);
		expect((await run('check', [dir])).code).toBe(0);
		const result = await run('check', ['--strict', dir]);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain('(no-undefined-references)');
	});

	it('lists a dead plan link once, though validate and lint both find it', async () => {
		const dir = await writeContentDir({ 'people.yaml': VALID_PEOPLE, 'accounts/acme.mdx': deadLink() });
		expect((await run('validate', [dir])).stdout).toContain('(plan-link)');
		const result = await run('check', ['--format', 'json', dir]);
		expect(result.code).toBe(1);
		const found = JSON.parse(result.stdout).diagnostics.filter((d: { message: string }) => d.message.includes('acme-holdings'));
		expect(found).toEqual([expect.objectContaining({ rule: 'kam-plan-links', severity: 'error', message: expect.stringMatching(/^link to `\/accounts\/acme-holdings\/` leads to no plan/) })]);
	});

	it('fails on a validate error, and lists a problem both find once', async () => {
		const plan = validPlan();
		plan.owner = 'nobody';
		const dir = await writeContentDir({ 'people.yaml': VALID_PEOPLE, 'accounts/acme.mdx': planFile(plan, VALID_BODY.replace(/## Competitive assessment\n\nRival Co holds the tunnel projects.\n\n/, '')) });
		const result = await run('check', ['--format', 'json', dir]);
		expect(result.code).toBe(1);
		const rules = JSON.parse(result.stdout).diagnostics.map((d: { rule: string }) => d.rule);
		expect(rules).toContain('unknown-person');
		expect(rules.filter((r: string) => r === 'kam-plan-parts' || r === 'missing-part')).toEqual(['kam-plan-parts']);
	});
});

describe('npm run check-plan', () => {
	it("prints only the plan's own problems and exits by them", async () => {
		const dir = await writeContentDir({ 'people.yaml': VALID_PEOPLE, 'accounts/east/good.mdx': planFile(), 'accounts/bad.mdx': deadLink() });
		const good = await run('check-plan', [`${dir}/accounts/east/good.mdx`]);
		expect(good.code).toBe(0);
		expect(good.stdout).toContain('✓ accounts/east/good.mdx is valid');
		expect(good.stdout).toMatch(/other files? ha(s|ve) problems too/);
		const bad = await run('check-plan', [`${dir}/accounts/bad.mdx`]);
		expect(bad.code).toBe(1);
		expect(bad.stdout).toContain('accounts/bad.mdx');
		expect(bad.stdout).not.toContain('good.mdx');
	});

	it('refuses a path that is not a plan', async () => {
		const result = await run('check-plan', ['/nonexistent/accounts/x.mdx']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('is not a plan file');
	});
});
