import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/node/read-content-dir.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { GitHistoryCache, type HistoryOptions, type HistoryResult, readPlanHistory } from '../../src/node/git-history.ts';
import { createTestRepo, type TestRepo } from '../helpers/git-repo.ts';
import { planFile, VALID_BODY, VALID_PEOPLE, validPlan } from '../helpers/content-fixture.ts';

/** The content directory sits in a sub-folder of the repository, as in a portal repo with `content/`. */
const CONTENT = 'plans';

function acme(overrides: Record<string, unknown> = {}) {
	const plan = validPlan();
	return planFile({
		...plan,
		tier: 'named',
		sponsor: undefined,
		value: { current: 2_000_000, potential: 5_000_000, wallet: 10_000_000 },
		forecast: undefined,
		contacts: [{ name: 'Zhao Lei', role: 'decider' }],
		actions: [
			{ title: 'Site visit', owner: 'li-wei', due: '2026-04-01', status: 'planned' },
			{ title: 'Framework tender', owner: 'li-wei', due: '2026-05-01', status: 'in-progress' },
			{ title: 'Pilot camp', owner: 'wang-fang', due: '2026-06-01', status: 'planned' },
		],
		review: undefined,
		...overrides,
	});
}

async function historyOf(dir: string, options: HistoryOptions = {}): Promise<HistoryResult> {
	const { plans } = validateContent(await readContentDir(dir));
	return readPlanHistory(dir, plans, options);
}

describe('plan history from a git repository', () => {
	let repo: TestRepo;
	let hashes: string[];
	let history: HistoryResult;

	beforeAll(async () => {
		repo = await createTestRepo();
		const p = (path: string) => `${CONTENT}/${path}`;
		hashes = [
			await repo.commit(
				{ [p('people.yaml')]: VALID_PEOPLE, [p('accounts/acme.mdx')]: acme(), [p('accounts/beta.mdx')]: planFile({ ...validPlan(), name: 'Beta', review: undefined }) },
				'Add Acme and Beta',
				'2026-01-10',
				'Li Wei',
			),
			await repo.commit({ [p('accounts/acme.mdx')]: acme({ review: { last: '2026-03-01' } }) }, 'Acme: quarterly review', '2026-03-01', 'Zhang Min'),
		];
		// Regional folders: the plan moves, and its tier, value, actions and contacts change.
		await repo.move(p('accounts/acme.mdx'), p('accounts/east-china/acme.mdx'));
		hashes.push(
			await repo.commit(
				{
					[p('accounts/east-china/acme.mdx')]: acme({
						tier: 'major',
						sponsor: 'zhang-min',
						forecast: [{ year: 2026, revenue: 2_500_000 }],
						review: { last: '2026-03-01' },
						value: { current: 2_000_000, potential: 6_000_000, wallet: 10_000_000 },
						contacts: [{ name: 'Zhao Lei', role: 'decider' }, { name: 'Qian Xiaohong', role: 'buyer' }],
						actions: [
							{ title: 'Site visit', owner: 'li-wei', due: '2026-04-01', status: 'done' },
							{ title: 'Framework tender', owner: 'li-wei', due: '2026-05-01', status: 'done' },
							{ title: 'Pilot camp', owner: 'wang-fang', due: '2026-06-01', status: 'dropped' },
						],
					}),
				},
				'Acme: promoted to major after the framework win',
				'2026-05-02',
				'Wang Fang',
			),
		);
		hashes.push(await repo.commit({ [p('accounts/beta.mdx')]: planFile({ ...validPlan(), name: 'Beta Group', review: undefined }) }, 'Beta: new name', '2026-06-01', '王芳'));
		// Reviewed before its first commit, and one plan never committed.
		await repo.commit({ [p('accounts/gamma.mdx')]: planFile({ ...validPlan(), name: 'Gamma', review: { last: '2025-12-01' } }) }, 'Add Gamma', '2026-07-01');
		await writeFile(join(repo.root, p('accounts/uncommitted.mdx')), planFile({ ...validPlan(), name: 'Uncommitted', review: undefined }));
		history = await historyOf(join(repo.root, CONTENT));
	});

	const plan = (file: string) => {
		if (!history.available) throw new Error(`history unavailable: ${history.reason}`);
		const entry = history.plans.get(file);
		if (!entry) throw new Error(`no history for ${file}`);
		return entry;
	};

	it('knows the last change and its author', () => {
		expect(plan('accounts/east-china/acme.mdx').commits[0]).toMatchObject({ author: 'Wang Fang', day: '2026-05-02', subject: 'Acme: promoted to major after the framework win' });
		expect(plan('accounts/beta.mdx').commits[0]).toMatchObject({ author: '王芳', day: '2026-06-01', hash: hashes[3] });
	});

	it('lists every commit that touched the plan, newest first, across a rename', () => {
		expect(plan('accounts/east-china/acme.mdx').commits.map((c) => [c.hash, c.path, c.status])).toEqual([
			[hashes[2], 'accounts/east-china/acme.mdx', 'R'],
			[hashes[1], 'accounts/acme.mdx', 'M'],
			[hashes[0], 'accounts/acme.mdx', 'A'],
		]);
		expect(plan('accounts/beta.mdx').commits.map((c) => c.hash)).toEqual([hashes[3], hashes[0]]);
	});

	it('gives the path in the repository for edit links', () => {
		expect(plan('accounts/east-china/acme.mdx').repoPath).toBe('plans/accounts/east-china/acme.mdx');
		expect(history.available && history.branch).toBe('main');
	});

	it('compares the plan now with its version at the last review, field by field', () => {
		const since = plan('accounts/east-china/acme.mdx').sinceReview;
		expect(since).toMatchObject({ state: 'compared', reviewed: '2026-03-01', commit: { hash: hashes[1] } });
		expect(since.state === 'compared' && since.changes).toEqual([
			{ kind: 'scalar', field: 'tier', from: 'named', to: 'major' },
			{ kind: 'scalar', field: 'sponsor', to: 'zhang-min' },
			{ kind: 'amount', field: 'value.potential', from: 5_000_000, to: 6_000_000, change: 0.2 },
			{ kind: 'actions-closed', titles: ['Site visit', 'Framework tender', 'Pilot camp'] },
			{ kind: 'list', field: 'contacts', added: ['Qian Xiaohong'], removed: [], changed: [] },
			{ kind: 'list', field: 'forecast', added: ['2026'], removed: [], changed: [] },
		]);
	});

	it('says when a plan was never reviewed, was reviewed before its history, or is not committed', () => {
		expect(plan('accounts/beta.mdx').sinceReview).toEqual({ state: 'never-reviewed' });
		expect(plan('accounts/gamma.mdx').sinceReview).toEqual({ state: 'before-history', reviewed: '2025-12-01' });
		expect(plan('accounts/uncommitted.mdx').commits).toEqual([]);
	});
});

