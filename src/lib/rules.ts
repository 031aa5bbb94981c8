/**
 * Every rule a check can report, as units (the way remark-lint keeps them):
 * its id, severity, a one-line description, an example of a bad input and the
 * exact message that example gives. `Diagnostic.rule` is typed `RuleId`, so a
 * check that reports an id not listed here fails `npm run typecheck`;
 * test/lib/rules.test.ts runs every example through the real validator and
 * lint and scans src/ and schemas/ for ids; `npm run docs:rules` writes the
 * README's rules reference from here (sorted by id within each command).
 *
 * To add a rule, add one entry to `RULES` (anywhere in it):
 *
 *     'my-rule': {
 *         check: 'validate',                  // or 'lint', 'build', 'dev'
 *         severity: 'error',                  // or 'warning', 'tier', 'portal'
 *         description: 'One line: what the rule refuses and why.',
 *         example: plan({ owner: 'nobody' }), // frontmatter over the minimal plan
 *         message: 'the exact message the example gives',
 *     },
 *
 * Examples: `plan({ key: 'yaml value' })` (a key set to `undefined` is removed),
 * `planBody(body)`, `planEnding(lines)`, `yamlFile('people.yaml', text)`,
 * `visit({ key: 'yaml value' })` for a visit report (over the minimal report
 * `EXAMPLE_VISIT_FILE`, checked as of `EXAMPLE_AS_OF`), and
 * `withFiles(main, ...others)` when the example needs a policy list or a
 * second plan; `{ trigger: '...' }` for a rule reported outside content files
 * (then test its message in test/lib/rules.test.ts). Then `npm run docs:rules`.
 * Pure data: no I/O.
 */

/** Which command reports the rule. */
export type RuleCheck = 'validate' | 'lint' | 'build' | 'dev';

/**
 * `error` or `warning` always; `tier`: an error for major and named plans, a
 * warning for the rest; `portal`: a warning in `npm run validate`, an error
 * when building that portal or scope.
 */
export type RuleSeverity = 'error' | 'warning' | 'tier' | 'portal';

/**
 * A bad input: one file written over the minimal valid content (`EXAMPLE_PEOPLE` as
 * people.yaml, `plan()` at `EXAMPLE_PLAN_FILE`, no policy.yaml, no visit reports,
 * as of `EXAMPLE_AS_OF`), plus any extra files it needs.
 */
export interface RuleExample {
	/** Path relative to the content directory: `accounts/….mdx`, `visits/<plan slug>/….mdx`, `people.yaml`, `policy.yaml`. */
	file: string;
	/** The whole file as the check reads it. */
	text: string;
	/** What the README shows: the lines that make the file bad (defaults to `text`). */
	shown?: string;
	/** In words, for a file whose fault does not show as text (an encoding, a line end). */
	note?: string;
	/** What `shown` is: frontmatter lines over the minimal plan (the minimal visit report for a `visits/` file), the body under its frontmatter, or lines after its body. */
	over?: 'frontmatter' | 'body' | 'end';
	/** Other files the example needs (a policy list, a second plan), written over the minimal content too. */
	also?: readonly RuleExample[];
	/** Raw bytes instead of `text`, for encoding rules. */
	bytes?: readonly number[];
}

/** A rule reported outside content files (the command line, a missing directory): its trigger, in words. */
export interface RuleTrigger {
	/**
	 * What the user does that gives the message, e.g. `npm run build -- --portal nope`;
	 * `none: why` for a rule no content can reach today (its message is then empty).
	 */
	trigger: string;
	/** An `.astro` source that gives the message (for `no-set-html`). */
	source?: string;
}

export interface RuleEntry {
	check: RuleCheck;
	severity: RuleSeverity;
	/** One line: what is refused and why. */
	description: string;
	example: RuleExample | RuleTrigger;
	/** The exact message the example gives; empty only for a rule no content can reach today. */
	message: string;
	/**
	 * The lint rule that reports the same problem at the same place (validation
	 * and lint both run the plan-parts rule); `npm run check` lists it once.
	 */
	sameProblemAs?: string;
}

/** The minimal valid plan every plan example starts from. */
export const EXAMPLE_PLAN_FRONTMATTER = {
	name: 'Acme',
	tier: 'non-named',
	category: 'key',
	owner: 'li-wei',
	value: '{ current: 200000, potential: 600000, wallet: 900000 }',
} as const;

/** The minimal valid body's parts before the action plan, for the examples of a missing or empty part. */
const FIRST_PARTS = `
## Customer information

A national builder of roads and tunnels.

## Customer performance

Our share grew from 15 % to 20 %.

## Competitive assessment

Rival Co holds the tunnel projects.
`;

export const EXAMPLE_PLAN_BODY = `${FIRST_PARTS}\n## Action plan\n\n- Executive workshop in December.\n`;

export const EXAMPLE_PEOPLE = `- id: li-wei
  name: Li Wei
- id: zhang-min
  name: Zhang Min
`;

export const EXAMPLE_PLAN_FILE = 'accounts/acme.mdx';

/**
 * A plan: the minimal valid frontmatter with `changes` written over it (a
 * key set to `undefined` is removed; new keys go last, in order), and a body.
 */
export function plan(changes: Readonly<Record<string, string | undefined>> = {}, body = EXAMPLE_PLAN_BODY, file = EXAMPLE_PLAN_FILE): RuleExample {
	return frontmatterOver(EXAMPLE_PLAN_FRONTMATTER, EXAMPLE_PLAN_BODY, 'The minimal plan.', changes, body, file);
}

/** The minimal valid visit report every visit example starts from: a done visit to the minimal plan. */
export const EXAMPLE_VISIT_FRONTMATTER = {
	date: '2026-11-20',
	type: 'visit',
	status: 'done',
	purpose: 'Present the framework offer',
	outcome: 'They asked for a price by December',
} as const;

export const EXAMPLE_VISIT_BODY = `
We met the purchasing team on site.
`;

export const EXAMPLE_VISIT_FILE = 'visits/acme/2026-11-20-framework-offer.mdx';

/** The as-of date the examples are checked on (after the minimal visit report's date). */
export const EXAMPLE_AS_OF = '2026-12-01';

/**
 * A visit report: the minimal valid report's frontmatter with `changes`
 * written over it (as `plan()` does), a body and its path under `visits/`.
 */
