import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/node/read-content-dir.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { type HistoryResult, readPlanHistory } from '../../src/node/git-history.ts';
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

async function historyOf(dir: string): Promise<HistoryResult> {
	const { plans } = validateContent(await readContentDir(dir));
	return readPlanHistory(dir, plans);
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