describe('plans as committed on a date (the progress report period start)', () => {
	const PERIOD_START = '2026-07-01';
	const withCurrent = (current: number, overrides: Record<string, unknown> = {}) => {
		const plan = validPlan() as ReturnType<typeof validPlan> & { objectives: Record<string, unknown>[] };
		return planFile({ ...plan, objectives: [{ ...plan.objectives[0], current }], ...overrides });
	};
	const at = (files: string[]): HistoryOptions => ({ at: { date: PERIOD_START, files } });
	const versionOf = (history: HistoryResult, file: string) => {
		if (!history.available) throw new Error(`history unavailable: ${history.reason}`);
		return history.plans.get(file)?.atDate;
	};

	let repo: TestRepo;
	let hashes: string[];
	let history: HistoryResult;

	beforeAll(async () => {
		repo = await createTestRepo();
		hashes = [
			await repo.commit({ 'people.yaml': VALID_PEOPLE, 'accounts/acme.mdx': withCurrent(0.25), 'accounts/broken.mdx': 'not a plan' }, 'Add Acme', '2026-03-01'),
			// On the period start day itself: that version counts as the one at the start.
			await repo.commit({ 'accounts/acme.mdx': withCurrent(0.26) }, 'Acme: June figures', PERIOD_START),
			await repo.commit({ 'accounts/acme.mdx': withCurrent(0.3), 'accounts/broken.mdx': withCurrent(0.3, { name: 'Broken' }) }, 'Acme: September figures', '2026-09-01'),
			await repo.commit({ 'accounts/later.mdx': withCurrent(0.2, { name: 'Later' }), 'accounts/other.mdx': withCurrent(0.2, { name: 'Other' }) }, 'Add Later', '2026-08-01'),
		];
		// Deleted before the period and added again in it.
		await repo.commit({ 'accounts/again.mdx': withCurrent(0.2, { name: 'Again' }) }, 'Add Again', '2026-02-01');
		await repo.commit({ 'accounts/again.mdx': null }, 'Remove Again', '2026-05-01');
		await repo.commit({ 'accounts/again.mdx': withCurrent(0.2, { name: 'Again' }) }, 'Add Again back', '2026-08-02');
		history = await historyOf(repo.root, at(['accounts/acme.mdx', 'accounts/broken.mdx', 'accounts/later.mdx', 'accounts/again.mdx']));
	});

	it('reads the versions at the review and on the date with one git log and one git cat-file, whatever the number of plans', async () => {
		// A git on the PATH that logs its subcommand, then runs the real one.
		const shim = await mkdtemp(join(tmpdir(), 'kam-git-shim-'));
		const calls = join(shim, 'calls.log');
		const real = (await promisify(execFile)('sh', ['-c', 'command -v git'])).stdout.trim();
		await writeFile(join(shim, 'git'), `#!/bin/sh\nfor a in "$@"; do case "$a" in -*|*=*) ;; *) echo "$a" >> '${calls}'; break;; esac; done\nexec '${real}' "$@"\n`, { mode: 0o755 });
		const reviewed = await createTestRepo();
		const files: Record<string, string> = { 'people.yaml': VALID_PEOPLE };
		for (let i = 0; i < 5; i++) files[`accounts/p${i}.mdx`] = withCurrent(0.25, { name: `P${i}`, review: { last: '2026-03-01' } });
		await reviewed.commit(files, 'Add five plans', '2026-03-01');
		const path = process.env.PATH;
		process.env.PATH = `${shim}:${path}`;
		let result: HistoryResult;
		try {
			result = await historyOf(reviewed.root, at(Object.keys(files).filter((file) => file.startsWith('accounts/'))));
		} finally {
			process.env.PATH = path;
		}
		const subcommands = (await readFile(calls, 'utf8')).trim().split('\n');
		expect(subcommands.filter((c) => c === 'log')).toHaveLength(1);
		expect(subcommands.filter((c) => c === 'cat-file')).toHaveLength(1);
		expect(versionOf(result, 'accounts/p4.mdx')?.state).toBe('read');
		expect(result.available && result.plans.get('accounts/p4.mdx')?.sinceReview.state).toBe('compared');
	});

	it('reads the version committed on or before the date', () => {
		const version = versionOf(history, 'accounts/acme.mdx');
		expect(version).toMatchObject({ state: 'read', date: PERIOD_START, commit: { hash: hashes[1], day: PERIOD_START } });
		expect(version?.state === 'read' && version.frontmatter.objectives?.[0]?.current).toBe(0.26);
	});

	it('says a plan added after the date, or deleted before it and added again, was absent then', () => {
		expect(versionOf(history, 'accounts/later.mdx')).toEqual({ state: 'absent', date: PERIOD_START });
		expect(versionOf(history, 'accounts/again.mdx')).toEqual({ state: 'absent', date: PERIOD_START });
	});

	it('says when the version then no longer parses', () => {
		expect(versionOf(history, 'accounts/broken.mdx')).toMatchObject({ state: 'unreadable', date: PERIOD_START, commit: { hash: hashes[0] } });
	});

	it('reads only the plans asked for', () => {
		expect(versionOf(history, 'accounts/other.mdx')).toBeUndefined();
	});

	it('says the history does not reach back when nothing was committed by the date', async () => {
		const late = await createTestRepo();
		await late.commit({ 'people.yaml': VALID_PEOPLE, 'accounts/acme.mdx': withCurrent(0.3) }, 'Import the plans', '2026-08-15');
		expect(versionOf(await historyOf(late.root, at(['accounts/acme.mdx'])), 'accounts/acme.mdx')).toEqual({ state: 'before-history', date: PERIOD_START });
	});
});