export function visit(changes: Readonly<Record<string, string | undefined>> = {}, body = EXAMPLE_VISIT_BODY, file = EXAMPLE_VISIT_FILE): RuleExample {
	return frontmatterOver(EXAMPLE_VISIT_FRONTMATTER, EXAMPLE_VISIT_BODY, 'The minimal visit report.', changes, body, file);
}

/** A file of `base` frontmatter with `changes` written over it, and a body; `minimal` is the note when nothing changed. */
function frontmatterOver(
	base: Readonly<Record<string, string>>,
	baseBody: string,
	minimal: string,
	changes: Readonly<Record<string, string | undefined>>,
	body: string,
	file: string,
): RuleExample {
	const fields: Record<string, string | undefined> = { ...base, ...changes };
	const yaml = Object.entries(fields)
		.filter(([, value]) => value !== undefined)
		.map(([key, value]) => (value!.startsWith('\n') ? `${key}:${value}` : `${key}: ${value}`))
		.join('\n');
	const changed = Object.entries(changes).map(([key, value]) => (value === undefined ? `# no ${key}:` : value.startsWith('\n') ? `${key}:${value}` : `${key}: ${value}`));
	const shown = [...changed, ...(body === baseBody ? [] : ['---', body.trim()])].join('\n');
	const text = `---\n${yaml}\n---\n${body}`;
	if (shown === '') return { file, text, note: minimal };
	return { file, text, shown, ...(body === baseBody ? { over: 'frontmatter' as const } : {}) };
}

/** A plan with the minimal frontmatter and this body. */
export function planBody(body: string): RuleExample {
	return { ...plan({}, body), shown: body.trim(), over: 'body' };
}

/** The minimal plan with `lines` after its last part (the README shows only them). */
export function planEnding(lines: string): RuleExample {
	return { ...plan({}, `${EXAMPLE_PLAN_BODY}\n${lines}\n`), shown: lines, over: 'end' };
}

/** A whole YAML or other content file. */
export function yamlFile(file: string, text: string): RuleExample {
	return { file, text };
}

/** An example with the other files it needs. */
export function withFiles(example: RuleExample, ...also: RuleExample[]): RuleExample {
	return { ...example, also };
}

const ONE_REGION_POLICY = 'regions:\n  - { id: east-china, name: East China }\n';
const ONE_PRODUCT_POLICY = 'productLines:\n  - { id: modular-housing, name: Modular site housing }\n';

