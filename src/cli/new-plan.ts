#!/usr/bin/env node
/**
 * `npm run new-plan`: starts a plan from the standard template. Asks for what
 * is missing on a terminal; with every flag given, or without a terminal, it
 * asks nothing and fails on what is missing.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { CATEGORIES, TIERS } from '../../schemas/enums.ts';
import { asOfFromEnv } from '../node/as-of.ts';
import { contentDirFromEnv, readContentDir } from '../node/read-content-dir.ts';
import { validateContent } from '../lib/content/validate.ts';
import { checkAnswers, type Field, FIELDS, interview, type InterviewContext, planFolders, slugWarning } from '../lib/authoring/new-plan.ts';
import { planTemplate } from '../lib/authoring/template.ts';
import { planIndex } from '../lint/lint-plans.ts';
import { formatPretty, coloursFor } from '../lib/format-diagnostics.ts';
import { parseCommandLine } from './args.ts';

const HELP = `Usage: npm run new-plan -- [--name <customer name>] [--slug <slug>] [--tier <tier>]
                            [--category <category>] [--owner <person id>] [--sponsor <person id>]
                            [--dir accounts/<folder>] [--application]

Writes accounts/<slug>.mdx (or accounts/<folder>/<slug>.mdx) in the content
directory ($KAM_CONTENT, else ./content) from the standard template: the
frontmatter a plan of that tier needs, with placeholder figures, and the
policy's parts, each with a prompt saying what it should contain. Headings are
Chinese when the name is. Never overwrites: a slug already used anywhere under
accounts/ is refused. A slug that is a tier or category word (\`major\`, \`key\`)
is warned about.
On a terminal it asks for whatever is not given: the slug is suggested from the
name (in pinyin for a Chinese name), and the folder is chosen from those under
accounts/ (unless --dir is given). With all flags, or when input is not a
terminal, it asks nothing.
  --tier      ${TIERS.join(' | ')}
  --category  ${CATEGORIES.join(' | ')}
  --sponsor   executive sponsor of a major account (default: the owner)
  --dir       a folder under accounts/ to group plans, e.g. accounts/east-china
  --application  start an application to develop the customer as a key account
              (开发申请), by the owner, dated the as-of date (asked for a target account)
Exit status: 0 written, 1 refused (invalid or existing), 2 usage.`;

interface Flags {
	values: Partial<Record<Field, string>>;
	dir?: string;
	help: boolean;
	/** --application; undefined when not given (then a terminal asks for a target account). */
	application?: boolean;
}

function parseFlags(argv: readonly string[]): Flags {
	const valueFields: readonly Field[] = [...FIELDS, 'sponsor'];
	// Object.fromEntries forgets the keys; they are the fields and `dir`, each a string option.
	const options = Object.fromEntries([...valueFields, 'dir'].map((name) => [name, { type: 'string' }])) as Record<Field | 'dir', { type: 'string' }>;
	const { values } = parseCommandLine(argv, { ...options, application: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
	const flags: Flags = { values: {}, help: values.help === true };
	if (values.application === true) flags.application = true;
	for (const field of valueFields) if (typeof values[field] === 'string') flags.values[field] = values[field];
	if (typeof values.dir === 'string') flags.dir = values.dir;
	return flags;
}

/** The folder for the plan: `accounts/` or a folder below it, never outside. */
function targetFolder(contentDir: string, dir: string | undefined): string {
	const accounts = join(contentDir, 'accounts');
	if (!dir) return accounts;
	const normal = dir.split(/[\\/]+/).filter((part) => part !== '' && part !== '.');
	const below = normal[0] === 'accounts' ? normal.slice(1) : normal;
	const folder = resolve(accounts, ...below);
	if (below.includes('..') || !(folder === accounts || folder.startsWith(accounts + sep))) {
		throw new Error(`--dir must be a folder under accounts/ (like accounts/east-china); found \`${dir}\``);
	}
	return folder;
}

/** The questions, on the terminal. */
async function ask(values: Partial<Record<Field, string>>, dir: string | undefined, context: InterviewContext, flags: Flags) {
	const rl = createInterface({ input: process.stdin, output: process.stdout });
	try {
		const asked = await interview(values, dir, context, { question: (text) => rl.question(text), say: (text) => console.log(text) });
		if (flags.application === undefined && asked.values.category === 'target' && asked.values.owner) {
			flags.application = /^y/i.test((await rl.question('Start an application to develop it as a key account (开发申请)? [y/N]: ')).trim());
		}
		return asked;
	} finally {
		rl.close();
	}
}

async function main(): Promise<number> {
	let flags: Flags;
	try {
		flags = parseFlags(process.argv.slice(2));
	} catch (error) {
		console.error((error as Error).message);
		return 2;
	}
	if (flags.help) {
		console.log(HELP);
		return 0;
	}
	const contentDir = contentDirFromEnv();
	let snapshot;
	try {
		targetFolder(contentDir, flags.dir);
		snapshot = await readContentDir(contentDir);
	} catch (error) {
		console.error((error as Error).message);
		return 2;
	}
	const { policy, people } = validateContent(snapshot);
	const context: InterviewContext = {
		personIds: new Set(people.map((p) => p.id)),
		existing: planIndex(snapshot),
		folders: planFolders(snapshot.accounts.map((file) => file.path)),
	};

	const complete = FIELDS.every((field) => flags.values[field] !== undefined || (field === 'owner' && flags.values.tier === 'mass-market'));
	let dir = flags.dir;
	// A slug given as a flag is not asked about again: a tier or category word is only warned about.
	const slugFlag = flags.values.slug;
	if (!complete && process.stdin.isTTY) {
		try {
			const asked = await ask(flags.values, flags.dir, context, flags);
			flags.values = asked.values;
			dir ??= asked.folder;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ABORT_ERR') throw error;
			console.error('\nCancelled: no plan written.');
			return 1;
		}
	}
	if (flags.values.owner === '') delete flags.values.owner;
	const { answers, problems } = checkAnswers(flags.values, context);
	if (!answers) {
		console.error(`No plan written:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		if (!process.stdin.isTTY && !complete) console.error('(input is not a terminal, so nothing was asked: pass every value as a flag; see --help)');
		return 1;
	}
	const warning = slugFlag !== undefined ? slugWarning(slugFlag) : undefined;
	if (warning) console.error(`Warning: ${warning}`);
	const folder = targetFolder(contentDir, dir);

	const asOf = asOfFromEnv();
	const year = Number(asOf.slice(0, 4));
	if (flags.application) {
		if (!answers.owner) {
			console.error('No plan written:\n  - --application needs an owner: the applicant is the account manager who owns the plan');
			return 1;
		}
		answers.application = { by: answers.owner, proposed: asOf };
	}
	const path = join(folder, `${answers.slug}.mdx`);
	const shown = relative(process.cwd(), path);
	await mkdir(dirname(path), { recursive: true });
	try {
		await writeFile(path, planTemplate(answers, policy, year), { flag: 'wx' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		console.error(`No plan written: \`${shown}\` already exists`);
		return 1;
	}

	const file = relative(contentDir, path).split(sep).join('/');
	const problemsOfNewPlan = validateContent(await readContentDir(contentDir)).diagnostics.filter((d) => d.file === file);
	console.log(`Wrote ${shown}`);
	if (problemsOfNewPlan.length > 0) console.log(formatPretty(problemsOfNewPlan, coloursFor(Boolean(process.stdout.isTTY), process.env), file));
	console.log(`Next: replace the placeholder figures, write each part in place of its prompt, then run \`npm run check-plan -- ${shown}\`.`);
	return 0;
}

process.exitCode = await main();
