#!/usr/bin/env node
/**
 * `npm run lint:workflows`: checks .github/workflows/*.yml against GitHub's
 * workflow schema with action-validator (from npm), and that every glob in
 * them matches a file. Exit 1 on any problem.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ValidationError, validateWorkflow } from '@action-validator/core';

const projectRoot = resolve(fileURLToPath(import.meta.url), '../../..');

/** The leaves of action-validator's error tree ("one of" errors nest the reasons of each branch). */
function leaves(errors: readonly ValidationError[]): string[] {
	return errors.flatMap((error) => {
		const states = 'states' in error ? error.states : undefined;
		if (states && states.length > 0) return leaves(states.flatMap((state) => state.errors));
		const where = 'path' in error ? error.path : 'location' in error && error.location ? `line ${error.location.line}:${error.location.column}` : '';
		return [`${where ? `${where}: ` : ''}${error.title}${error.detail ? ` (${error.detail})` : ''}`];
	});
}

async function main(argv: readonly string[]): Promise<number> {
	const dir = join(projectRoot, '.github/workflows');
	const files = argv.length > 0 ? argv.map((f) => resolve(f)) : (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(dir, f));
	if (files.length === 0) {
		console.error(`no workflow files in ${relative(process.cwd(), dir)}`);
		return 1;
	}
	let problems = 0;
	// Globs in workflows (`paths:`, `hashFiles`) are checked against files relative to the working directory.
	process.chdir(projectRoot);
	for (const file of files) {
		const shown = relative(projectRoot, file);
		const messages = [...new Set(leaves(validateWorkflow(await readFile(file, 'utf8')).errors))];
		for (const message of messages) console.log(`${shown}  error  ${message}`);
		problems += messages.length;
		if (messages.length === 0) console.log(`${shown}  ok`);
	}
	return problems > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
