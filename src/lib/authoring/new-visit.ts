/**
 * `npm run new-visit -- <plan slug>`: the answers a visit report starts from,
 * what makes each acceptable, and the file it writes. Pure, so the prompts,
 * the flags and the tests share one set of rules.
 */
import { SLUG_PATTERN } from '../../../schemas/ids.ts';
import { VISIT_STATUSES, VISIT_TYPES, type VisitStatus, type VisitType } from '../../../schemas/visit.ts';
import type { PlanFrontmatter } from '../../../schemas/plan.ts';
import { isCalendarDate } from '../engine/dates.ts';
import { isOpen } from '../engine/actions.ts';
import { visitFileName, visitFolderOf } from '../content/visits.ts';

export interface NewVisitAnswers {
	date: string;
	topic: string;
	type: VisitType;
	purpose: string;
	/** Person ids. */
	ours: string[];
	/** Contact ids of the plan. */
	theirs: string[];
}

export interface VisitAnswerContext {
	/** Ids listed in people.yaml. */
	personIds: ReadonlySet<string>;
	/** The plan's contact ids. */
	contactIds: readonly string[];
	/** Files that exist under the plan's visit folder (content-relative). */
	existing: ReadonlySet<string>;
}

const list = (values: readonly string[]) => values.map((v) => `\`${v}\``).join(', ');

/** A comma- or space-separated list of ids. */
export function splitIds(value: string): string[] {
	return value
		.split(/[\s,，、]+/)
		.map((id) => id.trim())
		.filter((id) => id !== '');
}

/** Why an answer is not acceptable, or undefined when it is. */
export function visitAnswerProblem(field: keyof NewVisitAnswers, value: string, context: VisitAnswerContext): string | undefined {
	const v = value.trim();
	switch (field) {
		case 'date':
			return isCalendarDate(v) ? undefined : `\`${v}\` is not a date: write YYYY-MM-DD, like \`2026-12-01\``;
		case 'topic':
			return SLUG_PATTERN.test(v) ? undefined : `\`${v}\` is not a topic for the file name: use lowercase ASCII letters, digits and single hyphens, like \`framework-offer\``;
		case 'type':
			return (VISIT_TYPES as readonly string[]).includes(v) ? undefined : `\`${v}\` is not a visit type; one of ${list(VISIT_TYPES)}`;
		case 'purpose':
			if (v === '') return 'the purpose is empty: say why we go';
			return v.length > 300 ? `the purpose has ${v.length} characters; at most 300` : undefined;
		case 'ours': {
			const ids = splitIds(v);
			if (ids.length === 0) return 'name at least one person of ours (ids from people.yaml)';
			const unknown = ids.filter((id) => !context.personIds.has(id));
			return unknown.length === 0 ? undefined : `unknown person ${list(unknown)}: use ids from people.yaml`;
		}
		case 'theirs': {
			const unknown = splitIds(v).filter((id) => !context.contactIds.includes(id));
			if (unknown.length === 0) return undefined;
			return context.contactIds.length === 0
				? `unknown contact ${list(unknown)}: the plan has no contact with an \`id\`; give its contacts ids first, or leave this empty`
				: `unknown contact ${list(unknown)}: use the plan's contact ids, ${list(context.contactIds)}`;
		}
	}
}

/** Checks every answer; the answers when all pass, else every problem. */
export function checkVisitAnswers(
	plan: string,
	values: Partial<Record<keyof NewVisitAnswers, string>>,
	context: VisitAnswerContext,
): { answers?: NewVisitAnswers; problems: string[] } {
	const fields: (keyof NewVisitAnswers)[] = ['date', 'topic', 'type', 'purpose', 'ours', 'theirs'];
	const problems: string[] = [];
	for (const field of fields) {
		const value = values[field];
		if (value === undefined) {
			if (field !== 'theirs') problems.push(`missing --${field}`);
			continue;
		}
		const problem = visitAnswerProblem(field, value, context);
		if (problem) problems.push(problem);
	}
	if (problems.length === 0) {
		const path = `${visitFolderOf(plan)}/${visitFileName(values.date!.trim(), values.topic!.trim())}`;
		if (context.existing.has(path)) problems.push(`\`${path}\` already exists; choose another topic`);
	}
	if (problems.length > 0) return { problems };
	return {
		answers: {
			date: values.date!.trim(),
			topic: values.topic!.trim(),
			type: values.type!.trim() as VisitType,
			purpose: values.purpose!.trim(),
			ours: splitIds(values.ours!),
			theirs: splitIds(values.theirs ?? ''),
		},
		problems: [],
	};
}

