#!/usr/bin/env node
/**
 * `npm run schema`: writes the JSON Schemas of plan frontmatter, people.yaml and
 * policy.yaml into schemas/json/ (or `--out <dir>`) for editors. Generated from
 * the zod schemas on demand and not committed, so they never drift from them;
 * the built site serves the same files under /schemas/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaText, SCHEMA_FILE_NAMES } from '../lib/json-schema.ts';

const projectRoot = resolve(fileURLToPath(import.meta.url), '../../..');

async function main(argv: readonly string[]): Promise<number> {
	if (argv[0] === '--help' || argv[0] === '-h') {
		console.log('Usage: npm run schema -- [--out <dir>]   (default: schemas/json/)');
		return 0;
	}
	if (argv.length > 0 && (argv[0] !== '--out' || argv.length !== 2)) {
		console.error(`unknown arguments \`${argv.join(' ')}\`; usage: npm run schema -- [--out <dir>]`);
		return 2;
	}
	const out = resolve(argv[1] ?? join(projectRoot, 'schemas/json'));
	await mkdir(out, { recursive: true });
	for (const name of SCHEMA_FILE_NAMES) {
		await writeFile(join(out, name), jsonSchemaText(name));
		console.log(`wrote ${relative(process.cwd(), join(out, name)) || name}`);
	}
	return 0;
}

process.exitCode = await main(process.argv.slice(2));
