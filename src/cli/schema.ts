#!/usr/bin/env node
/**
 * `npm run schema`: writes the JSON Schemas of plan frontmatter, people.yaml,
 * policy.yaml and visit reports into schemas/json/ (or `--out <dir>`) for editors. Generated from
 * the zod schemas on demand and not committed, so they never drift from them;
 * the built site serves the same files under /schemas/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaText, SCHEMA_FILE_NAMES } from '../lib/json-schema.ts';
import { parseCommandLine } from './args.ts';

const projectRoot = resolve(fileURLToPath(import.meta.url), '../../..');

async function main(argv: readonly string[]): Promise<number> {
	let values;
	try {
		({ values } = parseCommandLine(argv, { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, { hint: 'usage: npm run schema -- [--out <dir>]' }));
	} catch (error) {
		console.error((error as Error).message);
		return 2;
	}
	if (values.help === true) {
		console.log('Usage: npm run schema -- [--out <dir>]   (default: schemas/json/)');
		return 0;
	}
	const out = resolve(typeof values.out === 'string' ? values.out : join(projectRoot, 'schemas/json'));
	await mkdir(out, { recursive: true });
	for (const name of SCHEMA_FILE_NAMES) {
		await writeFile(join(out, name), jsonSchemaText(name));
		console.log(`wrote ${relative(process.cwd(), join(out, name)) || name}`);
	}
	return 0;
}

process.exitCode = await main(process.argv.slice(2));
