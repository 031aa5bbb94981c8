/**
 * The live preview's checks on a real content directory: saves during a check
 * give one more check, not one check per save.
 */
import { writeFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LivePreview } from '../../src/live/live-preview.ts';
import { copySampleContent } from '../helpers/content-fixture.ts';
import { writeGeneratedContent } from '../../bench/generate.ts';
import { lintPlans } from '../../src/lint/lint-plans.ts';
import { readContentDir } from '../../src/node/read-content-dir.ts';
import { validateContent } from '../../src/lib/content/validate.ts';

describe('LivePreview', () => {
	let dir: string;
	beforeAll(async () => {
		dir = await copySampleContent();
	});
	afterAll(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	it('checks once more, not three times, for three saves during a check, and that check sees all three', async () => {
		const preview = new LivePreview(dir);
		await preview.refresh();
		expect(preview.checks).toBe(1);
		const plan = join(dir, 'accounts/tianshan-mining-services.mdx');
		const original = await readFile(plan, 'utf8');
		const running = preview.refresh();
		// Saved while the check runs (written at once, as an editor's save is).
		const saves = ['One', 'Two', 'Three'].map((word) => {
			writeFileSync(plan, original.replace('name: Tianshan Mining Services Co.', `name: Tianshan ${word}`));
			return preview.refresh();
		});
		const states = await Promise.all(saves);
		await running;
		expect(preview.checks).toBe(3);
		expect(new Set(states.map((state) => state.revision))).toEqual(new Set([3]));
		expect(states[0]!.content.plans.find((p) => p.slug === 'tianshan-mining-services')!.frontmatter.name).toBe('Tianshan Three');
		await writeFile(plan, original);
	});

	it('counts the plans the figures leave out', async () => {
		const preview = new LivePreview(dir);
		const plan = join(dir, 'accounts/tianshan-mining-services.mdx');
		const original = await readFile(plan, 'utf8');
		await writeFile(plan, original.replace(/^tier: named$/m, 'tier: platinum'));
		const state = await preview.refresh();
		expect(state.plansLeftOut).toBe(1);
		expect(state.content.plans.some((p) => p.slug === 'tianshan-mining-services')).toBe(false);
		await writeFile(plan, original);
	});

	it('serves a large content directory before its first lint is done, and checks again by itself once it is', async () => {
		const large = join(await mkdtemp(join(tmpdir(), 'kam-live-large-')), 'content');
		// 600 plans: more than the 500 a first lint runs in the background from.
		await writeGeneratedContent(large, { count: 600, seed: 14 });
		const plan = join(large, 'accounts', (await readdirPlans(large))[0]!);
		await writeFile(plan, `${await readFile(plan, 'utf8')}\nSee [x](/accounts/nowhere/).\n`);
		const preview = new LivePreview(large);
		const late: Promise<unknown>[] = [];
		preview.onLateCheck((check) => late.push(check));
		const first = await preview.refresh();
		expect([...first.problems.values()].flat().filter((d) => d.rule === 'kam-plan-links')).toEqual([]);
		await expect.poll(() => late.length, { timeout: 60_000, interval: 100 }).toBe(1);
		await late[0];
		const after = preview.state!;
		expect(after.revision).toBe(2);
		const snapshot = await readContentDir(large);
		const lint = await lintPlans(snapshot, validateContent(snapshot).policy);
		expect([...after.problems.values()].flat().filter((d) => d.rule.startsWith('kam-') || d.rule === 'mdx-syntax')).toEqual(lint.filter((d) => d.rule.startsWith('kam-') || d.rule === 'mdx-syntax'));
		expect(lint.map((d) => d.rule)).toContain('kam-plan-links');
		await rm(large, { recursive: true, force: true });
	});
});

async function readdirPlans(dir: string): Promise<string[]> {
	return (await readdir(join(dir, 'accounts'), { recursive: true })).filter((file) => file.endsWith('.mdx')).sort();
}
