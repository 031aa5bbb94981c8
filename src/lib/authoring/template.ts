/**
 * The standard plan template: frontmatter with the fields a plan of its tier
 * needs, and the policy's parts with a prompt under each. Pure: the CLI
 * (`npm run new-plan`) gathers the answers and writes the file.
 */
import { stringify } from 'yaml';
import type { Category, Tier } from '../../../schemas/enums.ts';
import type { Policy } from '../../../schemas/policy.ts';
import { partsAreRequired } from '../content/sections.ts';
import { PART_GUIDES } from './part-guide.ts';

export interface NewPlanAnswers {
	name: string;
	slug: string;
	tier: Tier;
	category: Category;
	/** Person id; optional for mass-market. */
	owner?: string;
	/** Person id of the executive sponsor; major plans need one (defaults to the owner). */
	sponsor?: string;
	/** Start an application to develop the customer as a key account (开发申请): who applies, and the day. */
	application?: { by: string; proposed: string };
}

/** Column where frontmatter comments start. */
const COMMENT_COLUMN = 30;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Chinese (or other CJK) customer names get Chinese headings and prompts. */
export function usesCjk(text: string): boolean {
	return CJK.test(text);
}

/** A YAML scalar, quoted only when it must be (`Acme: Group` → `"Acme: Group"`). */
function scalar(value: string | number): string {
	return stringify(value).trimEnd();
}

/** The heading of a part in the plan's language: the first title in that script, else the first title. */
function headingOf(section: Policy['sections'][number], cjk: boolean): string {
	return section.titles.find((title) => usesCjk(title) === cjk) ?? section.titles[0]!;
}

function promptOf(sectionId: string, cjk: boolean): string {
	const guide = PART_GUIDES[sectionId];
	if (guide) return cjk ? guide.zh : guide.en;
	return cjk ? '撰写规划的这一部分。' : 'Write this part of the plan.';
}

/** The comment that lists a policy vocabulary's names, or nothing without one. */
function choices(list: string, entries: readonly { name: string }[] | undefined): string | undefined {
	return entries && entries.length > 0 ? `one of policy.yaml ${list}: ${entries.map((entry) => entry.name).join(', ')}` : undefined;
}

/**
 * The text of a new plan. Amounts start at the tier's thresholds from policy
 * (so the declared tier matches the figures) and are marked as placeholders,
 * last year's actuals (`financials`) among them;
 * the review date is left out, so the plan is due for its first review at once.
 */
