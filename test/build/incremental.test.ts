import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { copySampleContent } from '../helpers/content-fixture.ts';

const CHILD = 'accounts/east-china/huajian-road-bridge.mdx';
const PARENT_PAGE = 'accounts/huajian-construction-group/index.html';
const CHILD_PAGE = 'accounts/huajian-road-bridge/index.html';
const UNRELATED_PAGE = 'accounts/summit-live-events/index.html';
const INCREMENTAL = { args: ['--incremental'], env: { KAM_LOG_LEVEL: 'info' } };

/** The routes Astro copied from its cache instead of rendering (its log marks them "restored"). */
const restored = (stdout: string) => [...stdout.matchAll(/(\/\S+) \(restored\)/g)].map((match) => match[1]);

describe('incremental build', () => {
	it('re-renders what a changed plan touches and keeps the rest as it was', async () => {
		const contentDir = await copySampleContent();
		const first = await buildSite({ contentDir, ...INCREMENTAL });
		expect(first.code, first.stderr).toBe(0);
		expect(restored(first.stdout)).toEqual([]);
		const read = (page: string) => readFile(join(first.outDir, page), 'utf8');
		const unrelatedBefore = await read(UNRELATED_PAGE);

		const planPath = join(contentDir, CHILD);
		const text = await readFile(planPath, 'utf8');
		await writeFile(planPath, text.replace(/^name: .*$/m, 'name: 华建路桥 Renamed Subsidiary'));
		const second = await buildSite({ contentDir, outDir: first.outDir, ...INCREMENTAL });
		expect(second.code, second.stderr).toBe(0);
		// Unrelated plans come from the cache; the changed plan and its parent are rendered.
		expect(restored(second.stdout)).toContain(`/${UNRELATED_PAGE}`);
		expect(restored(second.stdout)).not.toContain(`/${CHILD_PAGE}`);
		expect(restored(second.stdout)).not.toContain(`/${PARENT_PAGE}`);

		expect(await read(CHILD_PAGE)).toContain('华建路桥 Renamed Subsidiary');
		// The parent lists its subsidiaries by name, so it must not be served from the cache.
		expect(await read(PARENT_PAGE)).toContain('华建路桥 Renamed Subsidiary');
		expect(await read(UNRELATED_PAGE)).toBe(unrelatedBefore);
	});

	it('re-renders a plan whose body alone changed', async () => {
		const contentDir = await copySampleContent();
		const first = await buildSite({ contentDir, ...INCREMENTAL });
		expect(first.code, first.stderr).toBe(0);
		const planPath = join(contentDir, CHILD);
		await writeFile(planPath, `${await readFile(planPath, 'utf8')}\nA sentence added to the body alone.\n`);
		const second = await buildSite({ contentDir, outDir: first.outDir, ...INCREMENTAL });
		expect(second.code, second.stderr).toBe(0);
		expect(restored(second.stdout)).toContain(`/${UNRELATED_PAGE}`);
		expect(restored(second.stdout)).not.toContain(`/${CHILD_PAGE}`);
		expect(await readFile(join(first.outDir, CHILD_PAGE), 'utf8')).toContain('A sentence added to the body alone.');
	});

	it('re-renders every page that names a person whose name changed', async () => {
		const contentDir = await copySampleContent();
		const first = await buildSite({ contentDir, ...INCREMENTAL });
		expect(first.code, first.stderr).toBe(0);
		const peoplePath = join(contentDir, 'people.yaml');
		const people = await readFile(peoplePath, 'utf8');
		await writeFile(peoplePath, people.replace(/^(\s*name:\s*)李伟\s*$/m, '$1李伟 (Renamed)'));
		expect(await readFile(peoplePath, 'utf8')).toContain('李伟 (Renamed)');
		const second = await buildSite({ contentDir, outDir: first.outDir, ...INCREMENTAL });
		expect(second.code, second.stderr).toBe(0);
		expect(await readFile(join(first.outDir, CHILD_PAGE), 'utf8')).toContain('李伟 (Renamed)');
	});

	it('is off by default: a build without --incremental renders every page', async () => {
		const contentDir = await copySampleContent();
		const first = await buildSite({ contentDir, env: { KAM_LOG_LEVEL: 'info' } });
		expect(first.code, first.stderr).toBe(0);
		const second = await buildSite({ contentDir, outDir: first.outDir, env: { KAM_LOG_LEVEL: 'info' } });
		expect(second.code, second.stderr).toBe(0);
		expect(second.stdout).toContain(`/${UNRELATED_PAGE}`);
		expect(restored(second.stdout)).toEqual([]);
	});
});
