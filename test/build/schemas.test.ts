import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { jsonSchemaText, SCHEMA_FILE_NAMES } from '../../src/lib/json-schema.ts';
import { runNode } from '../helpers/build-site.ts';

/** The JSON Schemas for editors: served by the site under /schemas/ and written by `npm run schema`, the same text. */
describe('JSON Schemas for editors', () => {
	it.each(SCHEMA_FILE_NAMES)('the built site serves /schemas/%s', async (name) => {
		expect(await readFile(join(inject('sampleSiteDir'), 'schemas', name), 'utf8')).toBe(jsonSchemaText(name));
	});

	it('npm run schema writes them into a folder', async () => {
		const out = await mkdtemp(join(tmpdir(), 'kam-schemas-'));
		const result = await runNode(['src/cli/schema.ts', '--out', out]);
		expect(result.code).toBe(0);
		for (const name of SCHEMA_FILE_NAMES) expect(await readFile(join(out, name), 'utf8')).toBe(jsonSchemaText(name));
	});
});