/** The status a new report starts with: planned when it is ahead (or today), done when it is past. */
export function initialStatus(date: string, asOf: string): VisitStatus {
	return date >= asOf ? VISIT_STATUSES[0] : VISIT_STATUSES[1];
}

/** Text as Markdown prose: characters that MDX or Markdown would read as syntax are escaped. */
function prose(text: string): string {
	return text.replace(/[\\`*_{}[\]<>#|!~]/g, (ch) => `\\${ch}`);
}

/** A YAML double-quoted string (JSON's escaping is YAML's). */
const quoted = (text: string) => JSON.stringify(text);

/**
 * The report's file: the frontmatter from the answers (a past visit starts as
 * `done` with an outcome to write), the plan's objectives and the fields to add
 * as comments, and a body that lists the plan's contacts and open actions to
 * prepare from, then room for notes.
 */
export function visitTemplate(answers: NewVisitAnswers, plan: PlanFrontmatter, asOf: string): string {
	const status = initialStatus(answers.date, asOf);
	const zh = /[\u3400-\u9fff]/.test(plan.name);
	const contacts = plan.contacts ?? [];
	const open = (plan.actions ?? []).filter(isOpen);
	const objectives = (plan.objectives ?? []).map((o) => o.id);
	const lines = [
		'---',
		`date: ${answers.date}`,
		`type: ${answers.type}`,
		`status: ${status}              # ${VISIT_STATUSES.join(' | ')}`,
		`ours: [${answers.ours.join(', ')}]`,
		`theirs: [${answers.theirs.join(', ')}]${contacts.some((c) => c.id) ? `          # contact ids: ${contacts.flatMap((c) => (c.id ? [c.id] : [])).join(', ')}` : ''}`,
		`purpose: ${quoted(answers.purpose)}`,
		status === 'done' ? `outcome: ${quoted(zh ? '（写下拜访的结果）' : 'What came out of it (replace this)')}` : '# outcome: what came out of it; required once the status is done',
		objectives.length > 0 ? `# objective: ${objectives.join(' | ')}` : '# objective: the plan objective the visit serves (an id)',
		'# next:                     # next steps: they become actions of the plan',
		`#   - { title: ..., owner: ${answers.ours[0] ?? 'person-id'}, due: YYYY-MM-DD, status: planned }`,
		'---',
	];
	const heading = (en: string, cn: string) => `## ${zh ? cn : en}`;
	const body = [
		heading('Before the visit', '拜访前'),
		'',
		contacts.length === 0
			? zh
				? '计划中没有联系人。'
				: 'The plan lists no contacts.'
			: contacts.map((c) => `- ${prose(c.name)}${c.title ? `, ${prose(c.title)}` : ''} (${c.role}${c.id ? `, \`${c.id}\`` : ''})`).join('\n'),
		'',
		zh ? '未完成的行动：' : 'Open actions of the plan:',
		'',
		open.length === 0 ? (zh ? '- 无' : '- none') : open.map((a) => `- ${prose(a.title)}${a.due ? ` (${a.due})` : ''}`).join('\n'),
		'',
		heading('Notes', '纪要'),
		'',
		zh ? '写下会见了谁、谈了什么、达成了什么。' : 'Who we met, what was said, what was agreed.',
		'',
	];
	return `${lines.join('\n')}\n${body.join('\n')}`;
}
