/**
 * The answers `npm run new-plan` needs, and what makes each acceptable. Pure,
 * so the prompts, the flags and the tests share one set of rules.
 */
import { CATEGORIES, type Category, type Tier, TIERS } from '../../../schemas/enums.ts';
import { SLUG_PATTERN } from '../../../schemas/ids.ts';
import { OutputFormat, segment } from 'pinyin-pro';
import { compareText } from '../compare.ts';
import type { NewPlanAnswers } from './template.ts';

export const FIELDS = ['name', 'slug', 'tier', 'category', 'owner'] as const;
export type Field = (typeof FIELDS)[number] | 'sponsor';

export interface AnswerContext {
	/** Ids listed in people.yaml. */
	personIds: ReadonlySet<string>;
	/** Slugs already used anywhere under accounts/, with their files. */
	existing: Readonly<Record<string, string>>;
}

const list = (values: readonly string[]) => values.map((v) => `\`${v}\``).join(', ');

/** Slugs are at most this long (the file name and the web address). */
const MAX_SLUG = 80;

/** Legal forms at the end of a Chinese company name, which a slug leaves out. */
const LEGAL_FORM = /(?:股份有限公司|有限责任公司|有限公司|公司)$/u;
const HAN = /\p{Script=Han}/u;

/**
 * The words of a name with Chinese characters, in pinyin without tones: the
 * characters of a word pinyin-pro knows (厦门) make one word, and the others
 * are taken two by two, as most Chinese company names are built (华建 建设
 * 集团 → huajian-jianshe-jituan); letters and digits stay as they are.
 */
function pinyinWords(name: string): string[] {
	const words: string[] = [];
	let ascii = '';
	let pending: string[] = [];
	const flushAscii = () => {
		if (ascii !== '') words.push(ascii);
		ascii = '';
	};
	const flushPending = () => {
		for (let i = 0; i < pending.length; i += 2) words.push(pending.slice(i, i + 2).join(''));
		pending = [];
	};
	for (const { origin, result } of segment(name, { format: OutputFormat.AllSegment, toneType: 'none', v: true })) {
		if (HAN.test(origin)) {
			flushAscii();
			const syllables = result.toLowerCase().replace(/[^a-z]/g, '');
			if (syllables === '') continue;
			if ([...origin].length > 1) {
				flushPending();
				words.push(syllables);
			} else pending.push(syllables);
			continue;
		}
		flushPending();
		const letters = origin.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
		if (/^[a-z0-9]+$/.test(letters)) ascii += letters;
		else flushAscii();
	}
	flushAscii();
	flushPending();
	return words;
}

/** Words joined by hyphens, cut at a word to fit a slug's length. */
function slugOf(words: readonly string[]): string | undefined {
	let slug = '';
	for (const word of words) {
		const next = slug === '' ? word : `${slug}-${word}`;
		if (next.length > MAX_SLUG) break;
		slug = next;
	}
	return slug !== '' && SLUG_PATTERN.test(slug) ? slug : undefined;
}

/**
 * A suggested slug: `Acme Industrial Group` → `acme-industrial-group`; a
 * Chinese name in pinyin without its legal form, which is how Chinese teams
 * write ASCII ids: `华建建设集团有限公司` → `huajian-jianshe-jituan`.
 */
export function suggestSlug(name: string): string | undefined {
	const normal = name.normalize('NFKC').trim();
	if (HAN.test(normal)) {
		const withoutForm = normal.replace(LEGAL_FORM, '');
		return slugOf(pinyinWords(HAN.test(withoutForm) ? withoutForm : normal));
	}
	const words = normal
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter((word) => word !== '');
	return slugOf(words);
}

/**
 * A warning for a slug that is a tier or category word (`major`, `key`...):
 * most likely typed into the wrong prompt. Undefined for any other slug.
 */