export const RULES = {
	// ---- Files ----
	'file-name': {
		check: 'validate',
		severity: 'error',
		description: 'Everything under `accounts/` is a plan named `<slug>.mdx`, the slug in lowercase letters, digits and hyphens.',
		example: yamlFile('accounts/Acme Group.mdx', plan().text),
		message: 'file name `Acme Group.mdx` is not a valid slug: use lowercase ASCII letters, digits and single hyphens, like `acme-industrial.mdx`',
	},
	'duplicate-slug': {
		check: 'validate',
		severity: 'error',
		description: "Two plans in different folders have the same file name; the slug is the account's id and URL.",
		example: plan({}, EXAMPLE_PLAN_BODY, 'accounts/east/acme.mdx'),
		message: 'slug `acme` is also used by `accounts/acme.mdx`; the slug is the account\'s id and URL, so rename one of the files',
	},
	'missing-file': {
		check: 'validate',
		severity: 'error',
		description: '`people.yaml` must exist: plans name their people by id.',
		example: { trigger: 'a content directory without `people.yaml`' },
		message: '`people.yaml` is missing; plans name their owners and sponsors by id, so list the people there (`- id: li-wei` / `  name: Li Wei`)',
	},
	'file-too-large': {
		check: 'validate',
		severity: 'error',
		description: 'A content file is at most 1 MB.',
		example: { trigger: 'a plan of 1.1 MB (1,150,000 bytes)' },
		message: 'file is too large (1.1 MB); a content file may be at most 1 MB, so split it or remove pasted data',
	},
	'file-encoding': {
		check: 'validate',
		severity: 'error',
		description: 'Content files are UTF-8.',
		example: { file: EXAMPLE_PLAN_FILE, text: '---\nname: é\n', bytes: [0x2d, 0x2d, 0x2d, 0x0a, 0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xe9, 0x0a], note: 'A plan saved as Latin-1 (or GBK), not UTF-8.' },
		message: 'file is not valid UTF-8; save it as UTF-8 (in VS Code: "Save with Encoding" > UTF-8)',
	},
	'file-bom': {
		check: 'validate',
		severity: 'error',
		description: 'Content files have no byte-order mark.',
		example: { file: EXAMPLE_PLAN_FILE, text: `\uFEFF${plan().text}`, note: 'The minimal plan saved as "UTF-8 with BOM".' },
		message: 'file starts with a byte-order mark (BOM); save it as "UTF-8" without BOM',
	},
	'file-line-ends': {
		check: 'validate',
		severity: 'error',
		description: 'Lines end in LF, never CRLF or CR.',
		example: { file: EXAMPLE_PLAN_FILE, text: plan().text.replace(/\n/g, '\r\n'), note: 'The minimal plan saved with Windows line ends (CRLF).' },
		message: 'file uses Windows line ends (CRLF); save it with LF line ends (a `.gitattributes` line `* text=auto eol=lf` does this for everyone)',
	},
	'no-frontmatter': {
		check: 'validate',
		severity: 'error',
		description: 'A plan starts with a YAML frontmatter block between `---` lines.',
		example: { file: EXAMPLE_PLAN_FILE, text: `# Acme\n${EXAMPLE_PLAN_BODY}`, shown: '# Acme\n\n## Customer information\n…' },
		message: 'no frontmatter: a plan must start with a line `---`, then its fields (name, tier, ...), then another `---` line',
	},
	// ---- YAML ----
	'yaml-syntax': {
		check: 'validate',
		severity: 'error',
		description: 'The YAML does not parse.',
		example: plan({ tags: '[strategic' }),
		message: 'YAML does not parse: Flow sequence in block collection must be sufficiently indented and end with a ]',
	},
	'yaml-tab': {
		check: 'validate',
		severity: 'error',
		description: 'YAML is indented with spaces, never tabs.',
		example: plan({ value: '\n\tcurrent: 200000' }),
		message: 'a tab is used for indentation; YAML needs spaces, so replace the tab with spaces',
	},
	'yaml-too-deep': {
		check: 'validate',
		severity: 'error',
		description: 'Content is shallow: nesting deeper than the limit is not a plan.',
		example: plan({ notes: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]' }),
		message: 'nesting deeper than 20 levels; content files are shallow, so this is not a plan',
	},
	'yaml-duplicate-key': {
		check: 'validate',
		severity: 'error',
		description: 'A key is given twice in the same mapping.',
		example: plan({ value: '{ current: 200000, current: 300000, potential: 600000, wallet: 900000 }' }),
		message: 'duplicate key `current`; each field may appear once, so merge the two entries',
	},
	'yaml-alias': {
		check: 'validate',
		severity: 'error',
		description: 'YAML aliases (`*name`) are not allowed: values are written out.',
		example: plan({ name: '&n Acme', sponsor: '*n' }),
		message: 'alias `*n` is not allowed; write the value out in full',
	},
	'yaml-anchor': {
		check: 'validate',
		severity: 'error',
		description: 'YAML anchors (`&name`) are not allowed: content files do not share values.',
		example: plan({ name: '&n Acme' }),
		message: 'anchor `&n` is not allowed; content files do not share values',
	},
	'yaml-tag': {
		check: 'validate',
		severity: 'error',
		description: 'YAML tags (`!tag`) are not allowed.',
		example: plan({ name: '!!str Acme' }),
		message: 'tag `!!str` is not allowed; write a plain value without `!`',
	},
	'yaml-key': {
		check: 'validate',
		severity: 'error',
		description: 'A key is a plain word, not a list or a mapping.',
		example: plan({ '[a, b]': '1' }),
		message: 'a key must be a plain word such as `name`',
	},
	'yaml-merge-key': {
		check: 'validate',
		severity: 'error',
		description: 'Merge keys (`<<`) are not allowed.',
		example: plan({ '<<': '{ name: Acme }' }),
		message: 'merge key `<<` is not allowed; write the fields out in full',
	},
	'yaml-forbidden-key': {
		check: 'validate',
		severity: 'error',
		description: 'Reserved keys such as `__proto__` are never content fields.',
		example: plan({ ['__proto__']: '1' }),
		message: 'key `__proto__` is not allowed; it is reserved and never a content field',
	},
	// ---- Schema ----
	'unknown-field': {
		check: 'validate',
		severity: 'error',
		description: 'A field the schema does not know, with the closest known one.',
		example: plan({ teir: 'major' }),
		message: 'unknown field `teir`; did you mean `tier`?',
	},
	'missing-field': {
		check: 'validate',
		severity: 'error',
		description: 'A required field is absent.',
		example: plan({ name: undefined }),
		message: 'missing required field `name`: expected text',
	},
	'invalid-type': {
		check: 'validate',
		severity: 'error',
		description: 'A value of the wrong kind (text for a number, a list for a group of fields...).',
		example: plan({ value: '{ current: lots, potential: 600000, wallet: 900000 }' }),
		message: 'expected a number, found `lots` (text)',
	},
	'invalid-value': {
		check: 'validate',
		severity: 'error',
		description: 'A value outside the allowed set, or failing a rule of its field.',
		example: plan({ tier: 'gold' }),
		message: 'expected one of `major`, `named`, `non-named`, `mass-market`; found `gold` (text)',
	},
	'invalid-format': {
		check: 'validate',
		severity: 'error',
		description: 'Text that is not in the expected format (a web address, a pattern).',
		example: yamlFile('policy.yaml', 'repoUrl: github.com/acme/plans\n'),
		message: 'expected a web address (https://...), found `github.com/acme/plans` (text)',
	},
	'too-small': {
		check: 'validate',
		severity: 'error',
		description: 'A number below its minimum, or a list with too few entries.',
		example: yamlFile('policy.yaml', 'dueSoonDays: -1\n'),
		message: 'expected at least 0, found `-1`',
	},
	'too-big': {
		check: 'validate',
		severity: 'error',
		description: 'A number above its maximum, or a list with too many entries.',
		example: yamlFile('policy.yaml', 'dueSoonDays: 400\n'),
		message: 'expected at most 365, found `400`',
	},
	'invalid-union': {
		check: 'validate',
		severity: 'error',
		description: 'A value that fits none of the forms its field accepts.',
		example: { trigger: 'none: no schema has a union today (zod issue `invalid_union`)' },
		message: '',
	},
	'invalid-key': {
		check: 'validate',
		severity: 'error',
		description: 'A key of a keyed list (such as `exchangeRates`) that is not an allowed key.',
		example: yamlFile('policy.yaml', 'exchangeRates: { usd: 7.1 }\n'),
		message: 'Invalid key in record',
	},
	'invalid-element': {
		check: 'validate',
		severity: 'error',
		description: 'An entry of a set or map that is not allowed (no content field is one today).',
		example: { trigger: 'none: no schema has a set or map today (zod issue `invalid_element`)' },
		message: '',
	},
	'not-multiple-of': {
		check: 'validate',
		severity: 'error',
		description: 'A number that is not a multiple of its step (no content field has one today).',
		example: { trigger: 'none: no schema has a step today (zod issue `not_multiple_of`)' },
		message: '',
	},
	// ---- Plans across files ----
	'unknown-person': {
		check: 'validate',
		severity: 'error',
		description: "A person id (owner, sponsor, team, action owner, reviewer, portal scope owner, a visit report's `ours` or next-step owner) not listed in `people.yaml`.",
		example: plan({ owner: 'wang-fang' }),
		message: 'unknown person `wang-fang`: every person must be listed in `people.yaml`; add them there or fix the id',
	},
	'unknown-parent': {
		check: 'validate',
		severity: 'error',
		description: "A `parent` (or a portal's `group`) that is no plan's slug.",
		example: plan({ parent: 'acme-group' }),
		message: 'unknown parent `acme-group`: no plan has this slug; use the file name (without .mdx) of the group account',
	},
	'parent-cycle': {
		check: 'validate',
		severity: 'error',
		description: 'A chain of `parent` links that comes back to the plan.',
		example: plan({ parent: 'acme' }),
		message: '`parent` is the account itself (`acme`); a group account must be another plan',
	},
	'tier-mismatch': {
		check: 'validate',
		severity: 'warning',
		description: "The declared tier differs from the one the policy's thresholds suggest for the value.",
		example: plan({ tier: 'mass-market' }),
		message: 'declared tier `mass-market` differs from the tier the policy suggests for its value, `non-named` (current 200000, potential 600000); review the tier or the value',
	},
	'missing-forecast': {
		check: 'validate',
		severity: 'warning',
		description: 'A major account without a forecast.',
		example: plan({ tier: 'major', value: '{ current: 6000000, potential: 25000000, wallet: 30000000 }', sponsor: 'zhang-min', targets: '{ shareOfWallet: 0.35 }', objectives: '\n  - { id: win, title: Win the framework, measure: Share, unit: share, baseline: 0.2, target: 0.35, current: 0.3, due: 2027-06-30 }', actions: '\n  - { title: Workshop, owner: li-wei, due: 2026-12-01, status: planned, objective: win }' }),
		message: 'a major account should have a forecast of up to 5 years; add `forecast:` with `{ year, revenue }` entries',
	},
	'coverage-overload': {
		check: 'validate',
		severity: 'warning',
		description: 'One owner owns more accounts of a tier than the policy allows.',
		example: withFiles(yamlFile('policy.yaml', 'tiers:\n  non-named: { reviewEveryMonths: 12, maxAccountsPerOwner: 1, minCurrent: 100000, minPotential: 500000 }\n'), plan({}, EXAMPLE_PLAN_BODY, 'accounts/beta.mdx')),
		message: '`li-wei` owns 2 non-named accounts (`acme`, `beta`); the policy allows 1 per owner, so hand some to another account manager',
	},
	// ---- Management cycle ----
	'unknown-manager': {
		check: 'validate',
		severity: 'error',
		description: "A person's `manager` in `people.yaml` who is not listed there.",
		example: yamlFile('people.yaml', '- id: li-wei\n  name: Li Wei\n  manager: wang-fang\n- id: zhang-min\n  name: Zhang Min\n'),
		message: 'unknown manager `wang-fang` of `li-wei`: a manager must be listed in `people.yaml`; add them there or fix the id',
	},
	'manager-cycle': {
		check: 'validate',
		severity: 'error',
		description: 'A chain of `manager` links in `people.yaml` that comes back to the person (reported on each person in the loop).',
		example: yamlFile('people.yaml', '- id: li-wei\n  name: Li Wei\n  manager: zhang-min\n- id: zhang-min\n  name: Zhang Min\n  manager: li-wei\n'),
		message: 'the manager chain of `li-wei` loops: `li-wei` → `zhang-min` → `li-wei`; someone in it must report to a person outside it, or to nobody',
	},
	'unknown-signer': {
		check: 'validate',
		severity: 'error',
		description: "An entry of the policy's `signOff` that is neither `owner`, `owner-manager`, `sponsor` nor a person of `people.yaml`.",
		example: yamlFile('policy.yaml', 'signOff:\n  non-named: [owner, boss]\n'),
		message: 'unknown signer `boss`: expected one of `owner`, `owner-manager`, `sponsor` or a person id from `people.yaml`',
	},
	'signer-unresolved': {
		check: 'validate',
		severity: 'warning',
		description: "A `signOff` word that names nobody for a plan or its application (no owner, no owner's manager, no sponsor); that signer is left out.",
		example: yamlFile('policy.yaml', 'signOff:\n  non-named: [owner-manager]\n'),
		message: 'the policy asks `owner-manager` to sign non-named plans off, but its owner has no `manager` in `people.yaml`; that signer is left out until it is added',
	},
	'application-self-decided': {
		check: 'validate',
		severity: 'warning',
		description: 'An application decided by the applicant; someone else, usually the department head, decides it.',
		example: plan({ application: '\n  proposed: 2026-09-01\n  by: li-wei\n  expectedRevenue: 500000\n  expectedContribution: 100000\n  developmentCost: 50000\n  risk: low\n  decision: { date: 2026-09-15, by: li-wei, outcome: approved }' }),
		message: 'the application by `li-wei` was decided by the applicant; someone else, usually the department head, should decide it',
	},
	// ---- Living plan ----
	'missing-objectives': {
		check: 'validate',
		severity: 'warning',
		description: 'A major account without objectives.',
		example: plan({ tier: 'major', value: '{ current: 6000000, potential: 25000000, wallet: 30000000 }', sponsor: 'zhang-min', targets: '{ shareOfWallet: 0.35 }', forecast: '[{ year: 2026, revenue: 7000000 }]' }),
		message: 'a major account should state its objectives with a measure of progress; add `objectives:` with `{ id, title, unit, baseline, target, current, due }` entries',
	},
	'objective-without-actions': {
		check: 'validate',
		severity: 'warning',
		description: 'An objective that no action serves.',
		example: plan({ objectives: '\n  - { id: win, title: Win the framework, measure: Share, unit: share, baseline: 0.2, target: 0.35, current: 0.3, due: 2027-06-30 }' }),
		message: 'no action serves objective `win`; add `objective: win` to the actions that work towards it, or add one',
	},
	'review-without-sponsor': {
		check: 'validate',
		severity: 'warning',
		description: "A major account's latest review without its executive sponsor.",
		example: plan({
			tier: 'major',
			value: '{ current: 6000000, potential: 25000000, wallet: 30000000 }',
			sponsor: 'zhang-min', targets: '{ shareOfWallet: 0.35 }',
			forecast: '[{ year: 2026, revenue: 7000000 }]',
			objectives: '\n  - { id: win, title: Win the framework, measure: Share, unit: share, baseline: 0.2, target: 0.35, current: 0.3, due: 2027-06-30 }',
			actions: '\n  - { title: Workshop, owner: li-wei, due: 2026-12-01, status: planned, objective: win }',
			review: '\n  last: 2026-09-15\n  history:\n    - { date: 2026-09-15, by: [li-wei], outcome: approved }',
		}),
		message: 'the latest review (`2026-09-15`) did not include the executive sponsor `zhang-min`; a major account\'s review needs its sponsor, so add them to `by` at the next review',
	},
	'unknown-review-question': {
		check: 'validate',
		severity: 'error',
		description: "A review finding for a question that is not one of the policy's `reviewQuestions`.",
		example: plan({ review: '\n  last: 2026-09-15\n  history:\n    - { date: 2026-09-15, by: [li-wei], outcome: approved, findings: { weather: ok } }' }),
		message: '`weather` is not a review question; findings answer the questions of `policy.reviewQuestions`: `goals-realistic`, `resources-linked`, `return-on-effort`, `product-fit`, `competitive`, `new-initiatives`, `profit-and-risk`',
	},
	// ---- Visit reports ----
	'visit-file-name': {
		check: 'validate',
		severity: 'error',
		description: 'A visit report is `visits/<plan slug>/<YYYY-MM-DD>-<topic>.mdx`: a folder per plan, a calendar date and a slug topic.',
		example: { ...visit({}, EXAMPLE_VISIT_BODY, 'visits/acme/framework-offer.mdx'), note: 'The minimal visit report, its name without the date.' },
		message: "`framework-offer.mdx` is not a visit report's name: it does not start with a date and a topic in lowercase letters, digits and single hyphens; name it `<YYYY-MM-DD>-<topic>.mdx`, like `2026-11-20-framework-offer.mdx`",
	},
	'visit-date': {
		check: 'validate',
		severity: 'error',
		description: "A visit report's `date` is the date its file name starts with.",
		example: visit({ date: '2026-11-21' }),
		message: '`date` is `2026-11-21` but the file name says `2026-11-20`; they must agree, so fix the date or rename the file to `2026-11-21-framework-offer.mdx`',
	},
	'visit-unknown-plan': {
		check: 'validate',
		severity: 'error',
		description: "A visit report's folder is named after its plan's slug.",
		example: { ...visit({}, EXAMPLE_VISIT_BODY, 'visits/acme-group/2026-11-20-framework-offer.mdx'), note: 'The minimal visit report, in a folder no plan has.' },
		message: "folder `visits/acme-group/` names no plan: there is no `accounts/**/acme-group.mdx`; name the folder after the plan's file (its slug), or move the report",
	},
	'visit-unknown-contact': {
		check: 'validate',
		severity: 'error',
		description: "Whom a visit meets (`theirs`) are ids of contacts of its plan.",
		example: withFiles(visit({ theirs: '[zhou-min]' }), plan({ contacts: '\n  - { id: zhao-lei, name: Zhao Lei, role: decider }' })),
		message: 'unknown contact `zhou-min`: expected the id of a contact of `accounts/acme.mdx`, one of `zhao-lei`',
	},
	'visit-unknown-objective': {
		check: 'validate',
		severity: 'error',
		description: "A visit's `objective` is the id of one of its plan's objectives.",
		example: withFiles(visit({ objective: 'grow' }), plan({ objectives: '\n  - { id: win, title: Win the framework, measure: Share, unit: share, baseline: 0.2, target: 0.35, current: 0.3, due: 2027-06-30 }' })),
		message: "unknown objective `grow`: expected one of the plan's objective ids, `win`",
	},
	'visit-planned-past': {
		check: 'validate',
		severity: 'warning',
		description: 'A visit still `planned` on a date before the as-of date: record it as done or cancelled.',
		example: visit({ status: 'planned', outcome: undefined }),
		message: 'the visit is `planned` for `2026-11-20`, which has passed; record it as done (with its `outcome`) or cancelled',
	},
	// ---- Vocabularies and product lines ----
	'unknown-region': {
		check: 'validate',
		severity: 'error',
		description: "A region that is not in the policy's `regions` (by id, name or alias).",
		example: withFiles(plan({ region: 'East Chna' }), yamlFile('policy.yaml', ONE_REGION_POLICY)),
		message: 'unknown region `East Chna`: expected one of `East China` (by id, name or alias, in any case); did you mean `East China`? The policy lists the allowed values so that each is counted once; use one of them, or add it to `regions` in policy.yaml',
	},
	'unknown-industry': {
		check: 'validate',
		severity: 'error',
		description: "An industry that is not in the policy's `industries`.",
		example: withFiles(plan({ industry: 'Minning' }), yamlFile('policy.yaml', 'industries:\n  - { id: mining, name: Mining }\n')),
		message: 'unknown industry `Minning`: expected one of `Mining` (by id, name or alias, in any case); did you mean `mining` (`Mining`)? The policy lists the allowed values so that each is counted once; use one of them, or add it to `industries` in policy.yaml',
	},
	'unknown-tag': {
		check: 'validate',
		severity: 'error',
		description: "A tag that is not in the policy's `tags`.",
		example: withFiles(plan({ tags: '[stratgic]' }), yamlFile('policy.yaml', 'tags: [strategic]\n')),
		message: 'unknown tag `stratgic`: expected one of `strategic` (by id, name or alias, in any case); did you mean `strategic`? The policy lists the allowed values so that each is counted once; use one of them, or add it to `tags` in policy.yaml',
	},
	'inconsistent-spelling': {
		check: 'validate',
		severity: 'warning',
		description: 'Without a policy list, free-text values whose spellings differ only in case or spacing.',
		example: withFiles(plan({ region: 'east china' }, EXAMPLE_PLAN_BODY, 'accounts/beta.mdx'), plan({ region: 'East China' })),
		message: 'region `east china` differs only in case or spacing from `East China` (as in `accounts/acme.mdx`), so rollups count them apart; write `East China`, or list the regions in policy.yaml `regions` so every spelling names one entry',
	},
	'products-without-product-lines': {
		check: 'validate',
		severity: 'error',
		description: "A plan lists `products` but the policy has no `productLines`.",
		example: plan({ products: '\n  - { line: modular-housing, current: 200000, wallet: 400000 }' }),
		message: '`products` needs the product lines the company sells, and policy.yaml lists none; add `productLines:` to policy.yaml (`- { id: modular-housing, name: Modular site housing }`) or remove `products`',
	},
	'unknown-product-line': {
		check: 'validate',
		severity: 'error',
		description: "A product line that is not in the policy's `productLines`.",
		example: withFiles(plan({ products: '\n  - { line: modular-hosing, current: 200000, wallet: 400000 }' }), yamlFile('policy.yaml', ONE_PRODUCT_POLICY)),
		message: 'unknown product line `modular-hosing`: expected one of `Modular site housing` (by id, name or alias, in any case); did you mean `modular-housing` (`Modular site housing`)? The policy lists the allowed values so that each is counted once; use one of them, or add it to `productLines` in policy.yaml',
	},
	'duplicate-product-line': {
		check: 'validate',
		severity: 'error',
		description: 'The same product line listed twice in one plan.',
		example: withFiles(plan({ products: '\n  - { line: modular-housing, current: 100000, wallet: 400000 }\n  - { line: Modular site housing, current: 100000, wallet: 400000 }' }), yamlFile('policy.yaml', ONE_PRODUCT_POLICY)),
		message: 'product line `Modular site housing` (`Modular site housing`) is already listed at products[0]; give each line once, with its total current and wallet',
	},
	'product-current-above-wallet': {
		check: 'validate',
		severity: 'warning',
		description: "Our current revenue on a product line above the customer's wallet for it.",
		example: withFiles(plan({ products: '\n  - { line: modular-housing, current: 200000, wallet: 100000 }' }), yamlFile('policy.yaml', ONE_PRODUCT_POLICY)),
		message: 'on `Modular site housing` our current (`200000`) is above the customer\'s wallet (`100000`); the wallet is the customer\'s whole spend on the line, ours included, so raise the wallet or check the current',
	},
	'products-current-mismatch': {
		check: 'validate',
		severity: 'warning',
		description: "The product lines' current does not add up to `value.current` (more than 1 % apart).",
		example: withFiles(plan({ products: '\n  - { line: modular-housing, current: 100000, wallet: 400000 }' }), yamlFile('policy.yaml', ONE_PRODUCT_POLICY)),
		message: 'the product lines\' current adds up to `100000`, but `value.current` is `200000` (more than 1 % apart); the lines should split the account\'s current revenue, so correct one or the other',
	},
	// ---- Portals and scopes ----
	'empty-scope': {
		check: 'validate',
		severity: 'portal',
		description: 'A portal or `--scope` that matches no plan.',
		example: yamlFile('policy.yaml', 'portals:\n  - { id: mining, scope: { tier: major } }\n'),
		message: 'portal `mining` matches no plan (`tier=major`); check the values against the plans\' fields',
	},
	'unknown-portal': {
		check: 'build',
		severity: 'error',
		description: '`--portal` names no portal of the policy.',
		example: { trigger: '`npm run build -- --portal nope` with no portal `nope` in policy.yaml' },
		message: 'unknown portal `nope`; `policy.yaml` names no portals, so add `portals: [{ id: nope, scope: { region: ... } }]` there',
	},
	'content-dir': {
		check: 'dev',
		severity: 'error',
		description: 'The live preview cannot read the content directory.',
		example: { trigger: '`KAM_CONTENT=/no-such/content npm run dev` when that directory does not exist' },
		message: 'content directory `/no-such/content` does not exist; set KAM_CONTENT to the folder that holds policy.yaml, people.yaml and accounts/',
	},
	// ---- Plan bodies ----
	'mdx-esm': {
		check: 'validate',
		severity: 'error',
		description: 'A plan is content: no `import` or `export`.',
		example: planBody(`import Chart from './chart.js'\n${EXAMPLE_PLAN_BODY}`),
		message: '`import` statement: a plan is content, not code, so it cannot import anything; portal components work without importing. If this is prose, start the line with another word',
	},
	'mdx-expression': {
		check: 'validate',
		severity: 'error',
		description: 'A plan is content: no `{...}` expressions.',
		example: planEnding(`Total: {1 + 1}`),
		message: 'expression `{...}`: a plan is content, so it cannot run code; write `\\{` for a literal brace',
	},
	'mdx-html': {
		check: 'validate',
		severity: 'error',
		description: 'No HTML comments or fragments in a plan; Markdown only.',
		example: planEnding(`<!-- note -->`),
		message: 'HTML comments and fragments are not allowed in a plan; use Markdown',
	},
	'mdx-unknown-component': {
		check: 'validate',
		severity: 'error',
		description: 'Only the portal components may be used; no HTML elements.',
		example: planEnding(`<div />`),
		message: '`<div>` is not allowed: a plan is content, so HTML and unknown components are refused; use Markdown, or one of the portal components `<Callout>`, `<ForecastChart>`, `<Milestones>`, `<BuyingCentre>`',
	},
	'mdx-less-than': {
		check: 'validate',
		severity: 'error',
		description: 'A `<` that starts no tag (`<5`, `<交付`, a `<` at the end of a line): MDX reads it as a tag and cannot parse the body; write `\\<`.',
		example: planEnding(`Lead time <5 weeks.`),
		message: "`<` followed by `5`: MDX reads a `<` as the start of a tag unless a space follows it, and this is no tag, so the plan's page cannot be built; write `\\<` (or `&lt;`) for a less-than sign",
		sameProblemAs: 'mdx-syntax',
	},
	'mdx-invalid': {
		check: 'validate',
		severity: 'error',
		description: 'A body the other body rules let through that MDX still cannot parse (a portal component left open, a closing tag without its opening); the page could not be built.',
		example: planEnding(`<Callout type="note">\n\nThe workshop is booked.`),
		message: "MDX does not parse the body: Expected a closing tag for `<Callout>`; the plan's page cannot be built, so close each portal component you open (`<Callout>` ... `</Callout>`, or `<Milestones />`)",
		sameProblemAs: 'mdx-syntax',
	},
	'mdx-attribute': {
		check: 'validate',
		severity: 'error',
		description: 'An attribute a portal component does not take (never `on…` handlers).',
		example: planEnding(`<ForecastChart onClick="x" />`),
		message: 'attribute `onClick` is not allowed on `<ForecastChart>`; allowed: none',
	},
	'unknown-department': {
		check: 'validate',
		severity: 'error',
		description: "When the policy lists `departments`, a person's `department` and a resource's `from` name one of them (by id, name or alias), so each function is counted once.",
		example: withFiles(plan({ resources: '\n  - { need: A site crew, from: Operatons }' }), yamlFile('policy.yaml', 'departments:\n  - { id: operations, name: Operations, aliases: [运营部] }\n')),
		message: 'unknown department `Operatons`: expected one of `Operations` (by id, name or alias, in any case); did you mean `operations` (`Operations`)? The policy lists the allowed values so that each is counted once; use one of them, or add it to `departments` in policy.yaml',
	},
	'duplicate-team-member': {
		check: 'validate',
		severity: 'error',
		description: 'A person is listed once in `team`; give their role and effort in that one entry.',
		example: plan({ team: '[zhang-min, { person: zhang-min, role: Installation lead }]' }),
		message: '`zhang-min` is in `team` twice (also at team[0]); list each person once, with their role and their whole effort on this account',
	},
	'unknown-objective': {
		check: 'validate',
		severity: 'error',
		description: "A resource's `objective` names an objective of the plan.",
		example: plan({ resources: '\n  - { need: A site crew, objective: group-framework }' }),
		message: 'unknown objective `group-framework`: the plan has no `objectives`; add the objective or remove `objective` from the resource',
	},
	'resource-late': {
		check: 'validate',
		severity: 'warning',
		description: 'A resource still `requested` after its `by` date needs an answer from the function asked.',
		example: plan({ resources: '\n  - { need: A site crew, from: Operations, by: 2026-10-01, status: requested }' }),
		message: '`A site crew` was needed by `2026-10-01` and is still `requested`; ask `Operations` for an answer and set `status` to agreed, declined or delivered, or move `by`',
	},
	'cost-to-serve-above-max': {
		check: 'validate',
		severity: 'warning',
		description: "The plan-year budget is above the policy's `maxCostToServe` share of that year's forecast revenue.",
		example: withFiles(
			plan({ planPeriod: '{ start: 2026-01-01, end: 2026-12-31 }', forecast: '\n  - { year: 2026, revenue: 300000 }', budget: '\n  - { year: 2026, item: Travel, amount: 30000 }' }),
			yamlFile('policy.yaml', 'maxCostToServe: 0.05\n'),
		),
		message: 'the 2026 budget (`30000`) is 10 % of the year\'s forecast revenue, above the policy\'s `maxCostToServe` of 5 %; cut the budget, raise the forecast if it is too low, or have the policy changed',
	},
	'team-overload': {
		check: 'validate',
		severity: 'warning',
		description: "A person's `effort` over all plans adds up to more than one full-time person (reported once, on people.yaml, naming the plans).",
		example: withFiles(plan({ team: '[{ person: zhang-min, effort: 0.6 }]' }), plan({ team: '[{ person: zhang-min, effort: 0.5 }]' }, EXAMPLE_PLAN_BODY, 'accounts/beta.mdx')),
		message: '`zhang-min` is given 1.1 of a full-time person over all plans (`acme` 0.6, `beta` 0.5); one person has 1 to give, so lower an `effort` or hand a part to someone else',
	},
	'mdx-too-complex': {
		check: 'validate',
		severity: 'error',
		description: 'A body shaped to stall the Markdown parser (quotes or lists nested very deep, thousands of emphasis marks or tags, hundreds of character references in a paragraph, very long lines dense with Markdown marks, a long run of backticks) is refused before it is parsed.',
		example: planEnding('x ' + '`'.repeat(40)),
		message: 'a run of more than 32 backticks; a code span needs one to three, and such a run stalls the Markdown parser, so remove it',
	},
	'control-character': {
		check: 'validate',
		severity: 'error',
		description: 'A control character (NUL and the like) in a body line is invisible and would be carried into pages and exports.',
		example: { ...planEnding('Budget agreed\u0000 with procurement'), note: 'The minimal plan with the line `Budget agreed` + NUL (U+0000) + ` with procurement` at its end.' },
		message: 'the line contains the control character U+0000 (NUL) at column 14; it is invisible, and pages and exports would carry it, so delete it',
	},
	'too-many-problems': {
		check: 'validate',
		severity: 'error',
		description: 'A body lists at most 50 problems, then says how many more there are, so one pasted mistake does not bury the rest.',
		example: planEnding(Array.from({ length: 60 }, (_, i) => `{value${i}}`).join('\n\n')),
		message: '10 more problems in the body are not listed; fix the 50 above and check again',
	},
	'unsafe-link': {
		check: 'validate',
		severity: 'error',
		description: 'Links go to web, mail or portal addresses, never `javascript:`, `vbscript:` or `data:`.',
		example: planEnding(`[Click](javascript:alert(1))`),
		message: 'link to `javascript:alert(1)`: a browser reads it as `javascript:alert(1)`, which runs script or opens a document of its own; only web, mail and portal links are allowed, never `javascript:`, `vbscript:` or `data:` (however it is spelt), so remove the link or give its real address',
	},
	'plan-image': {
		check: 'validate',
		severity: 'error',
		description: 'An image that cannot be shown: another host, outside the content directory, not an image type, or no such file.',
		example: planEnding(`![Chart](https://example.com/chart.png)`),
		message: 'image `https://example.com/chart.png` cannot be shown: it is on another host: pages load nothing from other hosts, and a plan must not tell one who reads it; put the file in the content directory and give its path relative to the plan',
	},
	'plan-link': {
		check: 'validate',
		severity: 'error',
		description: "A link in a plan body that leads to no page: a plan file or slug that does not exist, a relative file the portal does not publish, or a person's, group's or review pack's page the portal does not have.",
		example: planEnding(`See [the group](../acme-group.mdx).`),
		message: 'link to `../acme-group.mdx` leads to no plan: there is no file `acme-group.mdx`, nor a plan `acme-group` in any folder, so the link would be dead; check the file name, which is relative to this plan',
		sameProblemAs: 'kam-plan-links',
	},
	'plan-link-section': {
		check: 'validate',
		severity: 'warning',
		description: "A link's `#section` that names no heading of the linked plan (or of the plan itself): the page opens at its top.",
		example: planEnding(`See [our share](#customer-performanc).`),
		message: "link to `#customer-performanc` names section `#customer-performanc`, which the plan `acme` does not have, so the link leads to no part of its page; its sections are `#customer-information`, `#customer-performance`, `#competitive-assessment`, `#action-plan` (a heading's section is its text in lower case, spaces as `-`)",
	},
	'missing-part': {
		check: 'validate',
		severity: 'tier',
		description: 'A standard part of the plan (policy `sections`) has no heading.',
		example: planBody(FIRST_PARTS),
		message: 'Unexpected missing part `Action plan` after `Competitive assessment`, expected a heading `## Action plan` or `## 行动计划`',
		sameProblemAs: 'kam-plan-parts',
	},
	'part-order': {
		check: 'validate',
		severity: 'tier',
		description: 'The standard parts are not in the policy order.',
		example: planBody(EXAMPLE_PLAN_BODY.replace('## Customer performance\n\nOur share grew from 15 % to 20 %.\n\n## Competitive assessment\n\nRival Co holds the tunnel projects.', '## Competitive assessment\n\nRival Co holds the tunnel projects.\n\n## Customer performance\n\nOur share grew from 15 % to 20 %.')),
		message: 'Unexpected part `Customer performance` after `Competitive assessment`, expected the order `Customer information`, `Customer performance`, `Competitive assessment`, `Action plan`',
		sameProblemAs: 'kam-plan-parts',
	},
	'empty-part': {
		check: 'validate',
		severity: 'tier',
		description: 'A standard part with nothing under its heading.',
		example: planBody(`${FIRST_PARTS}\n## Action plan\n`),
		message: 'Unexpected empty part `Action plan`, expected the plan\'s own text under the heading',
		sameProblemAs: 'kam-no-empty-parts',
	},
	// ---- Lint: KAM rules ----
	'kam-plan-parts': {
		check: 'lint',
		severity: 'tier',
		description: 'Lint view of `missing-part` and `part-order`, with the column.',
		example: planBody(FIRST_PARTS),
		message: 'Unexpected missing part `Action plan` after `Competitive assessment`, expected a heading `## Action plan` or `## 行动计划`',
	},
	'kam-no-empty-parts': {
		check: 'lint',
		severity: 'tier',
		description: 'Lint view of `empty-part`; also a part that still holds only the template prompt.',
		example: planBody(`${FIRST_PARTS}\n## Action plan\n`),
		message: 'Unexpected empty part `Action plan`, expected the plan\'s own text under the heading',
	},
	'kam-plan-links': {
		check: 'lint',
		severity: 'error',
		description: 'Lint view of `plan-link` for a link to another plan that does not exist, with the column.',
		example: planEnding(`See [the group](../acme-group.mdx).`),
		message: 'link to `../acme-group.mdx` leads to no plan: there is no file `acme-group.mdx`, nor a plan `acme-group` in any folder, so the link would be dead; check the file name, which is relative to this plan',
	},
	'mdx-syntax': {
		check: 'lint',
		severity: 'error',
		description: 'The body does not parse as MDX.',
		example: planEnding(`<Unclosed`),
		message: 'MDX does not parse: Unexpected end of file after name, expected a character that can start an attribute name, such as a letter, `$`, or `_`; whitespace before attributes; or the end of the tag',
	},
	'no-set-html': {
		check: 'lint',
		severity: 'error',
		description: 'A portal `.astro` source uses `set:html`, which would put content into the page unescaped.',
		example: { trigger: 'a `.astro` file under `src/` with `<div set:html={text} />`', source: '---\nconst text = Astro.props.text;\n---\n<div set:html={text} />\n' },
		message: 'Unexpected `set:html` with a computed value, expected a literal string; render values as `{value}` so Astro escapes them',
	},
	'lint': {
		check: 'lint',
		severity: 'warning',
		description: 'A lint message without a rule of its own.',
		example: { trigger: 'none: every message of the current lint rules has its rule' },
		message: '',
	},
	// ---- Lint: remark-lint recommended ----
	'final-newline': {
		check: 'lint',
		severity: 'warning',
		description: 'The file ends with a newline.',
		example: { file: EXAMPLE_PLAN_FILE, text: plan().text.trimEnd(), note: 'The minimal plan without a line end after its last line.' },
		message: 'Unexpected missing final newline character, expected line feed (`\\n`) at end of file',
	},
	'list-item-bullet-indent': {
		check: 'lint',
		severity: 'warning',
		description: 'List bullets are not indented.',
		example: planEnding(`More:\n\n - One more.`),
		message: 'Unexpected `1` space before list item, expected `0` spaces, remove them',
	},
	'list-item-indent': {
		check: 'lint',
		severity: 'warning',
		description: 'One space between the bullet and the text.',
		example: planEnding(`-   Spaced.`),
		message: 'Unexpected `3` spaces between list item marker and content, expected `1` space, remove `2` spaces',
	},
	'no-blockquote-without-marker': {
		check: 'lint',
		severity: 'warning',
		description: 'Every line of a block quote starts with `>`.',
		example: planEnding(`> Quoted\nlazy line.`),
		message: 'Unexpected `0` block quote markers before paragraph line, expected `1` marker, add `1` marker',
	},
	'no-literal-urls': {
		check: 'lint',
		severity: 'warning',
		description: 'Web addresses are written as links, `<https://…>` or `[text](https://…)`.',
		example: { trigger: 'none: MDX has no bare-address autolinks, so plans cannot break this rule of the recommended preset' },
		message: '',
	},
	'ordered-list-marker-style': {
		check: 'lint',
		severity: 'warning',
		description: 'Numbered lists use `1.`, not `1)`.',
		example: planEnding(`1) First.`),
		message: 'Unexpected ordered list marker `)`, expected `.`',
	},
	'hard-break-spaces': {
		check: 'lint',
		severity: 'warning',
		description: 'A hard line break is two spaces, not more.',
		example: planEnding(`One line   \nand the next.`),
		message: 'Unexpected `3` spaces for hard break, expected `2` spaces',
	},
	'no-duplicate-definitions': {
		check: 'lint',
		severity: 'warning',
		description: 'A link definition is given once.',
		example: planEnding(`See [site][a].\n\n[a]: https://example.com\n[a]: https://example.org`),
		message: 'Unexpected definition with an already defined identifier (`a`), expected unique identifiers',
	},
	'no-heading-content-indent': {
		check: 'lint',
		severity: 'warning',
		description: 'One space between `#` and the heading text.',
		example: planEnding(`###  Notes\n\nText.`),
		message: 'Unexpected `2` spaces between hashes and content, expected `1` space, remove `1` space',
	},
	'no-shortcut-reference-image': {
		check: 'lint',
		severity: 'warning',
		description: 'Image references are written in full, `![text][]`.',
		example: planEnding(`![logo]\n\n[logo]: logo.png`),
		message: 'Unexpected shortcut reference image (`![text]`), expected collapsed reference (`![text][]`)',
	},
	'no-shortcut-reference-link': {
		check: 'lint',
		severity: 'warning',
		description: 'Link references are written in full, `[text][]`.',
		example: planEnding(`See [site].\n\n[site]: https://example.com`),
		message: 'Unexpected shortcut reference link (`[text]`), expected collapsed reference (`[text][]`)',
	},
	'no-undefined-references': {
		check: 'lint',
		severity: 'warning',
		description: 'A link reference has its definition.',
		example: planEnding(`See [site][nowhere].`),
		message: 'Unexpected reference to undefined definition, expected corresponding definition (`nowhere`) for a link or escaped opening bracket (`\\[`) for regular text',
	},
	'no-unused-definitions': {
		check: 'lint',
		severity: 'warning',
		description: 'A link definition is used.',
		example: planEnding(`[unused]: https://example.com`),
		message: 'Unexpected unused definition, expected no definition or one or more references to `unused`',
	},
} satisfies Record<string, RuleEntry>;

/** The id of a rule: what `Diagnostic.rule` holds. */
export type RuleId = keyof typeof RULES;

export function isRuleId(id: string): id is RuleId {
	return Object.hasOwn(RULES, id);
}

/** Two reports of the same problem share this (validation and lint run the plan-parts rule both). */
export function problemRule(id: RuleId): RuleId {
	const same = (RULES[id] as RuleEntry).sameProblemAs;
	return same !== undefined && isRuleId(same) ? same : id;
}
