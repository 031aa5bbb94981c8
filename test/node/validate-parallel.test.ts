import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeGeneratedContent } from '../../bench/generate.ts';
import { readAndValidateContent, startPlanCheckers, validateContentInParallel } from '../../src/node/validate-parallel.ts';
import { readContentDir } from '../../src/node/read-content-dir.ts';
import { validateContent } from '../../src/lib/content/validate.ts';

describe('validateContentInParallel', () => {
	it('gives exactly the result of the sequential validator', async () => {
		const dir = join(await mkdtemp(join(tmpdir(), 'kam-gen-')), 'content');
		await writeGeneratedContent(dir, { count: 600, seed: 7 });
		const snapshot = await readContentDir(dir);
		// Break a few plans so diagnostics cross the thread boundary too.
		snapshot.accounts[3]!.bytes = new TextEncoder().encode('---\ntier: gold\n---\n');
		snapshot.accounts[10]!.bytes = new TextEncoder().encode('no frontmatter');
		const sequential = validateContent(snapshot);
		const checkers = startPlanCheckers(snapshot.accounts.length, { threads: 2 });
		expect(checkers).toBeDefined();
		const parallel = await validateContentInParallel(snapshot, checkers);
		expect(parallel.diagnostics.length).toBeGreaterThan(2);
		expect(parallel).toEqual(sequential);
	});

	it('reads and validates with workers started before the files are read', async () => {
		const dir = join(await mkdtemp(join(tmpdir(), 'kam-gen-')), 'content');
		await writeGeneratedContent(dir, { count: 450, seed: 8 });
		expect(await readAndValidateContent(dir)).toEqual(validateContent(await readContentDir(dir)));
	});

	it('gives the sequential result for visit reports checked in the workers, broken ones included', async () => {
		const dir = join(await mkdtemp(join(tmpdir(), 'kam-gen-')), 'content');
		await writeGeneratedContent(dir, { count: 450, seed: 9, visitsPerAccount: 2 });
		const folders = await readdir(join(dir, 'visits'));
		// Broken reports on both workers' shares: bad YAML, a schema error, a date that disagrees with the name, a stray file.
		await writeFile(join(dir, 'visits', folders[0]!, '2026-01-05-broken.mdx'), '---\ndate: 2026-01-05\ntype: [visit\n---\n');
		await writeFile(join(dir, 'visits', folders[0]!, '2026-01-06-no-purpose.mdx'), '---\ndate: 2026-01-06\ntype: call\nstatus: planned\n---\n');
		await writeFile(join(dir, 'visits', folders[1]!, '2026-01-07-wrong-date.mdx'), '---\ndate: 2026-01-08\ntype: call\nstatus: planned\npurpose: Check\n---\n');
		await mkdir(join(dir, 'visits', 'no-such-plan'));
		await writeFile(join(dir, 'visits', 'no-such-plan', 'notes.txt'), 'stray');
		const parallel = await readAndValidateContent(dir);
		const sequential = validateContent(await readContentDir(dir));
		expect(parallel.visits.length).toBeGreaterThan(100);
		expect(parallel.diagnostics.filter((d) => d.file.startsWith('visits/')).length).toBeGreaterThanOrEqual(4);
		expect(parallel).toEqual(sequential);
	});

	it('starts no workers for a small portfolio or a single core', () => {
		expect(startPlanCheckers(399, { threads: 2 })).toBeUndefined();
		expect(startPlanCheckers(5000, { threads: 1 })).toBeUndefined();
	});

	it('starts workers from the threshold it is given (the build leaves a core to Astro)', () => {
		const checkers = startPlanCheckers(1000, { threads: 2, parallelFrom: 1000 });
		expect(checkers).toBeDefined();
		checkers!.stop();
		expect(startPlanCheckers(999, { threads: 2, parallelFrom: 1000 })).toBeUndefined();
	});

	it('lets the process exit when started workers are never used', async () => {
		const { runNode } = await import('../helpers/build-site.ts');
		const script = `import { startPlanCheckers } from './src/node/validate-parallel.ts'; startPlanCheckers(1000, { threads: 2 }); console.log('done');`;
		const outcome = await runNode(['--input-type=module', '-e', script]);
		expect(outcome).toMatchObject({ code: 0, stdout: 'done\n' });
	});
});
