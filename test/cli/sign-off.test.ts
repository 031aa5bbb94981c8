/**
 * `npm run sign-off` against real Git repositories (content in `content/`),
 * with reviews in the shape GitHub's REST API returns them.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNode } from '../helpers/build-site.ts';
import { createTestRepo, type TestRepo } from '../helpers/git-repo.ts';
import { planFile, validPlan } from '../helpers/content-fixture.ts';

const POLICY = `signOff:
  major: [owner-manager, sponsor]
  named: [owner-manager]
  application: [owner-manager]
`;
const PEOPLE = `- id: li-wei
  name: Li Wei
  manager: zhang-min
  github: liwei-kam
- id: zhang-min
  name: Zhang Min
  manager: wang-jun
  github: zhangmin-gh
- id: chen-jie
  name: Chen Jie
  manager: wang-jun
  github: chenjie
- id: wang-jun
  name: Wang Jun
  github: WangJun
- id: wang-fang
  name: Wang Fang
`;

function plan(change: (p: Record<string, any>) => void = () => {}) {
	const p: Record<string, any> = validPlan();
	p.sponsor = 'chen-jie';
	change(p);
	return planFile(p);
}
const named = (p: Record<string, any>) => {
	p.tier = 'named';
	delete p.sponsor;
};
const nonNamed = (p: Record<string, any>) => {
	p.tier = 'non-named';
	delete p.sponsor;
	p.category = 'target';
};
const APPLICATION = { proposed: '2026-10-12', by: 'li-wei', expectedRevenue: 8_000_000, expectedContribution: 1_600_000, developmentCost: 300_000, risk: 'medium' };

let reviewId = 1000;
/** A review as `GET /repos/{owner}/{repo}/pulls/{n}/reviews` returns it. */
function review(login: string, state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED', submittedAt: string, commitId = 'ecdd80bb57125d7ba9641ffaa4d7d2c19d3f3091') {
	const id = reviewId++;
	return {
		id,
		node_id: `PRR_kwDOAbc${id}`,
		user: {
			login,
			id: 500 + id,
			node_id: `U_kgDO${id}`,
			avatar_url: `https://avatars.githubusercontent.com/u/${500 + id}?v=4`,
			gravatar_id: '',
			url: `https://api.github.com/users/${login}`,
			html_url: `https://github.com/${login}`,
			type: 'User',
			user_view_type: 'public',
			site_admin: false,
		},
		body: state === 'APPROVED' ? 'Looks right.' : 'Please check the targets.',
		state,
		html_url: `https://github.com/acme/plans/pull/7#pullrequestreview-${id}`,
		pull_request_url: 'https://api.github.com/repos/acme/plans/pulls/7',
		author_association: 'MEMBER',
		_links: { html: { href: `https://github.com/acme/plans/pull/7#pullrequestreview-${id}` }, pull_request: { href: 'https://api.github.com/repos/acme/plans/pulls/7' } },
		submitted_at: submittedAt,
		commit_id: commitId,
	};
}

/** A repository whose `main` holds the content, with a branch `pr` checked out that changes `files`. */
async function pullRequest(files: Record<string, string | null>, baseFiles: Record<string, string> = {}): Promise<TestRepo> {
	const repo = await createTestRepo();
	await repo.commit(
		{
			'content/policy.yaml': POLICY,
			'content/people.yaml': PEOPLE,
			'content/accounts/acme.mdx': plan(),
			'content/accounts/north/beta.mdx': plan(named),
			'content/accounts/gamma.mdx': plan((p) => {
				nonNamed(p);
				p.application = APPLICATION;
			}),
			'README.md': '# Plans\n',
			...baseFiles,
		},
		'Plans as of October',
		'2026-10-01',
	);
	await repo.git(['checkout', '-q', '-b', 'pr']);
	await repo.commit(files, 'The change under review', '2026-10-20', 'Li Wei');
	return repo;
}

async function signOff(repo: TestRepo, reviews: unknown[], ...args: string[]) {
	const file = join(repo.root, '..', `reviews-${Math.random().toString(36).slice(2)}.json`);
	await writeFile(file, JSON.stringify(reviews));
	return runNode(['src/cli/sign-off.ts', 'main', '--reviews', file, ...args], { KAM_CONTENT: join(repo.root, 'content'), GITHUB_STEP_SUMMARY: '' });
}