describe('with a GitHistoryCache (the live preview reads the history after every save)', () => {
	const plan = (name: string, current: number, review?: string) => {
		const base = validPlan() as ReturnType<typeof validPlan> & { objectives: Record<string, unknown>[] };
		return planFile({ ...base, name, objectives: [{ ...base.objectives[0], current }], review: review ? { last: review } : undefined });
	};
	const options = (files: string[], cache?: GitHistoryCache): HistoryOptions => ({ at: { date: '2026-07-01', files }, ...(cache && { cache }) });

	/** The git subcommands a call runs, through a git on the PATH that logs them. */
	async function gitCalls<T>(call: () => Promise<T>): Promise<{ result: T; subcommands: string[] }> {
		const shim = await mkdtemp(join(tmpdir(), 'kam-git-shim-'));
		const calls = join(shim, 'calls.log');
		const real = (await promisify(execFile)('sh', ['-c', 'command -v git'])).stdout.trim();
		await writeFile(join(shim, 'git'), `#!/bin/sh\nfor a in "$@"; do case "$a" in -*|*=*) ;; *) echo "$a" >> '${calls}'; break;; esac; done\nexec '${real}' "$@"\n`, { mode: 0o755 });
		const path = process.env.PATH;
		process.env.PATH = `${shim}:${path}`;
		try {
			const result = await call();
			return { result, subcommands: (await readFile(calls, 'utf8').catch(() => '')).trim().split('\n').filter(Boolean) };
		} finally {
			process.env.PATH = path;
		}
	}

	it('gives what a read without it gives, after nothing changed, a new commit and an uncommitted change, reading git again only for what is new', async () => {
		const repo = await createTestRepo();
		const files = ['accounts/acme.mdx', 'accounts/beta.mdx', 'accounts/gamma.mdx'];
		await repo.commit({ 'people.yaml': VALID_PEOPLE, [files[0]!]: plan('Acme', 0.2, '2026-03-01'), [files[1]!]: plan('Beta', 0.3, '2026-03-01'), [files[2]!]: plan('Gamma', 0.1) }, 'Add plans', '2026-02-01');
		await repo.commit({ [files[0]!]: plan('Acme', 0.25, '2026-03-01') }, 'Acme: June', '2026-06-01');
		const cache = new GitHistoryCache();
		const same = async () => {
			const { plans } = validateContent(await readContentDir(repo.root));
			const cached = await gitCalls(() => readPlanHistory(repo.root, plans, options(files, cache)));
			expect(cached.result).toEqual(await readPlanHistory(repo.root, plans, options(files)));
			return cached.subcommands;
		};
		expect(await same()).toEqual(expect.arrayContaining(['log', 'cat-file']));
		// Nothing changed: neither the log nor any version is read again.
		const again = await same();
		expect(again.filter((c) => c === 'log' || c === 'cat-file')).toEqual([]);
		// A new commit: the log is read again; only the version new since is read.
		await repo.commit({ [files[1]!]: plan('Beta', 0.35, '2026-06-15') }, 'Beta: reviewed', '2026-06-15');
		expect((await same()).filter((c) => c === 'log')).toHaveLength(1);
		// An uncommitted change of a plan: its changes since the review are worked out again.
		await writeFile(join(repo.root, files[0]!), plan('Acme Renamed', 0.4, '2026-03-01'));
		const changed = await same();
		expect(changed.filter((c) => c === 'log' || c === 'cat-file')).toEqual([]);
	});
});

