/**
 * No circle of imports in src/ and schemas/: a module never reaches itself
 * through its imports (static ones and `import()` of a written-out path,
 * relative paths resolved; type-only imports count too, since they tie the
 * modules' meaning together all the same).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build-site.ts';
import { importCircles, sourceFiles } from '../helpers/imports.ts';

/**
 * Circles known today, each the files it joins (sorted). A new circle fails the
 * test; so does a known one that is gone, so that it leaves this list.
 */
const KNOWN_CIRCLES: string[][] = [];

const circles = importCircles([...sourceFiles(join(PROJECT_ROOT, 'src')), ...sourceFiles(join(PROJECT_ROOT, 'schemas'))], PROJECT_ROOT);

describe('import circles in src/ and schemas/', () => {
	it('there is none but the known ones', () => {
		expect(circles.filter((circle) => !KNOWN_CIRCLES.some((known) => known.join() === circle.join()))).toEqual([]);
	});

	it('every known circle is still there (remove it from the list once it is gone)', () => {
		expect(KNOWN_CIRCLES.filter((known) => !circles.some((circle) => circle.join() === known.join()))).toEqual([]);
	});
});

describe('importCircles', () => {
	it('finds each circle once, with its files, and a file that imports itself', () => {
		const dir = mkdtempSync(join(tmpdir(), 'kam-circles-'));
		const files: Record<string, string> = {
			'a.ts': "import { b } from './b.ts';\nexport const a = b;\n",
			'b.ts': "import type { C } from './c.ts';\nexport const b = 1;\nexport const load = () => import('./a.ts');\n",
			'c.ts': "export type C = number;\nexport { d } from './d.ts';\n",
			'd.ts': "import './c.ts';\nexport const d = 1;\n",
			'e.ts': "import { a } from './a.ts';\nimport { e } from './e.ts';\nexport { a, e };\n",
			'f.ts': "import { readFile } from 'node:fs';\nimport { a } from './a.ts';\nexport { a, readFile };\n",
		};
		for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
		expect(importCircles(Object.keys(files).map((name) => join(dir, name)), dir)).toEqual([['a.ts', 'b.ts'], ['c.ts', 'd.ts'], ['e.ts']]);
	});
});