export function slugWarning(slug: string): string | undefined {
	const v = slug.trim();
	if ((TIERS as readonly string[]).includes(v)) return `slug \`${v}\` is a tier, not a customer: was it meant for the tier question? A slug names the customer, like \`acme-industrial\``;
	if ((CATEGORIES as readonly string[]).includes(v)) return `slug \`${v}\` is a category, not a customer: was it meant for the category question? A slug names the customer, like \`acme-industrial\``;
	return undefined;
}

/** Why an answer is not acceptable, or undefined when it is. */
export function problemWith(field: Field, value: string, context: AnswerContext, tier?: string): string | undefined {
	const v = value.trim();
	switch (field) {
		case 'name':
			if (v === '') return 'the customer name is empty';
			return v.length > 200 ? `the customer name has ${v.length} characters; at most 200` : undefined;
		case 'slug':
			if (!SLUG_PATTERN.test(v)) return `\`${v}\` is not a valid slug: use lowercase ASCII letters, digits and single hyphens, like \`acme-industrial\``;
			if (Object.hasOwn(context.existing, v)) return `slug \`${v}\` is already used by \`${context.existing[v]}\`; choose another, or edit that plan`;
			return undefined;
		case 'tier':
			return (TIERS as readonly string[]).includes(v) ? undefined : `tier must be one of ${list(TIERS)}; found \`${v}\``;
		case 'category':
			return (CATEGORIES as readonly string[]).includes(v) ? undefined : `category must be one of ${list(CATEGORIES)}; found \`${v}\``;
		case 'owner':
		case 'sponsor':
			if (v === '' && (field === 'sponsor' || tier === 'mass-market')) return undefined;
			if (v === '') return 'the account needs an owner: the id of its account manager in people.yaml (only mass-market accounts may have none)';
			return context.personIds.has(v) ? undefined : `unknown person \`${v}\`: use an id from people.yaml (${[...context.personIds].sort().slice(0, 12).join(', ')}${context.personIds.size > 12 ? ', ...' : ''})`;
	}
}

/** Checks every answer at once; returns the answers or every problem. */
export function checkAnswers(raw: Partial<Record<Field, string>>, context: AnswerContext): { answers?: NewPlanAnswers; problems: string[] } {
	const problems: string[] = [];
	for (const field of FIELDS) {
		const value = raw[field];
		if (value === undefined) {
			if (field !== 'owner' || raw.tier !== 'mass-market') problems.push(`missing --${field}`);
			continue;
		}
		const problem = problemWith(field, value, context, raw.tier);
		if (problem) problems.push(problem);
	}
	if (raw.sponsor !== undefined) {
		const problem = problemWith('sponsor', raw.sponsor, context, raw.tier);
		if (problem) problems.push(problem);
	}
	if (problems.length > 0) return { problems };
	const trimmed = (field: Field) => raw[field]?.trim() || undefined;
	return {
		problems,
		answers: {
			name: trimmed('name')!,
			slug: trimmed('slug')!,
			tier: trimmed('tier') as Tier,
			category: trimmed('category') as Category,
			owner: trimmed('owner'),
			sponsor: trimmed('sponsor'),
		},
	};
}

/**
 * The folders under accounts/ that hold plans (`accounts/east-china`), each
 * once, sorted: the sample plans are grouped by region, and a new plan joins
 * its group. `paths` are content-relative file paths.
 */
export function planFolders(paths: readonly string[]): string[] {
	const folders = new Set<string>();
	for (const path of paths) {
		const parts = path.split('/');
		if (parts[0] !== 'accounts') continue;
		for (let end = 2; end < parts.length; end++) folders.add(parts.slice(0, end).join('/'));
	}
	return [...folders].sort(compareText);
}

/** Why a folder typed for a new plan is not acceptable, or undefined. */
export function problemWithFolder(folder: string): string | undefined {
	const parts = folder.trim().split('/').filter((part) => part !== '');
	const below = parts[0] === 'accounts' ? parts.slice(1) : parts;
	if (below.length === 0) return undefined;
	const bad = below.find((part) => !SLUG_PATTERN.test(part));
	return bad === undefined ? undefined : `\`${folder.trim()}\` is not a folder name for accounts/: use lowercase ASCII letters, digits and hyphens, like \`east-china\``;
}

