import { spawn, spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/node/read-content-dir.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { childEnv, PROJECT_ROOT, runNode } from '../helpers/build-site.ts';
import { copySampleContent } from '../helpers/content-fixture.ts';

const newPlan = (dir: string, args: string[]) => runNode(['src/cli/new-plan.ts', ...args], { KAM_CONTENT: dir, KAM_AS_OF: '2026-11-22' });
const flags = (overrides: Record<string, string> = {}) =>
	Object.entries({ name: 'Beta Rail Group', slug: 'beta-rail', tier: 'major', category: 'target', owner: 'li-wei', ...overrides }).flatMap(([k, v]) => [`--${k}`, v]);

/** util-linux `script` gives the command a terminal, so new-plan asks its questions. */
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout?.includes('util-linux') ?? false;

/**
 * new-plan on a terminal: each answer is typed once its question (the text
 * before it) has been printed. Resolves with everything printed and the exit code.
 */
function newPlanOnTerminal(dir: string, args: string[], dialogue: Array<[question: string, answer: string]>): Promise<{ code: number; output: string }> {
	const command = [process.execPath, '--no-warnings', 'src/cli/new-plan.ts', ...args].map((word) => `'${word.replaceAll("'", "'\\''")}'`).join(' ');
	const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: PROJECT_ROOT, env: childEnv({ KAM_CONTENT: dir, KAM_AS_OF: '2026-11-22', TERM: 'dumb' }), stdio: ['pipe', 'pipe', 'pipe'] });
	let output = '';
	let asked = 0;
	let seen = 0;
	child.stdout.on('data', (chunk: Buffer) => {
		output += chunk.toString('utf8');
		const next = dialogue[asked];
		if (!next) return;
		const at = output.indexOf(next[0], seen);
		if (at < 0) return;
		seen = at + next[0].length;
		asked++;
		child.stdin.write(`${next[1]}\r`);
	});
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
	const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
	return new Promise((resolve) =>
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({ code: code ?? 1, output });
		}),
	);
}

describe('npm run new-plan', () => {
	it('writes a plan from flags without asking, into a folder under accounts/, and it validates', async () => {
		const dir = await copySampleContent();
		const result = await newPlan(dir, [...flags(), '--dir', 'accounts/east-china']);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('accounts/east-china/beta-rail.mdx');
		const text = await readFile(join(dir, 'accounts/east-china/beta-rail.mdx'), 'utf8');
		expect(text).toMatch(/^name: Beta Rail Group$/m);
		const errors = validateContent(await readContentDir(dir)).diagnostics.filter((d) => d.severity === 'error');
		expect(errors).toEqual([]);
	});

	it('--application starts an application by the owner, dated the as-of date, as the last block, and the plan validates', async () => {
		const dir = await copySampleContent();
		const result = await newPlan(dir, [...flags({ tier: 'named', slug: 'gamma-rail' }), '--application']);
		expect(result.code).toBe(0);
		const text = await readFile(join(dir, 'accounts/gamma-rail.mdx'), 'utf8');
		const frontmatter = text.split('---\n')[1]!;
		expect(frontmatter).toMatch(/\napplication: +# a proposal to develop this customer as a key account \(开发申请\)\n  proposed: 2026-11-22\n  by: li-wei +# who applies/);
		expect(frontmatter.slice(frontmatter.indexOf('\napplication:') + 1)).not.toMatch(/\n[a-z#]/);
		const plan = validateContent(await readContentDir(dir));
		expect(plan.diagnostics.filter((d) => d.file === 'accounts/gamma-rail.mdx' && d.severity === 'error')).toEqual([]);
		expect(plan.plans.find((p) => p.slug === 'gamma-rail')!.frontmatter.application).toMatchObject({ by: 'li-wei', proposed: '2026-11-22', risk: 'medium' });
	});

	it('refuses a slug that exists in another folder, and writes nothing', async () => {
		const dir = await copySampleContent();
		const result = await newPlan(dir, flags({ slug: 'huajian-road-bridge' }));
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('slug `huajian-road-bridge` is already used by `accounts/east-china/huajian-road-bridge.mdx`');
	});

	it('refuses an unknown owner and a malformed slug in one go', async () => {
		const dir = await copySampleContent();
		const result = await newPlan(dir, flags({ slug: 'Beta Rail', owner: 'nobody' }));
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('`Beta Rail` is not a valid slug');
		expect(result.stderr).toContain('unknown person `nobody`');
	});

	it('asks nothing when input is not a terminal, and says what is missing', async () => {
		const dir = await copySampleContent();
		const result = await newPlan(dir, ['--name', 'Beta']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('missing --slug');
		expect(result.stderr).toContain('input is not a terminal');
	});

	it('refuses a folder outside accounts/', async () => {
		const dir = await copySampleContent();
		const result = await newPlan(dir, [...flags(), '--dir', 'accounts/../../etc']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('--dir must be a folder under accounts/');
	});

	it('warns of a slug that is a tier word given as a flag, and still writes the plan', async () => {
		const dir = await copySampleContent();
		const result = await newPlan(dir, flags({ slug: 'major' }));
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('Warning: slug `major` is a tier, not a customer: was it meant for the tier question? A slug names the customer, like `acme-industrial`\n');
		expect(result.stdout).toContain('accounts/major.mdx');
	});

	it.skipIf(!hasScript)('on a terminal, suggests the pinyin slug of a Chinese name, offers the folders under accounts/, and writes the plan there', async () => {
		const dir = await copySampleContent();
		const { code, output } = await newPlanOnTerminal(dir, [], [
			['Customer name (any language): ', '华建建设集团有限公司'],
			['[huajian-jianshe-jituan]: ', ''],
			['Tier (', 'named'],
			['Category (', 'key'],
			['Owner: ', 'li-wei'],
			["Folder: a number, or a new folder's name [0]: ", '1'],
		]);
		expect(output).toContain('  1) accounts/east-china/');
		expect(output).toContain('  4) accounts/southwest/');
		expect(code).toBe(0);
		const text = await readFile(join(dir, 'accounts/east-china/huajian-jianshe-jituan.mdx'), 'utf8');
		expect(text).toMatch(/^name: 华建建设集团有限公司$/m);
		expect(await readdir(join(dir, 'accounts'))).not.toContain('huajian-jianshe-jituan.mdx');
	});

	it.skipIf(!hasScript)('on a terminal, asks to confirm a tier word typed as the slug, and asks for the slug again on no', async () => {
		const dir = await copySampleContent();
		const { code, output } = await newPlanOnTerminal(dir, ['--dir', 'accounts/north-china'], [
			['Customer name (any language): ', 'Beta Rail Group'],
			['[beta-rail-group]: ', 'major'],
			['(y/N): ', ''],
			['[beta-rail-group]: ', ''],
			['Tier (', 'named'],
			['Category (', 'key'],
			['Owner: ', 'li-wei'],
		]);
		expect(output).toContain('Warning: slug `major` is a tier, not a customer');
		expect(output).not.toContain('Folder:');
		expect(code).toBe(0);
		await expect(readFile(join(dir, 'accounts/north-china/beta-rail-group.mdx'), 'utf8')).resolves.toMatch(/^name: Beta Rail Group$/m);
	});
});
