import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/node/read-content-dir.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { runNode } from '../helpers/build-site.ts';
import { copySampleContent } from '../helpers/content-fixture.ts';

const newPlan = (dir: string, args: string[]) => runNode(['src/cli/new-plan.ts', ...args], { KAM_CONTENT: dir, KAM_AS_OF: '2026-11-22' });
const flags = (overrides: Record<string, string> = {}) =>
	Object.entries({ name: 'Beta Rail Group', slug: 'beta-rail', tier: 'major', category: 'target', owner: 'li-wei', ...overrides }).flatMap(([k, v]) => [`--${k}`, v]);

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
});
