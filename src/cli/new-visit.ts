#!/usr/bin/env node
/**
 * `npm run new-visit -- <plan slug>`: starts a visit report. Lists the plan's
 * contacts to choose from and its open actions; asks for what is missing on a
 * terminal; with every flag given, or without a terminal, it asks nothing and
 * fails on what is missing.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { VISIT_TYPES } from '../../schemas/visit.ts';
import { asOfFromEnv } from '../node/as-of.ts';
import { contentDirFromEnv, readContentDir } from '../node/read-content-dir.ts';
import { validateContent } from '../lib/content/validate.ts';
import { visitFileName, visitFolderOf } from '../lib/content/visits.ts';
import { checkVisitAnswers, type NewVisitAnswers, type VisitAnswerContext, visitAnswerProblem, visitTemplate } from '../lib/authoring/new-visit.ts';
import { isOpen } from '../lib/engine/actions.ts';
import { formatPretty, coloursFor } from '../lib/format-diagnostics.ts';
import { parseCommandLine } from './args.ts';

const HELP = `Usage: npm run new-visit -- <plan slug> [--date YYYY-MM-DD] [--topic <topic>] [--type <type>]
                              [--purpose <text>] [--ours <ids>] [--theirs <contact ids>]

Writes visits/<plan slug>/<date>-<topic>.mdx in the content directory ($KAM_CONTENT,
else ./content): a visit report with the plan's contacts and open actions listed to
prepare from. A visit dated today or later starts as planned; an earlier one as done,
with an outcome to write. Never overwrites.
On a terminal it asks for whatever is not given; with all flags, or when input is not
a terminal, it asks nothing.
  --type    ${VISIT_TYPES.join(' | ')} (default visit)
  --ours    person ids from people.yaml, comma-separated (default: the plan's owner)
  --theirs  contact ids of the plan, comma-separated (may be empty)
  --date    default: the as-of date (KAM_AS_OF, else today)
Exit status: 0 written, 1 refused (invalid or existing), 2 usage.`;

type Values = Partial<Record<keyof NewVisitAnswers, string>>;

async function ask(values: Values, context: VisitAnswerContext, defaults: Values): Promise<void> {
	const rl = createInterface({ input: process.stdin, output: process.stdout });
	try {
		const question = async (field: keyof NewVisitAnswers, label: string, fallback?: string) => {
			for (;;) {
				const answer = (await rl.question(`${label}${fallback ? ` [${fallback}]` : ''}: `)).trim() || fallback || '';
				const problem = visitAnswerProblem(field, answer, context);
				if (!problem) return answer;
				console.log(`  ${problem}`);
			}
		};
		values.date ??= await question('date', 'Date (YYYY-MM-DD)', defaults.date);
		values.topic ??= await question('topic', 'Topic for the file name (a-z, 0-9, hyphens)');
		values.type ??= await question('type', `Type (${VISIT_TYPES.join(' | ')})`, 'visit');
		values.purpose ??= await question('purpose', 'Purpose: why we go');
		values.ours ??= await question('ours', 'Our people (person ids, comma-separated)', defaults.ours);
		values.theirs ??= await question('theirs', 'Whom we meet (contact ids from the list above, comma-separated, or empty)');
	} finally {
		rl.close();
	}
}

async function main(): Promise<number> {
	let values: Values;
	let plan: string | undefined;
	try {
		const fields = ['date', 'topic', 'type', 'purpose', 'ours', 'theirs'] as const;
		// Object.fromEntries forgets the keys; they are the fields, each a string option.
		const options = Object.fromEntries(fields.map((f) => [f, { type: 'string' }])) as Record<(typeof fields)[number], { type: 'string' }>;
		const parsed = parseCommandLine(process.argv.slice(2), { ...options, help: { type: 'boolean', short: 'h' } }, { maxPositionals: 1 });
		if (parsed.values.help === true) {
			console.log(HELP);
			return 0;
		}
		values = Object.fromEntries(fields.flatMap((f) => (typeof parsed.values[f] === 'string' ? [[f, parsed.values[f]]] : [])));
		plan = parsed.positionals[0];
	} catch (error) {
		console.error((error as Error).message);
		return 2;
	}
	if (!plan) {
		console.error('new-visit needs the plan: `npm run new-visit -- <plan slug>`; see --help');
		return 2;
	}
	const contentDir = contentDirFromEnv();
	let snapshot;
	try {
		snapshot = await readContentDir(contentDir);
	} catch (error) {
		console.error((error as Error).message);
		return 2;
	}
	const content = validateContent(snapshot);
	const loaded = content.plans.find((p) => p.slug === plan);
	if (!loaded) {
		console.error(`No visit written: no plan \`${plan}\` validates; the slug is the plan's file name without .mdx (run \`npm run validate\` if the plan has errors)`);
		return 1;
	}
	const fm = loaded.frontmatter;
	const contacts = fm.contacts ?? [];
	console.log(`${fm.name} (${plan})`);
	console.log(contacts.length === 0 ? 'Contacts: none in the plan.' : 'Contacts to choose from:');
	for (const c of contacts) console.log(`  ${c.id ?? '(no id: give it one in the plan to name it here)'}  ${c.name}${c.title ? `, ${c.title}` : ''} (${c.role})`);
	const open = (fm.actions ?? []).filter(isOpen);
	console.log(open.length === 0 ? 'Open actions: none.' : 'Open actions of the plan:');
	for (const a of open) console.log(`  - ${a.title}${a.due ? ` (due ${a.due})` : ''}${a.owner ? `, ${a.owner}` : ''}`);

	const asOf = asOfFromEnv();
	const defaults: Values = { date: asOf, ...(fm.owner !== undefined && { ours: fm.owner }) };
	const context: VisitAnswerContext = {
		personIds: new Set(content.people.map((p) => p.id)),
		contactIds: contacts.flatMap((c) => (c.id ? [c.id] : [])),
		existing: new Set((snapshot.visits ?? []).map((f) => f.path)),
	};
	const complete = values.topic !== undefined && values.purpose !== undefined;
	if (!complete && process.stdin.isTTY) {
		try {
			await ask(values, context, defaults);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ABORT_ERR') throw error;
			console.error('\nCancelled: no visit written.');
			return 1;
		}
	}
	values.date ??= defaults.date;
	values.type ??= 'visit';
	if (values.ours === undefined && defaults.ours !== undefined) values.ours = defaults.ours;
	const { answers, problems } = checkVisitAnswers(plan, values, context);
	if (!answers) {
		console.error(`No visit written:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		if (!process.stdin.isTTY && !complete) console.error('(input is not a terminal, so nothing was asked: pass --topic and --purpose at least; see --help)');
		return 1;
	}
	const file = `${visitFolderOf(plan)}/${visitFileName(answers.date, answers.topic)}`;
	const path = join(contentDir, file);
	const shown = relative(process.cwd(), path);
	await mkdir(dirname(path), { recursive: true });
	try {
		await writeFile(path, visitTemplate(answers, fm, asOf), { flag: 'wx' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		console.error(`No visit written: \`${shown}\` already exists`);
		return 1;
	}
	const problemsOfNewVisit = validateContent(await readContentDir(contentDir)).diagnostics.filter((d) => d.file === file);
	console.log(`Wrote ${shown}`);
	if (problemsOfNewVisit.length > 0) console.log(formatPretty(problemsOfNewVisit, coloursFor(Boolean(process.stdout.isTTY), process.env), file));
	console.log('Next: write the notes; once the visit has taken place, set `status: done`, its `outcome` and its `next` steps.');
	return 0;
}

process.exitCode = await main();
