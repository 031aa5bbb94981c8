import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { copySampleContent } from '../helpers/content-fixture.ts';

const CHILD = 'accounts/east-china/huajian-road-bridge.mdx';
const PARENT_PAGE = 'accounts/huajian-construction-group/index.html';
const CHILD_PAGE = 'accounts/huajian-road-bridge/index.html';
const UNRELATED_PAGE = 'accounts/summit-live-events/index.html';

describe('incremental build', () => {
	it('re-renders what a changed plan touches and keeps the rest as it was', async () => {
		const contentDir = await copySampleContent();
		const first = await buildSite({ contentDir });
		expect(first.code, first.stderr).toBe(0);
		const read = (page: string) => readFile(join(first.outDir, page), 'utf8');
		const unrelatedBefore = await read(UNRELATED_PAGE);

		const planPath = join(contentDir, CHILD);
		const text = await readFile(planPath, 'utf8');
		await writeFile(planPath, text.replace(/^name: .*$/m, 'name: 华建路桥 Renamed Subsidiary'));
		const second = await buildSite({ contentDir, outDir: first.outDir });
		expect(second.code, second.stderr).toBe(0);

		expect(await read(CHILD_PAGE)).toContain('华建路桥 Renamed Subsidiary');
		// The parent lists its subsidiaries by name, so it must not be served from the cache.
		expect(await read(PARENT_PAGE)).toContain('华建路桥 Renamed Subsidiary');
		expect(await read(UNRELATED_PAGE)).toBe(unrelatedBefore);
	});

	it('re-renders every page that names a person whose name changed', async () => {
		const contentDir = await copySampleContent();
		const first = await buildSite({ contentDir });
		expect(first.code, first.stderr).toBe(0);
		const peoplePath = join(contentDir, 'people.yaml');
		const people = await readFile(peoplePath, 'utf8');
		await writeFile(peoplePath, people.replace(/^(\s*name:\s*)李伟\s*$/m, '$1李伟 (Renamed)'));
		expect(await readFile(peoplePath, 'utf8')).toContain('李伟 (Renamed)');
		const second = await buildSite({ contentDir, outDir: first.outDir });
		expect(second.code, second.stderr).toBe(0);
		expect(await readFile(join(first.outDir, CHILD_PAGE), 'utf8')).toContain('李伟 (Renamed)');
	});
});
