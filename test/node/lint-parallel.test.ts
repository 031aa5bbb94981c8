import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeGeneratedContent } from '../../bench/generate.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { lintPlans, PlanLintCache, plansToLint } from '../../src/lint/lint-plans.ts';
import { lintPlansInParallel } from '../../src/node/lint-parallel.ts';
import { readContentDir } from '../../src/node/read-content-dir.ts';

describe('lintPlansInParallel', () => {
	it('gives exactly what lintPlans gives alone, and leaves every plan in the cache', async () => {
		const dir = join(await mkdtemp(join(tmpdir(), 'kam-lint-')), 'content');
		await writeGeneratedContent(dir, { count: 60, seed: 11 });
		const snapshot = await readContentDir(dir);
		// Problems of several rules on both workers' shares: a dead plan link, MDX that does not parse, a missing part.
		snapshot.accounts[2]!.bytes = new TextEncoder().encode(`${new TextDecoder().decode(snapshot.accounts[2]!.bytes)}\nSee [x](/accounts/nowhere/).\n`);
		snapshot.accounts[5]!.bytes = new TextEncoder().encode(`${new TextDecoder().decode(snapshot.accounts[5]!.bytes)}\nWrite 1 <2 here.\n`);
		snapshot.accounts[8]!.bytes = new TextEncoder().encode('---\nname: x\n---\n\nNo parts.\n');
		const { policy } = validateContent(snapshot);
		const alone = await lintPlans(snapshot, policy);
		expect(alone.map((d) => d.rule)).toEqual(expect.arrayContaining(['kam-plan-links', 'mdx-syntax', 'kam-plan-parts']));
		const cache = new PlanLintCache();
		const errors: unknown[] = [];
		expect(await lintPlansInParallel(snapshot, policy, cache, { threads: 2, parallelFrom: 1, onWorkerError: (error) => errors.push(error) })).toEqual(alone);
		expect(errors).toEqual([]);
		// Everything was linted by the workers: the cache answers for every plan.
		expect(plansToLint(snapshot, policy, cache)).toEqual([]);
	});
});
