#!/usr/bin/env node
/**
 * `npm run check-plan -- content/accounts/acme.mdx`: validate and lint, showing
 * one plan's problems only. The whole content directory is still read, because
 * some rules span files (people ids, parents, duplicate slugs, links).
 */
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseCheckArgs } from './args.ts';
import { combined, contentDirOf, contentPrefix, failed, formatGroups, lint, readAndValidate } from './checks.ts';

const HELP = `Usage: npm run check-plan -- [--format pretty|github|json] [--strict] <plan.mdx>

Validates and lints the content directory the plan belongs to (the folder that
holds its accounts/ folder) and prints only this plan's problems.
Exit status: 0 the plan is clean, 1 it has errors (or warnings with --strict), 2 usage.`;

async function main(): Promise<number> {
	let args;
	try {
		args = parseCheckArgs(process.argv.slice(2));
	} catch (error) {
		console.error((error as Error).message);
		return 2;
	}
	if (args.help || !args.dir) {
		console.log(HELP);
		return args.help ? 0 : 2;
	}
	const planPath = resolve(args.dir);
	const dir = contentDirOf(planPath);
	if (!existsSync(planPath) || !dir) {
		console.error(`\`${args.dir}\` is not a plan file: give the path of a plan under a content directory's accounts/ folder, like content/accounts/acme.mdx`);
		return 2;
	}
	const file = relative(dir, planPath).split(sep).join('/');
	const content = await readAndValidate(dir);
	const linted = await lint(content, { sources: false });
	const all = combined(content.validation.diagnostics, linted.plans);
	const mine = all.filter((d) => d.file === file);
	const output = formatGroups(args.format, [{ diagnostics: mine, prefix: contentPrefix(dir) }], { summaryOf: file, extra: { contentDir: dir, plan: file } });
	if (output) console.log(output);
	const others = new Set(all.filter((d) => d.file !== file).map((d) => d.file)).size;
	if (args.format === 'pretty' && others > 0) console.log(`(${others} other file${others === 1 ? ' has' : 's have'} problems too; \`npm run check\` lists them)`);
	return failed(mine, args.strict) ? 1 : 0;
}

process.exitCode = await main();
