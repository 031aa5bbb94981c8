#!/usr/bin/env node
/**
 * `npm run codeowners -- [--check] [file]`: writes the content repository's
 * CODEOWNERS (default `.github/CODEOWNERS` at its root) from the plans: each
 * plan of a sign-off tier and its visit folder, owned by the plan's owner and
 * its required signers. `--check` writes nothing and exits 1 when the file is
 * out of date.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../lib/diagnostics.ts';
import { buildCodeowners } from '../lib/sign-off/codeowners.ts';
import { contentDirFromEnv } from '../node/content-dir.ts';
import { contentRepo, type ContentRepo } from '../node/git-content.ts';
import { readPlanFacts } from '../node/plan-facts.ts';
import { commandLine } from './args.ts';

const HELP = `Usage: npm run codeowners -- [--check] [file]

Writes CODEOWNERS for the content directory ($KAM_CONTENT, else ./content):
one line per plan of a sign-off tier (policy.yaml signOff) and per visit
folder, owned by the plan's owner and its required signers (their github
logins in people.yaml). The default file is .github/CODEOWNERS at the root of
the content directory's Git repository.

  --check   write nothing; exit 1 when the file is missing or out of date

Exit status: 0 written (or up to date), 1 out of date or too large, 2 usage.`;

async function run(check: boolean, fileArg: string | undefined): Promise<number> {
	const dir = contentDirFromEnv();
	let repo: ContentRepo;
	try {
		repo = contentRepo(dir);
	} catch {
		console.error(`codeowners: \`${dir}\` is not in a Git repository; its paths are written from the content directory itself`);
		repo = { root: dir, prefix: '' };
	}
	const diagnostics: Diagnostic[] = [];
	const { plans, organisation } = await readPlanFacts(dir, diagnostics);
	for (const d of diagnostics) console.error(`${d.severity}: ${d.file}${d.line ? `:${d.line}` : ''} ${d.field}: ${d.message}`);
	const result = buildCodeowners(plans, organisation, repo.prefix);
	for (const warning of result.warnings) console.error(`warning: ${warning}`);
	if (result.error) {
		console.error(`error: ${result.error}`);
		return 1;
	}
	const file = fileArg === undefined ? join(repo.root, '.github', 'CODEOWNERS') : resolve(fileArg);
	const shown = relative(process.cwd(), file) || file;
	let current: string | undefined;
	try {
		current = readFileSync(file, 'utf8');
	} catch {
		current = undefined;
	}
	if (check) {
		if (current === result.text) {
			console.log(`${shown} is up to date (${result.lines} paths)`);
			return 0;
		}
		console.error(`${shown} is ${current === undefined ? 'missing' : 'out of date'}: run \`npm run codeowners\` and commit the file, so GitHub asks the right people for a review`);
		return 1;
	}
	if (current === result.text) {
		console.log(`${shown} is up to date (${result.lines} paths)`);
		return 0;
	}
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, result.text);
	console.log(`wrote ${shown} (${result.lines} paths)`);
	return 0;
}

async function main(): Promise<number> {
	const line = commandLine(process.argv.slice(2), { check: { type: 'boolean' } }, HELP, { maxPositionals: 1 });
	if ('exitCode' in line) return line.exitCode;
	return run(line.values.check === true, line.positionals[0]);
}

process.exitCode = await main().catch((error: Error) => {
	console.error(`codeowners: ${error.message}`);
	return 2;
});