describe('without a usable history', () => {
	it('is unavailable outside a repository', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'kam-norepo-'));
		expect(await readPlanHistory(dir, [])).toEqual({ available: false, reason: 'not-a-repository' });
	});

	it('is unavailable without git', async () => {
		const path = process.env.PATH;
		process.env.PATH = '/nonexistent';
		try {
			expect(await readPlanHistory(tmpdir(), [])).toEqual({ available: false, reason: 'no-git' });
		} finally {
			process.env.PATH = path;
		}
	});

	it('is unavailable in a shallow clone, whose history is incomplete', async () => {
		const repo = await createTestRepo();
		await repo.commit({ 'accounts/a.mdx': planFile() }, 'one', '2026-01-01');
		await repo.commit({ 'accounts/a.mdx': planFile(validPlan(), `${VALID_BODY}\nMore.\n`) }, 'two', '2026-02-01');
		const clone = join(await mkdtemp(join(tmpdir(), 'kam-shallow-')), 'clone');
		await promisify(execFile)('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone]);
		expect(await readPlanHistory(clone, [])).toEqual({ available: false, reason: 'shallow' });
	});
});

describe('changes since the last review, with the policy’s vocabularies', () => {
	const POLICY = 'regions:\n  - { id: east-china, name: East China, aliases: [华东] }\n';
	let content: string;

	beforeAll(async () => {
		const repo = await createTestRepo();
		await repo.commit({ 'policy.yaml': POLICY, 'people.yaml': VALID_PEOPLE, 'accounts/acme.mdx': acme({ region: '华东', review: { last: '2026-03-01' } }) }, 'Add Acme', '2026-03-01');
		await repo.commit({ 'accounts/acme.mdx': acme({ region: 'East China', review: { last: '2026-03-01' }, value: { current: 2_000_000, potential: 6_000_000, wallet: 10_000_000 } }) }, 'Acme: English region, new potential', '2026-05-01');
		content = repo.root;
	});

	const changesOf = (history: HistoryResult) => {
		const since = history.available ? history.plans.get('accounts/acme.mdx')?.sinceReview : undefined;
		return since?.state === 'compared' ? since.changes.map((change) => ('field' in change ? change.field : change.kind)) : undefined;
	};

	it('does not report `华东` → `East China` when the policy names them one region', async () => {
		const { plans, policy } = validateContent(await readContentDir(content));
		expect(changesOf(await readPlanHistory(content, plans, { policy }))).toEqual(['value.potential']);
	});

	it('reports it as free text without the policy', async () => {
		expect(changesOf(await historyOf(content))).toEqual(['region', 'value.potential']);
	});
});
