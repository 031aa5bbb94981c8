/**
 * src/lib is pure: texts and data in, data out. File, process and thread I/O
 * lives in src/node; this test fails when src/lib reaches for it.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build-site.ts';
import { importSpecifiers, sourceFiles } from '../helpers/imports.ts';

/** Node modules that do I/O, with or without the `node:` prefix. */
const IO_MODULES = ['fs', 'fs/promises', 'child_process', 'worker_threads'];
/** Layers src/lib must not depend on: I/O, the site's data, the CLI, Astro's virtual modules. */
const OUTER_LAYERS = [/(^|\/)src\/node\//, /(^|\/)src\/data\//, /(^|\/)src\/cli\//, /^astro:/];

/** Why a specifier is not allowed in src/lib, or undefined when it is. */
function forbiddenInLib(specifier: string, fromFile: string): string | undefined {
	const bare = specifier.replace(/^node:/, '');
	if (IO_MODULES.includes(bare)) return `imports \`${specifier}\` (I/O belongs in src/node)`;
	const target = specifier.startsWith('.') ? relative(PROJECT_ROOT, join(fromFile, '..', specifier)) : specifier;
	if (OUTER_LAYERS.some((layer) => layer.test(target))) return `imports \`${specifier}\` (src/lib must not depend on an outer layer)`;
	return undefined;
}

describe('src/lib is pure', () => {
	it.each([
		["import { readFile } from 'node:fs/promises';", 'node:fs/promises'],
		["import { readFileSync } from 'fs';", 'fs'],
		["import { spawn } from 'child_process';", 'child_process'],
		["const { Worker } = await import('node:worker_threads');", 'node:worker_threads'],
		["export { x } from 'worker_threads';", 'worker_threads'],
		["const fs = require('fs/promises');", 'fs/promises'],
	])('the check catches %s', (source, specifier) => {
		const [found] = importSpecifiers(source);
		expect(found?.specifier).toBe(specifier);
		expect(forbiddenInLib(specifier, join(PROJECT_ROOT, 'src/lib/x.ts'))).toContain(specifier);
	});

	it('the check lets pure imports through', () => {
		const file = join(PROJECT_ROOT, 'src/lib/engine/x.ts');
		expect(forbiddenInLib('zod', file)).toBeUndefined();
		expect(forbiddenInLib('../../../schemas/plan.ts', file)).toBeUndefined();
		expect(forbiddenInLib('./dates.ts', file)).toBeUndefined();
		expect(forbiddenInLib('../../node/git-history.ts', file)).toContain('outer layer');
	});

	it('no module in src/lib imports file, process or thread I/O, or an outer layer', () => {
		const files = sourceFiles(join(PROJECT_ROOT, 'src/lib'));
		expect(files.length).toBeGreaterThan(10);
		const problems = files.flatMap((file) =>
			importSpecifiers(readFileSync(file, 'utf8')).flatMap(({ specifier, line }) => {
				const why = forbiddenInLib(specifier, file);
				return why ? [`${relative(PROJECT_ROOT, file)}:${line} ${why}`] : [];
			}),
		);
		expect(problems).toEqual([]);
	});
});
