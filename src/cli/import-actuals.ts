#!/usr/bin/env node
/**
 * `npm run import-actuals -- <file.csv> [--dry-run]`: writes yearly actuals
 * from a finance export into the plans' `financials`. The work is done by
 * src/lib/authoring/import-actuals.ts; this file reads and writes.
 *
 * The CSV is streamed into the reader, so time is linear and memory bounded
 * in the file's size: only rows of known plans are kept, and reading stops
 * after 100 problems. The summary is always the last line, and every line is
 * written out (awaited) before the process ends, also into a pipe.
 */
import { createReadStream } from 'node:fs';
import { rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ActualsReader, finishImport, formatChanges, MAX_REPORTED_PROBLEMS, planFilesBySlug } from '../lib/authoring/import-actuals.ts';
import { parseCommandLine } from './args.ts';
import { contentDirFromEnv, readContentDir } from '../node/read-content-dir.ts';

const HELP = `Usage: npm run import-actuals -- <file.csv> [--dry-run] [content-dir]

Reads a CSV file with a header row \`slug,year,revenue\` and optionally
\`contribution\` and \`cost\` (UTF-8 with or without BOM, any line ends, quoted
fields), and sets each row's year in that plan's \`financials\`: the entry is
changed in place, or added in year order in the style of its neighbours. Every
other byte of the plan stays as it was.
Nothing is written unless every row is valid and every changed plan still
validates. Reading stops after ${MAX_REPORTED_PROBLEMS} problems. Rows that are not plausible
(contribution or cost above revenue, a year's revenue falling by more than 90 %)
are written, with a warning. --dry-run only prints what would change.
The content directory defaults to $KAM_CONTENT, else ./content.
Exit status: 0 written (or nothing to do), 1 refused, 2 usage.`;

function parseArgs(argv: readonly string[]) {
	const { values, positionals } = parseCommandLine(argv, { 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, { maxPositionals: 2 });
	return { csv: positionals[0], dir: positionals[1], dryRun: values['dry-run'] === true, help: values.help === true };
}

/** Writes text and waits until the stream has taken it, so nothing is lost when the process ends (a pipe, a slow reader). */
function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
	return new Promise((resolve, reject) => stream.write(text, (error) => (error ? reject(error) : resolve())));
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

async function main(): Promise<number> {
	let args: ReturnType<typeof parseArgs>;
	try {
		args = parseArgs(process.argv.slice(2));
	} catch (error) {
		await write(process.stderr, `${(error as Error).message}\n`);
		return 2;
	}
	if (args.help || args.csv === undefined) {
		await write(args.help ? process.stdout : process.stderr, `${HELP}\n`);
		return args.help ? 0 : 2;
	}
	const dir = args.dir ?? contentDirFromEnv();
	const csvPath = args.csv;
	const readable = await stat(csvPath).then((info) => info.isFile(), () => false);
	if (!readable) {
		await write(process.stderr, `cannot read \`${csvPath}\`: no such file\n`);
		return 2;
	}
	const snapshot = await readContentDir(dir);
	const reader = new ActualsReader(new Set(planFilesBySlug(snapshot).keys()));
	const decoder = new TextDecoder('utf-8');
	const stream = createReadStream(csvPath, { highWaterMark: 1 << 20 });
	try {
		for await (const chunk of stream) {
			reader.push(decoder.decode(chunk as Buffer, { stream: true }));
			if (reader.stopped) break;
		}
		if (!reader.stopped) reader.push(decoder.decode());
	} catch (error) {
		await write(process.stderr, `cannot read \`${csvPath}\`: ${(error as Error).message}\n`);
		return 2;
	} finally {
		stream.destroy();
	}
	reader.end();
	const result = finishImport(reader, snapshot);
	const at = (line: number | undefined) => `${csvPath}${line !== undefined ? `:${line}` : ''}`;

	if (result.warnings.length > 0) {
		const lines = result.warnings.map((w) => `${at(w.line)}  warning  ${w.message}\n`).join('');
		const more = result.moreWarnings > 0 ? `(${plural(result.moreWarnings, 'more warning')} not listed)\n` : '';
		await write(process.stderr, lines + more);
	}
	const warned = result.warnings.length + result.moreWarnings;
	const warningNote = warned > 0 ? `, ${plural(warned, 'warning')} (above)` : '';
	if (result.problems.length > 0) {
		const lines = result.problems.map((p) => `${at(p.line)}  error  ${p.message}\n`).join('');
		const stopped = result.stoppedAtLine !== undefined ? `; stopped reading at line ${result.stoppedAtLine} after the first ${MAX_REPORTED_PROBLEMS}, so fix these (often one cause: the columns, the slugs) and run it again` : '';
		await write(process.stderr, `${lines}\n${plural(result.problems.length, 'problem')}${stopped}${warningNote}; nothing was written.\n`);
		return 1;
	}
	await write(process.stdout, `${formatChanges(result.changes)}\n`);
	if (args.dryRun) {
		await write(process.stdout, `\n--dry-run: ${plural(result.files.length, 'plan file')} would change${warningNote}; nothing was written.\n`);
		return 0;
	}
	// Every file is written beside its target first, then moved into place.
	for (const file of result.files) await writeFile(join(dir, `${file.path}.import-tmp`), file.text);
	for (const file of result.files) await rename(join(dir, `${file.path}.import-tmp`), join(dir, file.path));
	await write(process.stdout, `\n${plural(result.files.length, 'plan file')} updated${warningNote}. Review with \`git diff\` and open a pull request.\n`);
	return 0;
}

process.exitCode = await main();
