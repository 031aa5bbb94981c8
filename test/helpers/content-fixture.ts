import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { PlanFrontmatter } from '../../schemas/plan.ts';
import type { ContentSnapshot } from '../../src/lib/content/validate.ts';
import { SAMPLE_CONTENT } from './build-site.ts';
import { EXAMPLE_PLAN_BODY } from '../../src/lib/rules.ts';

/** A complete, valid major plan; tests change one thing at a time. */
export function validFrontmatter(): PlanFrontmatter {
	return {
		name: 'Acme Industrial Group',
		tier: 'major',
		category: 'key',
		owner: 'li-wei',
		sponsor: 'zhang-min',
		team: ['wang-fang'],
		region: 'East China',
		industry: 'Construction',
		tags: ['strategic'],
		value: { current: 6_000_000, potential: 25_000_000, wallet: 30_000_000 },
		targets: { shareOfWallet: 0.35 },
		financials: [
			{ year: 2024, revenue: 4_000_000, contribution: 900_000, cost: 200_000 },
			{ year: 2025, revenue: 5_500_000, contribution: 1_200_000, cost: 250_000 },
		],
		forecast: [{ year: 2026, revenue: 7_000_000 }],
		review: { last: '2026-09-15' },
		planPeriod: { start: '2026-01-01', end: '2026-12-31' },
		contacts: [{ name: 'Zhao Lei', id: 'zhao-lei', title: 'VP Procurement', role: 'decider', stance: 'supporter', strength: 'strong', coveredBy: 'li-wei', lastContact: '2026-11-01' }],
		competitors: [{ name: 'Rival Co', share: 0.4, notes: 'Incumbent on tunnel projects' }],
		actions: [{ title: 'Executive workshop', owner: 'li-wei', due: '2026-12-01', status: 'in-progress', objective: 'group-framework' }],
		objectives: [
			{
				id: 'group-framework',
				title: 'Win the 2027 group framework agreement',
				measure: "Share of the group's modular-building spend",
				unit: 'share',
				baseline: 0.2,
				target: 0.35,
				current: 0.3,
				due: '2027-06-30',
			},
		],
	};
}

/** The valid plan as loose data, for tests that break it. */
export function validPlan(): Record<string, unknown> {
	return validFrontmatter();
}

/** The four parts, each with a line of text: the same body as the rule registry's examples. */
export const VALID_BODY = EXAMPLE_PLAN_BODY;

export const VALID_PEOPLE = `- id: li-wei
  name: Li Wei
  title: Key account manager
- id: zhang-min
  name: Zhang Min
  title: Sales director
- id: wang-fang
  name: Wang Fang
`;

/** A plan file from frontmatter data (or raw YAML text) and a body. */
export function planFile(frontmatter: Record<string, unknown> | string = validPlan(), body = VALID_BODY): string {
	const yaml = typeof frontmatter === 'string' ? frontmatter : stringify(frontmatter);
	return `---\n${yaml.endsWith('\n') ? yaml : `${yaml}\n`}---\n${body}`;
}

/**
 * A valid visit report of the valid plan (folder `visits/<its slug>/`, file
 * `2026-11-20-<topic>.mdx`): its frontmatter lines in file order (line 2 is
 * `date`), each changed by `change` (a deleted key is left out), and `body`.
 */
export function visitFile(change: (lines: Record<string, string>) => void = () => {}, body = 'Notes in prose.\n'): string {
	const lines: Record<string, string> = {
		date: '2026-11-20',
		type: 'visit',
		status: 'done',
		ours: '[li-wei, zhang-min]',
		theirs: '[zhao-lei]',
		purpose: 'Present the 2027 framework offer',
		outcome: 'Agreed to a site trial in Suzhou',
		objective: 'group-framework',
		next: '\n  - { title: Send the trial proposal, owner: li-wei, due: 2026-12-01, status: planned }',
	};
	change(lines);
	return `---\n${Object.entries(lines)
		.map(([key, value]) => `${key}:${value.startsWith('\n') ? '' : ' '}${value}`)
		.join('\n')}\n---\n${body}`;
}

const encoder = new TextEncoder();

/** An in-memory content directory: `accounts` maps paths under accounts/ to file text or bytes. */
export function snapshot(accounts: Record<string, string | Uint8Array>, options: { people?: string | null; policy?: string } = {}): ContentSnapshot {
	const toBytes = (value: string | Uint8Array) => (typeof value === 'string' ? encoder.encode(value) : value);
	return {
		people: options.people === null ? undefined : { path: 'people.yaml', bytes: toBytes(options.people ?? VALID_PEOPLE) },
		policy: options.policy === undefined ? undefined : { path: 'policy.yaml', bytes: toBytes(options.policy) },
		accounts: Object.entries(accounts).map(([path, text]) => ({ path: `accounts/${path}`, bytes: toBytes(text) })),
	};
}

/** Writes a content directory to a fresh temp dir and returns its path. */
export async function writeContentDir(files: Record<string, string | Uint8Array>): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'kam-content-'));
	for (const [path, text] of Object.entries(files)) {
		await mkdir(dirname(join(dir, path)), { recursive: true });
		await writeFile(join(dir, path), text);
	}
	return dir;
}

/** A temp copy of the sample content, to break or change in one test. */
export async function copySampleContent(): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'kam-sample-'));
	await cp(SAMPLE_CONTENT, dir, { recursive: true });
	return dir;
}

/** A policy text without its `regions`, `industries` and `tags` lists, so a test may write any free text there. */
export function withoutVocabularies(policy: string): string {
	return policy.replace(/^(?:regions|industries|tags):.*\n(?:[ \t]+\S.*\n)*/gm, '');
}