export function planTemplate(answers: NewPlanAnswers, policy: Policy, year: number): string {
	const cjk = usesCjk(answers.name);
	const { tier } = answers;
	const rules = tier === 'mass-market' ? undefined : policy.tiers[tier];
	const current = rules?.minCurrent ?? 0;
	const potential = rules?.minPotential ?? 0;
	const measuredByShare = partsAreRequired(tier); // major and named: share of wallet
	const lines: string[] = ['---'];
	/** A line with its comment aligned, so the frontmatter reads like a form. */
	const add = (line: string, comment?: string) => lines.push(comment ? `${line.padEnd(COMMENT_COLUMN - 1)} # ${comment}` : line);

	add(`name: ${scalar(answers.name)}`);
	add(`tier: ${tier}`, `major | named | non-named | mass-market`);
	add(`category: ${answers.category}`, `key | target | normal | lost`);
	if (answers.owner) add(`owner: ${answers.owner}`, `account manager (id from people.yaml)`);
	if (tier === 'major') {
		const sponsor = answers.sponsor ?? answers.owner;
		add(`sponsor: ${sponsor}`, `executive sponsor (id from people.yaml)${answers.sponsor ? '' : '; replace with the senior manager who sponsors this account'}`);
	}
	add('# team:', 'the account team, ids from people.yaml');
	add('#   - wang-fang', 'a person id, or with their part:');
	add('#   - { person: zhang-min, role: Installation lead, effort: 0.2 }', 'effort: share of a full-time person, 0..1');
	add(`# region: ${policy.regions?.[0]?.name ?? 'East China'}`, choices('regions', policy.regions));
	add(`# industry: ${policy.industries?.[0]?.name ?? 'Construction'}`, choices('industries', policy.industries));
	add(`# tags: [${policy.tags?.[0] ?? 'strategic'}]`, policy.tags ? `from policy.yaml tags: ${policy.tags.join(', ')}` : 'premium, high-value, group, strategic, potential...');
	if (answers.category === 'lost') {
		add('lost:');
		add(`  date: ${year}-01-01`, `placeholder: when the account was lost`);
		add('  reason: Placeholder; say why it was lost, so it does not happen again');
	}
	add('value:', 'placeholders from the tier thresholds in policy.yaml: replace them');
	add(`  current: ${current}`, `revenue from this customer in the last 12 months`);
	add(`  potential: ${potential}`, `revenue we could reach`);
	if (measuredByShare) add(`  wallet: ${potential}`, `what the customer spends in our category in a year`);
	add('targets:');
	if (measuredByShare) add('  shareOfWallet: 0.3', 'placeholder: the share of the wallet we aim for (0.3 = 30 %)');
	else add(`  revenue: ${current}`, `placeholder: the revenue goal`);
	add('financials:', `placeholder: last year's actuals; replace them, or let npm run import-actuals fill them`);
	add(`  - { year: ${year - 1}, revenue: ${current}, contribution: 0, cost: 0 }`, 'revenue, contribution margin and account cost');
	add('# budget:', "the account team's budget (客户小组预算), per year and item");
	add(`#   - { year: ${year}, item: Executive visits and travel, amount: 60000 }`);
	add('# resources:', 'what the plan needs from other functions (所需的资源)');
	add('#   - need: A dedicated installation crew', 'what is needed');
	add(`#     from: ${policy.departments?.[0]?.name ?? 'Operations'}`, choices('departments', policy.departments) ?? 'the function asked');
	add(`#     by: ${year}-03-01`, 'optional: when it is needed');
	add('#     status: requested', 'requested | agreed | declined | delivered');
	add('#     objective: group-framework', 'optional: the objective it serves');
	if (tier === 'major') {
		add('forecast:', 'up to 5 years; placeholder: replace with the real outlook');
		add(`  - { year: ${year}, revenue: ${current} }`);
	}
	const productLines = policy.productLines ?? [];
	// Product lines only exist once policy.yaml lists them (`products` is an error without them).
	if (productLines.length > 0) {
		add('# products:', `our revenue and the customer's spend per product line: ${productLines.map((line) => line.id).join(', ')}`);
		add(`#   - { line: ${productLines[0]!.id}, current: 0, wallet: 0 }`, 'current 0 with a wallet above 0 is whitespace');
	}
	add(`planPeriod: { start: ${year}-01-01, end: ${year}-12-31 }`);
	add('# objectives:', "the customer goals and how progress is measured");
	add('#   - id: group-framework', 'unique in this plan; actions refer to it');
	add('#     title: Win the group framework agreement');
	add("#     measure: Share of the group's spend in our category");
	add('#     unit: share', 'share (0..1) | money | count');
	add('#     baseline: 0.2', 'the value when the objective was set');
	add('#     target: 0.35', 'the value to reach (may be lower, e.g. a cost)');
	add('#     current: 0.2', 'the latest measured value');
	add(`#     due: ${year}-12-31`);
	add('# review:');
	add('#   last: YYYY-MM-DD', 'add the date once the plan has been reviewed');
	add('#   history:', 'the review meetings');
	add(`#     - date: ${year}-06-30`);
	add(`#       by: [${answers.sponsor ?? answers.owner ?? 'li-wei'}]`, 'who reviewed (ids from people.yaml)');
	add('#       outcome: approved', 'approved | revise | escalate');
	add('#       findings: { goals-realistic: ok, resources-linked: concern }', 'ok | concern per review question');
	add('#       decisions: [Add a site-services offer]');
	add('# contacts:', "the customer's buying centre");
	add('#   - id: zhao-lei', 'unique in this plan; add reportsTo: <id> to place a contact under its manager');
	add('#     name: Zhao Lei');
	add('#     title: VP Procurement');
	add('#     role: decider', 'initiator | user | influencer | decider | buyer | gatekeeper');
	add('#     stance: supporter', 'champion | supporter | neutral | skeptic | opponent');
	add('#     strength: strong', 'strong | medium | weak | none');
	add(`#     coveredBy: ${answers.owner ?? 'li-wei'}`, 'who on our side owns this relationship');
	add(`#     lastContact: ${year}-01-15`, 'the last meaningful contact');
	add('# competitors:');
	add('#   - { name: Rival Co, share: 0.4, notes: Incumbent on tunnel projects }');
	add('# actions:', 'milestones of the action plan');
	add('#   - title: Executive workshop');
	add(`#     owner: ${answers.owner ?? 'li-wei'}`);
	add(`#     due: ${year}-12-01`);
	add('#     status: planned', 'planned | in-progress | done | blocked | dropped');
	add('#     objective: group-framework', 'the objective this action serves');
	if (answers.application) {
		const revenue = Math.max(potential, 1);
		add('application:', 'a proposal to develop this customer as a key account (开发申请)');
		add(`  proposed: ${answers.application.proposed}`);
		add(`  by: ${answers.application.by}`, 'who applies (id from people.yaml)');
		add(`  expectedRevenue: ${revenue}`, 'placeholder: yearly revenue once developed');
		add(`  expectedContribution: ${Math.round(revenue * 0.2)}`, 'placeholder: yearly contribution once developed');
		add('  developmentCost: 0', 'placeholder: travel, events, samples, management time (开发费用)');
		add('  risk: medium', 'low | medium | high');
		add('  advantages: [partnership]', 'partnership, custom-solution, customer-efficiency, usage-efficiency, lower-cost');
		add('  # decision: { date: YYYY-MM-DD, by: <id>, outcome: approved }', 'approved | rejected | deferred; none = pending');
	}
	add('---');
	for (const section of policy.sections) {
		add('');
		add(`## ${headingOf(section, cjk)}`);
		add('');
		add(`*${promptOf(section.id, cjk)}*`);
	}
	return `${lines.join('\n')}\n`;
}
