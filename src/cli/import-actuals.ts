#!/usr/bin/env node
/**
 * `npm run import-actuals -- <file.csv> [--dry-run]`: writes yearly actuals
 * from a finance export into the plans' `financials`. The work is done by
 * src/lib/authoring/import-actuals.ts; this file reads and writes.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatChanges, importActuals } from '../lib/authoring/import-actuals.ts';
import { parseCommandLine } from './args.ts';
import { contentDirFromEnv, readContentDir } from '../node/read-content-dir.ts';

const HELP = `Usage: npm run import-actuals -- <file.csv> [--dry-run] [content-dir]

Reads a CSV file with a header row \`slug,year,revenue\` and optionally
\`contribution\` and \`cost\` (UTF-8 with or without BOM, any line ends, quoted
fields), and sets each row's year in that plan's \`financials\`: the entry is
changed in place, or added in year order in the style of its neighbours. Every
other byte of the plan stays as it was.
Nothing is written unless every row is valid and every changed plan still
validates. --dry-run only prints what would change.
The content directory defaults to $KAM_CONTENT, else ./content.
Exit status: 0 written (or nothing to do), 1 refused, 2 usage.`;

function parseArgs(argv: readonly string[]) {
	const { values, positionals } = parseCommandLine(argv, { 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, { maxPositionals: 2 });
	return { csv: positionals[0], dir: positionals[1], dryRun: values['dry-run'] === true, help: values.help === true };
}

async function main(): Promise<number> {
	let args: ReturnType<typeof parseArgs>;
	try {
		args = parseArgs(process.argv.slice(2));
	} catch (error) {
		console.error((error as Error).message);
		return 2;
	}
	if (args.help || args.csv === undefined) {
		(args.help ? console.log : console.error)(HELP);
		return args.help ? 0 : 2;
	}
	const dir = args.dir ?? contentDirFromEnv();
	let csvText: string;
	try {
		csvText = await readFile(args.csv, 'utf8');
	} catch (error) {
		console.error(`cannot read \`${args.csv}\`: ${(error as Error).message}`);
		return 2;
	}
	const snapshot = await readContentDir(dir);
	const result = importActuals(csvText, snapshot);
	if (result.problems.length > 0) {
		for (const problem of result.problems) console.error(`${args.csv}${problem.line !== undefined ? `:${problem.line}` : ''}  error  ${problem.message}`);
		console.error(`\n${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}; nothing was written.`);
		return 1;
	}
	console.log(formatChanges(result.changes));
	if (args.dryRun) {
		console.log(`\n--dry-run: ${result.files.length} plan file${result.files.length === 1 ? '' : 's'} would change; nothing was written.`);
		return 0;
	}
	// Every file is written beside its target first, then moved into place.
	for (const file of result.files) await writeFile(join(dir, `${file.path}.import-tmp`), file.text);
	for (const file of result.files) await rename(join(dir, `${file.path}.import-tmp`), join(dir, file.path));
	console.log(`\n${result.files.length} plan file${result.files.length === 1 ? '' : 's'} updated. Review with \`git diff\` and open a pull request.`);
	return 0;
}

process.exitCode = await main();
