import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeGeneratedContent } from '../../bench/generate.ts';
import { IncrementalValidator } from '../../src/lib/content/incremental.ts';
import { type ContentSnapshot, validateContent } from '../../src/lib/content/validate.ts';
import { lintPlans, PlanLintCache } from '../../src/lint/lint-plans.ts';
import { checkLiveContent } from '../../src/node/live-check.ts';
import { readContentDir } from '../../src/node/read-content-dir.ts';

const withText = (snapshot: ContentSnapshot, index: number, edit: (text: string) => string) => {
	snapshot.accounts[index]!.bytes = new TextEncoder().encode(edit(new TextDecoder().decode(snapshot.accounts[index]!.bytes)));
};

describe('checkLiveContent', () => {
	it('gives what validation and lint give alone, on worker threads and then from memory after a change', async () => {
		const dir = join(await mkdtemp(join(tmpdir(), 'kam-live-check-')), 'content');
		await writeGeneratedContent(dir, { count: 60, seed: 12 });
		const snapshot = await readContentDir(dir);
		// Problems of validation and lint, on both workers' shares.
		withText(snapshot, 3, () => '---\ntier: gold\n---\n');
		withText(snapshot, 6, (text) => `${text}\nSee [x](/accounts/nowhere/).\n`);
		withText(snapshot, 9, (text) => `${text}\nWrite 1 <2 here.\n`);
		const validator = new IncrementalValidator();
		const cache = new PlanLintCache();
		const alone = async (content: ContentSnapshot) => {
			const validation = validateContent(content);
			return { validation, lint: await lintPlans(content, validation.policy) };
		};
		const first = await checkLiveContent(snapshot, validator, cache, { threads: 2, parallelFrom: 1, lintInBackgroundFrom: Infinity });
		expect(first.validation.diagnostics.some((d) => d.severity === 'error')).toBe(true);
		expect(first.lint.map((d) => d.rule)).toEqual(expect.arrayContaining(['kam-plan-links', 'mdx-syntax']));
		expect(first).toEqual(await alone(snapshot));
		// Every plan was checked on the workers: the validator checked none itself.
		expect(validator.lastChecked).toBe(0);
		withText(snapshot, 12, (text) => text.replace(/^name: .*$/m, 'name: Renamed'));
		const second = await checkLiveContent(snapshot, validator, cache, { threads: 2, parallelFrom: 2, lintInBackgroundFrom: 2 });
		expect(second.lintDone).toBeUndefined();
		expect(validator.lastChecked).toBe(1);
		expect(second).toEqual(await alone(snapshot));
	});

	it('lints many plans in the background: the checks meanwhile give the validation and the lint known so far, the check after it all', async () => {
		const dir = join(await mkdtemp(join(tmpdir(), 'kam-live-check-')), 'content');
		await writeGeneratedContent(dir, { count: 30, seed: 13 });
		const snapshot = await readContentDir(dir);
		withText(snapshot, 4, (text) => `${text}\nSee [x](/accounts/nowhere/).\n`);
		const validator = new IncrementalValidator();
		const cache = new PlanLintCache();
		const options = { threads: 2, parallelFrom: 1, lintInBackgroundFrom: 10 };
		const validation = validateContent(snapshot);
		const first = await checkLiveContent(snapshot, validator, cache, options);
		expect(first.validation).toEqual(validation);
		expect(first.lint).toEqual([]);
		expect(first.lintDone).toBeInstanceOf(Promise);
		// A save while the background lint runs: linted at once is only what it changed; no second background lint.
		withText(snapshot, 7, (text) => `${text}\nSee [y](/accounts/elsewhere/).\n`);
		const during = await checkLiveContent(snapshot, validator, cache, options);
		expect(during.lintDone).toBe(first.lintDone);
		expect(during.lint).toEqual([]);
		await first.lintDone;
		const after = await checkLiveContent(snapshot, validator, cache, options);
		expect(after.lintDone).toBeUndefined();
		expect(after.lint).toEqual(await lintPlans(snapshot, validation.policy));
		expect(after.lint.filter((d) => d.rule === 'kam-plan-links').map((d) => d.file)).toEqual([snapshot.accounts[4]!.path, snapshot.accounts[7]!.path].sort());
	});

	it('keeps each plan\'s last lint result while a change of the set of plans has every plan linted again in the background', async () => {
		const dir = join(await mkdtemp(join(tmpdir(), 'kam-live-check-')), 'content');
		await writeGeneratedContent(dir, { count: 30, seed: 15 });
		const snapshot = await readContentDir(dir);
		withText(snapshot, 4, (text) => `${text}\nSee [x](/accounts/nowhere/).\n`);
		const validator = new IncrementalValidator();
		const cache = new PlanLintCache();
		const options = { threads: 2, parallelFrom: 1000, lintInBackgroundFrom: 10 };
		const first = await checkLiveContent(snapshot, validator, cache, { ...options, lintInBackgroundFrom: Infinity });
		expect(first.lint.map((d) => d.rule)).toContain('kam-plan-links');
		// A new plan `nowhere`: every plan's context changed, so all are linted again, in the background.
		const added = { ...snapshot, accounts: [...snapshot.accounts, { path: 'accounts/nowhere.mdx', bytes: snapshot.accounts[5]!.bytes }] };
		const during = await checkLiveContent(added, validator, cache, options);
		expect(during.lintDone).toBeInstanceOf(Promise);
		// Meanwhile each plan keeps its last result (the link to `nowhere` still reported), and the new plan, whose text was linted as another file's, has none.
		expect(during.lint).toEqual(first.lint);
		await during.lintDone;
		const after = await checkLiveContent(added, validator, cache, options);
		expect(after.lintDone).toBeUndefined();
		expect(after.lint).toEqual(await lintPlans(added, after.validation.policy));
		expect(after.lint.map((d) => d.rule)).not.toContain('kam-plan-links');
	});
});
