import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeGeneratedContent } from '../../../bench/generate.ts';
import { validateContentInParallel } from '../../../src/lib/content/parallel.ts';
import { readContentDir } from '../../../src/lib/content/read-dir.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';

describe('validateContentInParallel', () => {
	it('gives exactly the result of the sequential validator', async () => {
		const dir = join(await mkdtemp(join(tmpdir(), 'kam-gen-')), 'content');
		await writeGeneratedContent(dir, { count: 600, seed: 7 });
		const snapshot = await readContentDir(dir);
		// Break a few plans so diagnostics cross the thread boundary too.
		snapshot.accounts[3]!.bytes = new TextEncoder().encode('---\ntier: gold\n---\n');
		snapshot.accounts[10]!.bytes = new TextEncoder().encode('no frontmatter');
		const sequential = validateContent(snapshot);
		const parallel = await validateContentInParallel(snapshot, 2);
		expect(parallel.diagnostics.length).toBeGreaterThan(2);
		expect(parallel).toEqual(sequential);
	});
});
