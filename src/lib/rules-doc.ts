/**
 * The README's rules reference, written from the registry (src/lib/rules.ts)
 * by `npm run docs:rules` between two markers. Pure: text in, text out.
 */
import { compareText } from './compare.ts';
import { EXAMPLE_AS_OF, EXAMPLE_PEOPLE, EXAMPLE_VISIT_FILE, plan, RULES, type RuleCheck, type RuleEntry, type RuleExample, type RuleSeverity, visit } from './rules.ts';

export const RULES_START = '<!-- rules:start (written by `npm run docs:rules` from src/lib/rules.ts; do not edit) -->';
export const RULES_END = '<!-- rules:end -->';

const CHECKS: Record<RuleCheck, string> = {
	validate: 'Validation (`npm run validate`, `npm run check`, the build and the live preview)',
	lint: 'Lint (`npm run lint`, `npm run check`)',
	build: 'Build (`npm run build`)',
	dev: 'Live preview (`npm run dev`)',
};

const SEVERITIES: Record<RuleSeverity, string> = {
	error: 'error',
	warning: 'warning',
	tier: 'error for major and named plans, warning for the others',
	portal: 'warning in `npm run validate`, error when building that portal or scope',
};

/** A fenced block that no backticks inside can close. */
function fence(text: string, lang: string): string {
	const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
	const marks = '`'.repeat(longest + 1);
	return `${marks}${lang}\n${text.replace(/\n$/, '')}\n${marks}`;
}

/** Inline code that no backticks inside can close. */
function codeSpan(text: string): string {
	const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
	const marks = '`'.repeat(longest + 1);
	return longest > 0 ? `${marks} ${text} ${marks}` : `${marks}${text}${marks}`;
}

function languageOf(file: string): string {
	return file.endsWith('.yaml') ? 'yaml' : file.endsWith('.mdx') ? 'mdx' : '';
}

function indent(text: string): string {
	return text
		.split('\n')
		.map((line) => (line === '' ? '' : `  ${line}`))
		.join('\n');
}

function renderFile(file: RuleExample): string {
	if (file.note !== undefined) return `\`${file.file}\`: ${file.note}`;
	const minimal = file.file.startsWith('visits/') ? 'the minimal visit report' : 'the minimal plan';
	const over = file.over === 'frontmatter' ? `, ${minimal} with this frontmatter` : file.over === 'body' ? ', the minimal frontmatter with this body' : file.over === 'end' ? `, ${minimal} with these lines at its end` : '';
	const language = file.over === 'frontmatter' ? 'yaml' : languageOf(file.file);
	return `\`${file.file}\`${over}:\n\n${fence(file.shown ?? file.text, language)}`;
}

function renderExample(example: RuleEntry['example']): string {
	if ('trigger' in example) return indent(`Example: ${example.trigger}.`);
	const file = example as RuleExample;
	return indent([renderFile(file), ...(file.also ?? []).map((other) => `and ${renderFile(other)}`)].join('\n\n'));
}

function renderRule(id: string, entry: RuleEntry): string {
	const message = entry.message === '' ? '  No message: nothing reports it today.' : `  Gives ${codeSpan(entry.message)}`;
	const same = entry.sameProblemAs ? ` Lint reports the same problem as \`${entry.sameProblemAs}\`; \`npm run check\` lists it once.` : '';
	return `- **\`${id}\`** (${SEVERITIES[entry.severity]}): ${entry.description}${same}\n\n${renderExample(entry.example)}\n\n${message}`;
}

/** The reference, without the markers. */
export function renderRulesReference(): string {
	const entries = Object.entries(RULES as Record<string, RuleEntry>);
	const out = [
		`Every problem names its rule. The ${entries.length} rules, by the command that reports them; each with an`,
		'example of a bad input and the message it gives. Plan examples change the minimal valid plan',
		'below (other files as given); `people.yaml` is:',
		'',
		fence(EXAMPLE_PEOPLE, 'yaml'),
		'',
		'and `accounts/acme.mdx`:',
		'',
		fence(plan().text, 'mdx'),
		'',
		`Visit report examples change the minimal valid report \`${EXAMPLE_VISIT_FILE}\`;`,
		`every example is checked as of ${EXAMPLE_AS_OF}:`,
		'',
		fence(visit().text, 'mdx'),
	];
	for (const check of Object.keys(CHECKS) as RuleCheck[]) {
		const rules = entries.filter(([, entry]) => entry.check === check).sort(([a], [b]) => compareText(a, b));
		if (rules.length === 0) continue;
		out.push('', `#### ${CHECKS[check]}`, '', rules.map(([id, entry]) => renderRule(id, entry)).join('\n\n'));
	}
	return `${out.join('\n')}\n`;
}

/** README text with the section between the markers replaced; throws when the markers are missing. */
export function withRulesReference(readme: string): string {
	const start = readme.indexOf(RULES_START);
	const end = readme.indexOf(RULES_END);
	if (start === -1 || end < start) throw new Error(`README.md needs the markers ${RULES_START} and ${RULES_END}`);
	return `${readme.slice(0, start + RULES_START.length)}\n${renderRulesReference()}${readme.slice(end)}`;
}
