/**
 * One portal per audience: a scoped build shows the scoped plans and nothing of
 * the others, anywhere in its output (pages, exports, calendar, search index).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildSite, runNode, SAMPLE_CONTENT, TEST_AS_OF } from '../helpers/build-site.ts';

interface SourcePlan {
	slug: string;
	name: string;
	owner?: string;
	region?: string;
	currency?: string;
	value: { current: number; potential: number; wallet?: number };
}

/** The sample plans read straight from their files, independently of the validator. */
async function samplePlans(): Promise<SourcePlan[]> {
	const dir = join(SAMPLE_CONTENT, 'accounts');
	const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.mdx'));
	return Promise.all(
		files.map(async (file) => {
			const text = await readFile(join(dir, file), 'utf8');
			const frontmatter = parse(text.split(/^---$/m)[1]!) as Omit<SourcePlan, 'slug'>;
			return { ...frontmatter, slug: file.split('/').at(-1)!.replace(/\.mdx$/, '') };
		}),
	);
}

/** Every file of a built site as text; Pagefind's gzipped index files are unpacked first. */
async function siteTexts(dir: string): Promise<Map<string, string>> {
	const texts = new Map<string, string>();
	for (const file of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!file.isFile()) continue;
		const path = join(file.parentPath, file.name);
		let bytes: Buffer = await readFile(path);
		if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
		texts.set(relative(dir, path), bytes.toString('utf8'));
	}
	return texts;
}

