/**
 * The layers point one way: src/data (what Astro's pages load) never imports
 * the CLI, and the Astro config never loads src/view (through the cache keys,
 * it once did). src/lib's own rule is in test/lib/purity.test.ts.
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build-site.ts';
import { importClosure, localImports, sourceFiles } from '../helpers/imports.ts';

const inside = (folder: string) => (file: string) => relative(PROJECT_ROOT, file).startsWith(`${folder}/`);

describe('layers', () => {
	it('src/data imports nothing from src/cli', () => {
		const arrows = sourceFiles(join(PROJECT_ROOT, 'src/data')).flatMap((file) =>
			localImports(file)
				.filter(inside('src/cli'))
				.map((target) => `${relative(PROJECT_ROOT, file)} -> ${relative(PROJECT_ROOT, target)}`),
		);
		expect(arrows).toEqual([]);
	});

	it('the Astro config loads nothing from src/view, src/cli or src/lib/engine', () => {
		const reached = [...importClosure(join(PROJECT_ROOT, 'astro.config.mjs'))].map((file) => relative(PROJECT_ROOT, file));
		expect(reached.length).toBeGreaterThan(1);
		expect(reached.filter((file) => /^src\/(view|cli|lib\/engine)\//.test(file))).toEqual([]);
	});

	it('the build orchestration lives in src/build', () => {
		const build = sourceFiles(join(PROJECT_ROOT, 'src/build')).map((file) => relative(PROJECT_ROOT, file));
		expect(build).toEqual(expect.arrayContaining(['src/build/build.ts', 'src/build/astro-build.ts', 'src/build/work-dir.ts', 'src/build/handover.ts', 'src/build/pagefind.ts']));
	});
});
