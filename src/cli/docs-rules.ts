#!/usr/bin/env node
/**
 * `npm run docs:rules`: writes the README's rules reference from the rule
 * registry (src/lib/rules.ts), between its two markers. `--check` only says
 * whether the README is up to date (exit 1 when not).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withRulesReference } from '../lib/rules-doc.ts';

const README = resolve(fileURLToPath(import.meta.url), '../../../README.md');

async function main(argv: readonly string[]): Promise<number> {
	const check = argv.includes('--check');
	const stray = argv.filter((arg) => arg !== '--check');
	if (stray.length > 0) {
		console.error(`unexpected argument \`${stray[0]}\`; usage: npm run docs:rules -- [--check]`);
		return 2;
	}
	const readme = await readFile(README, 'utf8');
	let next: string;
	try {
		next = withRulesReference(readme);
	} catch (error) {
		console.error((error as Error).message);
		return 1;
	}
	if (next === readme) {
		console.log('README.md: the rules reference is up to date');
		return 0;
	}
	if (check) {
		console.error('README.md: the rules reference is out of date; run `npm run docs:rules`');
		return 1;
	}
	await writeFile(README, next);
	console.log('README.md: wrote the rules reference');
	return 0;
}

process.exitCode = await main(process.argv.slice(2));