describe('npm run build -- --scope owner=xu-ting', () => {
	const OWNER = 'xu-ting';
	let outDir: string;
	let stdout: string;
	let inScope: SourcePlan[];
	let outside: SourcePlan[];
	let texts: Map<string, string>;

	beforeAll(async () => {
		const outcome = await buildSite({ args: ['--scope', `owner=${OWNER}`] });
		expect(outcome.code, outcome.stdout + outcome.stderr).toBe(0);
		({ outDir, stdout } = outcome);
		const plans = await samplePlans();
		inScope = plans.filter((p) => p.owner === OWNER);
		outside = plans.filter((p) => p.owner !== OWNER);
		texts = await siteTexts(outDir);
	});

	it('says how many plans the scope holds', () => {
		expect(inScope.length).toBeGreaterThan(1);
		expect(stdout).toContain(`Scope \`owner=${OWNER}\`: ${inScope.length} plans`);
	});

	it('publishes a page for every scoped plan and none for the others', async () => {
		const pages = (await readdir(join(outDir, 'accounts'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
		expect(pages.sort()).toEqual(inScope.map((p) => p.slug).sort());
	});

	it('contains no name, slug or figure of an account outside the scope, in any file (HTML, JSON, CSV, ICS, search index)', () => {
		const inScopeSources = JSON.stringify(inScope);
		// Sums the scoped rollups may show: any subset of the scoped plans' values, and of their product lines' figures.
		const subsetSums = (values: number[]) => values.reduce((all, value) => new Set([...all, ...[...all].map((s) => s + value)]), new Set([0]));
		const products = inScope.flatMap((p) => (p as { products?: { current: number; wallet: number }[] }).products ?? []);
		const sums = new Set([
			...subsetSums(inScope.flatMap((p) => [p.value.current, p.value.potential, p.value.wallet ?? 0])),
			...subsetSums(products.map((line) => line.current)),
			...subsetSums(products.map((line) => line.wallet)),
		]);
		// Figures of out-of-scope plans only: one an in-scope plan or rollup also has proves nothing.
		const figures = outside
			.flatMap((p) => [p.value.current, p.value.potential, p.value.wallet])
			.filter((n): n is number => n !== undefined && n >= 100_000 && !sums.has(n) && !inScopeSources.includes(String(n)));
		const secrets = [...outside.flatMap((p) => [p.name, p.slug]), ...figures.map(String)];
		expect(figures.length).toBeGreaterThan(5);
		const leaks: string[] = [];
		for (const [file, text] of texts) for (const secret of secrets) if (text.includes(secret)) leaks.push(`${file}: ${secret}`);
		expect(leaks).toEqual([]);
	});

	it('publishes no visit report of a plan outside the scope (the sample visits are all of other owners)', () => {
		expect(texts.get('visits.ics')).not.toContain('BEGIN:VEVENT');
		expect(JSON.parse(texts.get('data/visits-table.json')!).rows).toEqual([]);
		expect(texts.get('visits/index.html')).not.toMatch(/visit-status-done/);
	});

	it('indexes only the scoped plans for search', () => {
		const fragments = [...texts].filter(([file]) => file.startsWith('pagefind/fragment/')).map(([, text]) => text);
		expect(fragments).toHaveLength(inScope.length);
		for (const plan of inScope) expect(fragments.some((f) => f.includes(`/accounts/${plan.slug}/`))).toBe(true);
	});

	it('rolls up the scoped plans only: totals equal sums over them', () => {
		const json = JSON.parse(texts.get('data/accounts.json')!) as {
			accounts: { slug: string }[];
			total: { count: number; current: Record<string, number>; potential: Record<string, number> };
			rollups: { tier: { key: string; count: number }[] };
		};
		expect(json.accounts.map((a) => a.slug).sort()).toEqual(inScope.map((p) => p.slug).sort());
		const sum = (pick: (p: SourcePlan) => number) => inScope.reduce((total, p) => total + pick(p), 0);
		expect(new Set(inScope.map((p) => p.currency ?? 'CNY'))).toEqual(new Set(['CNY']));
		expect(json.total.count).toBe(inScope.length);
		expect(json.total.current).toEqual({ CNY: sum((p) => p.value.current) });
		expect(json.total.potential).toEqual({ CNY: sum((p) => p.value.potential) });
		expect(json.rollups.tier.reduce((n, r) => n + r.count, 0)).toBe(inScope.length);
	});

	it('exports and schedules only the scoped plans (CSV rows, calendar events)', () => {
		const rows = texts.get('data/accounts.csv')!.trim().split('\n').slice(1);
		expect(rows.map((r) => r.split(',')[0]).sort()).toEqual(inScope.map((p) => p.slug).sort());
		const events = new ICAL.Component(ICAL.parse(texts.get('reviews.ics')!)).getAllSubcomponents('vevent');
		const linked = events.map((e) => String(e.getFirstPropertyValue('description') ?? '') + String(e.getFirstPropertyValue('url') ?? '')).join('\n');
		for (const plan of outside) expect(linked).not.toContain(plan.slug);
	});

	it('keeps the text of a body link to a plan outside the scope, without the link', () => {
		const page = texts.get('accounts/huajian-municipal-engineering/index.html')!;
		expect(page).toContain('<span class="unlinked">华建建设集团</span>');
		expect(page).not.toMatch(/href="\/accounts\/huajian-construction-group/);
	});

	it('leaves out the group and owner pages of accounts and people outside the scope', () => {
		const pages = [...texts.keys()];
		expect(pages.filter((p) => p.startsWith('groups/'))).toEqual([]);
		expect(pages).toContain(`owners/${OWNER}/index.html`);
		expect(pages).not.toContain('owners/li-wei/index.html');
	});

	it("names a signer the scope does not carry by id on the cycle page, without a link to a page it lacks", () => {
		// huajian-municipal-engineering is xu-ting's named plan; her manager li-wei signs it off.
		const cycle = texts.get('cycle/index.html')!;
		expect(cycle).toContain('<span>li-wei</span>');
		expect(cycle).not.toContain('href="/owners/li-wei/"');
	});

	it('scores only the scoped plans on /scorecards/ and in /data/scorecards.json, and says so', () => {
		const scorecards = JSON.parse(texts.get('data/scorecards.json')!);
		expect(scorecards.people.map((p: { person: string; accounts: number }) => [p.person, p.accounts])).toEqual([[OWNER, inScope.length]]);
		expect(texts.get('scorecards/index.html')).toContain(`This portal holds ${inScope.length} plans only: the scorecards cover those plans, not everything each person owns.`);
	});

	it('says on every page which scope it shows', () => {
		for (const page of ['index.html', 'accounts/index.html', 'search/index.html']) {
			expect(texts.get(page)).toMatch(/<div class="scope-banner" role="note" aria-label="Portal scope">[\s\S]*Owner: <b>[^<]+<\/b>/);
		}
	});
});

describe('npm run build -- --portal <id>', () => {
	it('builds the policy portal, which says its name', async () => {
		const outcome = await buildSite({ args: ['--portal', 'east-china'] });
		expect(outcome.code, outcome.stdout + outcome.stderr).toBe(0);
		expect(outcome.stdout).toMatch(/Scope `region=east-china` \(portal `east-china`\): \d+ plans/);
		const dashboard = await readFile(join(outcome.outDir, 'index.html'), 'utf8');
		expect(dashboard).toContain('<strong>Portal: East China.</strong>');
		// The policy's region list names the entry the scope's id stands for.
		expect(dashboard).toContain('Region: <b>East China</b>');
	});

	it('refuses an unknown portal, naming the ones policy.yaml has, and publishes nothing', async () => {
		const outcome = await buildSite({ args: ['--portal', 'east-chnia'] });
		expect(outcome.code).toBe(1);
		expect(outcome.stdout).toContain('unknown portal `east-chnia`; did you mean `east-china`?; `policy.yaml` names `east-china`');
		await expect(readdir(outcome.outDir)).rejects.toThrow(/ENOENT/);
	});

	it('refuses an unknown scope field before building', async () => {
		const outcome = await runNode(['src/build/build.ts', '--scope', 'colour=red'], { KAM_AS_OF: TEST_AS_OF });
		expect(outcome.code).toBe(2);
		expect(outcome.stderr).toContain('--scope: unknown field `colour`; a scope is one of `region`, `owner`, `tier`, `tag`, `group`');
	});
});
