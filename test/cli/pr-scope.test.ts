/** `npm run pr-scope` on a real repository: content-only changes skip the portal's tests. */
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runNode } from '../helpers/build-site.ts';
import { createTestRepo } from '../helpers/git-repo.ts';

const SCRIPT = `${PROJECT_ROOT}/src/cli/pr-scope.ts`;

describe('npm run pr-scope', () => {
	it('says code=false for a pull request that changes only plans and people, code=true once it touches the portal', async () => {
		const repo = await createTestRepo();
		const base = await repo.commit({ 'content/accounts/acme.mdx': 'v1', 'content/people.yaml': '[]', 'src/app.ts': 'one' }, 'base', '2026-11-01');
		await repo.commit({ 'content/accounts/acme.mdx': 'v2', 'content/people.yaml': '- id: a' }, 'edit a plan', '2026-11-02');
		const contentOnly = await runNode([SCRIPT, base], { KAM_CONTENT: 'content' }, repo.root);
		expect(contentOnly.stdout).toBe('code=false\n');
		expect(contentOnly.stderr).toContain('only content (content/) changed');
		expect(contentOnly.code).toBe(0);

		await repo.commit({ 'src/app.ts': 'two' }, 'change the portal', '2026-11-03');
		const withCode = await runNode([SCRIPT, base], { KAM_CONTENT: 'content' }, repo.root);
		expect(withCode.stdout).toBe('code=true\n');
		expect(withCode.stderr).toContain('src/app.ts');
	});

	it('runs every check (code=true) when git cannot compare with the base', async () => {
		const repo = await createTestRepo();
		await repo.commit({ 'content/people.yaml': '[]' }, 'only commit', '2026-11-01');
		const result = await runNode([SCRIPT, 'no-such-ref'], { KAM_CONTENT: 'content' }, repo.root);
		expect(result.stdout).toBe('code=true\n');
		expect(result.stderr).toContain('could not list the changed files');
	});
});