describe('npm run sign-off', () => {
	it('passes a major plan approved by its owner\'s manager and its sponsor, listing them', async () => {
		const repo = await pullRequest({ 'content/accounts/acme.mdx': plan((p) => (p.value.current = 6_500_000)) });
		const result = await signOff(repo, [review('zhangmin-gh', 'APPROVED', '2026-10-21T02:00:00Z'), review('chenjie', 'APPROVED', '2026-10-21T03:00:00Z')], '--author', 'liwei-kam');
		expect(result.stdout).toBe(
			['✓ plan content/accounts/acme.mdx', '    approved: zhang-min (@zhangmin-gh)', '    approved: chen-jie (@chenjie)', 'sign-off: all 1 item(s) approved', ''].join('\n'),
		);
		expect(result.code).toBe(0);
	});

	it('fails while the sponsor has not approved, saying who must still approve', async () => {
		const repo = await pullRequest({ 'content/accounts/acme.mdx': plan((p) => (p.value.current = 6_500_000)) });
		const result = await signOff(repo, [review('zhangmin-gh', 'APPROVED', '2026-10-21T02:00:00Z')]);
		expect(result.stdout).toContain('    must approve: chen-jie (@chenjie)\n');
		expect(result.stdout).toContain('sign-off: 1 of 1 item(s) still need approval');
		expect(result.code).toBe(1);
	});

	it('does not count an approval that the reviewer later changed to a request for changes', async () => {
		const repo = await pullRequest({ 'content/accounts/acme.mdx': plan((p) => (p.value.current = 6_500_000)) });
		// The API lists reviews in the order they were submitted; the file is deliberately out of order here.
		const result = await signOff(repo, [
			review('zhangmin-gh', 'CHANGES_REQUESTED', '2026-10-22T09:30:00Z'),
			review('zhangmin-gh', 'APPROVED', '2026-10-21T02:00:00Z'),
			review('chenjie', 'APPROVED', '2026-10-21T03:00:00Z'),
		]);
		expect(result.stdout).toContain('    must approve: zhang-min (@zhangmin-gh)\n');
		expect(result.stdout).toContain('    approved: chen-jie (@chenjie)\n');
		expect(result.code).toBe(1);
	});

	it('counts an approval given again after a request for changes, and a later comment does not take it back', async () => {
		const repo = await pullRequest({ 'content/accounts/acme.mdx': plan((p) => (p.value.current = 6_500_000)) });
		const result = await signOff(repo, [
			review('zhangmin-gh', 'CHANGES_REQUESTED', '2026-10-21T02:00:00Z'),
			review('ZhangMin-GH', 'APPROVED', '2026-10-22T02:00:00Z'),
			review('zhangmin-gh', 'COMMENTED', '2026-10-23T02:00:00Z'),
			review('chenjie', 'APPROVED', '2026-10-21T03:00:00Z'),
		]);
		expect(result.code).toBe(0);
	});

	it("does not count the author's own approval: the author's manager signs in their place", async () => {
		const repo = await pullRequest({ 'content/accounts/acme.mdx': plan((p) => (p.value.current = 6_500_000)) });
		const reviews = [review('zhangmin-gh', 'APPROVED', '2026-10-21T02:00:00Z'), review('chenjie', 'APPROVED', '2026-10-21T03:00:00Z')];
		const byManager = await signOff(repo, reviews, '--author', 'zhangmin-gh');
		expect(byManager.stdout).toContain('    must approve: wang-jun (@WangJun) in place of zhang-min, the author\n');
		expect(byManager.stdout).not.toContain('zhang-min (@zhangmin-gh)');
		expect(byManager.code).toBe(1);
		const withManager = await signOff(repo, [...reviews, review('wangjun', 'APPROVED', '2026-10-22T01:00:00Z')], '--author', 'zhangmin-gh');
		expect(withManager.stdout).toContain('    approved: wang-jun (@WangJun) in place of zhang-min, the author\n');
		expect(withManager.code).toBe(0);
	});

	it('fails when the author is a required signer without a manager of their own', async () => {
		const repo = await pullRequest({ 'content/accounts/north/beta.mdx': plan((p) => {
			named(p);
			p.owner = 'zhang-min';
		}) });
		const result = await signOff(repo, [review('wangjun', 'APPROVED', '2026-10-21T02:00:00Z')], '--author', 'WangJun');
		expect(result.stdout).toContain('wang-jun, the author, is a required signer and has no `manager`');
		expect(result.code).toBe(1);
	});

	it('needs nothing for a plan outside the sign-off tiers', async () => {
		const repo = await pullRequest({ 'content/accounts/gamma.mdx': plan((p) => {
			nonNamed(p);
			p.application = APPLICATION;
			p.value.current = 1;
		}) });
		const result = await signOff(repo, []);
		expect(result.stdout).toContain('nothing to approve');
		expect(result.code).toBe(0);
	});

	it('needs the old signers when a pull request moves a plan out of the sign-off tiers', async () => {
		const repo = await pullRequest({ 'content/accounts/north/beta.mdx': plan(nonNamed) });
		const result = await signOff(repo, []);
		expect(result.stdout).toContain('✗ plan content/accounts/north/beta.mdx\n    must approve: zhang-min (@zhangmin-gh)\n');
		expect(result.code).toBe(1);
	});

	it("needs the base's signers when the pull request changes the owner's manager too", async () => {
		const repo = await pullRequest({
			'content/accounts/north/beta.mdx': plan((p) => {
				named(p);
				p.value.current = 2;
			}),
			'content/people.yaml': PEOPLE.replace('  manager: zhang-min\n', '  manager: chen-jie\n'),
		});
		const result = await signOff(repo, [review('chenjie', 'APPROVED', '2026-10-21T02:00:00Z')]);
		expect(result.stdout).toContain('    must approve: zhang-min (@zhangmin-gh)\n    approved: chen-jie (@chenjie)\n');
		expect(result.code).toBe(1);
	});

	it("covers an application whose decision the pull request adds, signed by the applicant's manager", async () => {
		const repo = await pullRequest({ 'content/accounts/gamma.mdx': plan((p) => {
			nonNamed(p);
			p.application = { ...APPLICATION, decision: { date: '2026-10-20', by: 'zhang-min', outcome: 'approved' } };
		}) });
		const pending = await signOff(repo, []);
		expect(pending.stdout).toContain('✗ application in content/accounts/gamma.mdx\n    must approve: zhang-min (@zhangmin-gh)\n');
		expect(pending.code).toBe(1);
		const approved = await signOff(repo, [review('zhangmin-gh', 'APPROVED', '2026-10-21T02:00:00Z')]);
		expect(approved.code).toBe(0);
	});

	it('covers a plan the pull request adds, in a nested folder', async () => {
		const repo = await pullRequest({ 'content/accounts/north/delta.mdx': plan(named) });
		const result = await signOff(repo, []);
		expect(result.stdout).toContain('✗ plan content/accounts/north/delta.mdx\n');
	});

	it('ignores changes made on the base branch after the pull request branched off', async () => {
		const repo = await pullRequest({ 'README.md': '# Plans, read me\n' });
		await repo.git(['checkout', '-q', 'main']);
		await repo.commit({ 'content/accounts/acme.mdx': plan((p) => (p.value.current = 1)) }, 'A change on main', '2026-10-25');
		await repo.git(['checkout', '-q', 'pr']);
		const result = await signOff(repo, []);
		expect(result.stdout).toContain('nothing to approve');
		expect(result.code).toBe(0);
	});

	it('writes the job summary: plans, signers and who approved', async () => {
		const repo = await pullRequest({ 'content/accounts/acme.mdx': plan((p) => (p.value.current = 6_500_000)) });
		const summary = join(repo.root, '..', `summary-${Math.random().toString(36).slice(2)}.md`);
		const file = join(repo.root, '..', `reviews-${Math.random().toString(36).slice(2)}.json`);
		await writeFile(file, JSON.stringify([review('chenjie', 'APPROVED', '2026-10-21T03:00:00Z')]));
		await runNode(['src/cli/sign-off.ts', 'main', '--reviews', file], { KAM_CONTENT: join(repo.root, 'content'), GITHUB_STEP_SUMMARY: summary });
		const { readFile } = await import('node:fs/promises');
		expect(await readFile(summary, 'utf8')).toContain('| ❌ | plan content/accounts/acme.mdx | zhang-min (@zhangmin-gh), chen-jie (@chenjie) | chen-jie (@chenjie) | zhang-min (@zhangmin-gh) |');
	});

	it('rejects a reviews file that is not a list of reviews', async () => {
		const repo = await pullRequest({ 'README.md': 'x\n' });
		const result = await signOff(repo, [{ login: 'x' }]);
		expect(result.stderr).toContain('review [0] has no `state`');
		expect(result.code).toBe(2);
	});
});