/** `east-china`, `accounts/east-china/` → `accounts/east-china`; empty → `accounts`. */
function normalFolder(folder: string): string {
	const parts = folder.trim().split('/').filter((part) => part !== '');
	return ['accounts', ...(parts[0] === 'accounts' ? parts.slice(1) : parts)].join('/');
}

/** How `npm run new-plan` talks to the writer: a terminal, or a test's script. */
export interface Prompter {
	/** Asks one question; resolves with the answer as typed. */
	question(text: string): Promise<string>;
	/** Tells the writer something: a problem with an answer, a warning. */
	say(text: string): void;
}

export interface InterviewContext extends AnswerContext {
	/** The folders under accounts/ that hold plans (see planFolders). */
	folders: readonly string[];
}

const YES = /^(y|yes|是|对)$/i;

/**
 * Asks for every answer that is missing, one question at a time, until each is
 * acceptable: the name, the slug (suggested from the name, in pinyin for a
 * Chinese one; a tier or category word needs a yes), the tier, the category,
 * the owner (and a major account's sponsor), and the folder under accounts/
 * (one of those that exist, or a new one). Answers given as flags are kept.
 * Returns the answers and the folder (`accounts/...`, or undefined when the
 * folder was given as a flag).
 */
export async function interview(
	given: Partial<Record<Field, string>>,
	givenFolder: string | undefined,
	context: InterviewContext,
	io: Prompter,
): Promise<{ values: Partial<Record<Field, string>>; folder?: string }> {
	const values = { ...given };
	const question = async (field: Field, label: string, fallback?: string) => {
		for (;;) {
			const answer = (await io.question(`${label}${fallback ? ` [${fallback}]` : ''}: `)).trim() || fallback || '';
			const problem = problemWith(field, answer, context, values.tier);
			if (!problem) return answer;
			io.say(`  ${problem}`);
		}
	};
	values.name ??= await question('name', 'Customer name (any language)');
	while (values.slug === undefined) {
		const slug = await question('slug', 'Slug: the file name and web address (a-z, 0-9, hyphens)', suggestSlug(values.name));
		const warning = slugWarning(slug);
		if (warning) {
			io.say(`  Warning: ${warning}`);
			if (!YES.test((await io.question(`Use \`${slug}\` as the slug anyway? (y/N): `)).trim())) continue;
		}
		values.slug = slug;
	}
	values.tier ??= await question('tier', `Tier (${TIERS.join(' | ')})`);
	values.category ??= await question('category', `Category (${CATEGORIES.join(' | ')})`);
	const ids = [...context.personIds].sort().join(', ');
	values.owner ??= await question('owner', `Owner: the account manager's id in people.yaml (${ids})${values.tier === 'mass-market' ? ', or empty' : ''}`);
	if (values.tier === 'major') values.sponsor ??= await question('sponsor', "Executive sponsor's id in people.yaml", values.owner);
	if (givenFolder !== undefined) return { values };
	if (context.folders.length === 0) return { values, folder: 'accounts' };
	const options = context.folders.map((folder, index) => `  ${index + 1}) ${folder}/`);
	io.say(['Folder: plans are grouped in folders under accounts/ (by region in the samples):', '  0) accounts/ itself', ...options].join('\n'));
	for (;;) {
		const answer = (await io.question(`Folder: a number, or a new folder's name [0]: `)).trim();
		if (/^\d+$/.test(answer)) {
			const index = Number(answer);
			if (index === 0) return { values, folder: 'accounts' };
			const folder = context.folders[index - 1];
			if (folder) return { values, folder };
			io.say(`  there is no folder ${answer}: choose 0 to ${context.folders.length}, or type a folder name`);
			continue;
		}
		const problem = problemWithFolder(answer);
		if (!problem) return { values, folder: normalFolder(answer) };
		io.say(`  ${problem}`);
	}
}
