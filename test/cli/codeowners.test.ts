import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policy as policySchema } from '../../schemas/policy.ts';
import { buildCodeowners, CODEOWNERS_HEADER } from '../../src/lib/sign-off/codeowners.ts';
import type { Organisation } from '../../src/lib/sign-off/facts.ts';
import { runNode } from '../helpers/build-site.ts';
import { createTestRepo } from '../helpers/git-repo.ts';
import { planFile, validPlan } from '../helpers/content-fixture.ts';

const ORG: Organisation = {
	policy: policySchema.parse({ signOff: { major: ['owner-manager', 'sponsor'], named: ['owner-manager'] } }),
	people: [
		{ id: 'li-wei', manager: 'zhang-min', github: 'liwei-kam' },
		{ id: 'zhang-min', github: 'zhangmin-gh' },
		{ id: 'chen-jie', github: 'chenjie' },
		{ id: 'gao-yan', manager: 'zhang-min' },
	],
};

describe('buildCodeowners', () => {
	it('writes a line per plan of a sign-off tier and per its visit folder, sorted, after the header', () => {
		const result = buildCodeowners(
			[
				{ slug: 'zeta', file: 'accounts/zeta.mdx', facts: { tier: 'named', owner: 'li-wei' } },
				{ slug: 'acme', file: 'accounts/east/acme.mdx', facts: { tier: 'major', owner: 'li-wei', sponsor: 'chen-jie' } },
				{ slug: 'small', file: 'accounts/small.mdx', facts: { tier: 'non-named', owner: 'li-wei' } },
			],
			ORG,
			'content/',
		);
		expect(result.text).toBe(
			[
				...CODEOWNERS_HEADER,
				'',
				'/content/accounts/east/acme.mdx @liwei-kam @zhangmin-gh @chenjie',
				'/content/accounts/zeta.mdx @liwei-kam @zhangmin-gh',
				'/content/visits/acme/ @liwei-kam @zhangmin-gh @chenjie',
				'/content/visits/zeta/ @liwei-kam @zhangmin-gh',
				'',
			].join('\n'),
		);
		expect(result.lines).toBe(4);
		expect(result.warnings).toEqual([]);
	});

	it('leaves out people without a GitHub login, with a warning naming them and their plans', () => {
		const result = buildCodeowners([{ slug: 'acme', file: 'accounts/acme.mdx', facts: { tier: 'major', owner: 'gao-yan', sponsor: 'chen-jie' } }], ORG, '');
		expect(result.text).toContain('\n/accounts/acme.mdx @zhangmin-gh @chenjie\n/visits/acme/ @zhangmin-gh @chenjie\n');
		expect(result.warnings).toEqual(['`gao-yan` has no `github` login in people.yaml, so GitHub cannot ask them to review 1 plan(s) (`acme`); add `github: <login>`']);
	});

	it('escapes a space in a folder name', () => {
		const result = buildCodeowners([{ slug: 'acme', file: 'accounts/East China/acme.mdx', facts: { tier: 'named', owner: 'li-wei' } }], ORG, '');
		expect(result.text).toContain('/accounts/East\\ China/acme.mdx @liwei-kam @zhangmin-gh\n');
	});

	it('is an error over 3 MB, where GitHub ignores the file', () => {
		const plans = Array.from({ length: 30_000 }, (_, i) => ({ slug: `account-with-a-rather-long-name-${i}`, file: `accounts/some-region/account-with-a-rather-long-name-${i}.mdx`, facts: { tier: 'major' as const, owner: 'li-wei', sponsor: 'chen-jie' } }));
		expect(buildCodeowners(plans, ORG, 'content/').error).toMatch(/^CODEOWNERS would be 5\.50 MB; GitHub ignores a CODEOWNERS file over 3 MB/);
		expect(buildCodeowners(plans.slice(0, 10_000), ORG, 'content/').error).toBeUndefined();
	});
});

describe('npm run codeowners', () => {
	async function contentRepo() {
		const repo = await createTestRepo();
		const plan = validPlan();
		await repo.commit(
			{
				'content/policy.yaml': 'signOff:\n  major: [owner-manager, sponsor]\n',
				'content/people.yaml': '- id: li-wei\n  name: Li Wei\n  manager: zhang-min\n  github: liwei-kam\n- id: zhang-min\n  name: Zhang Min\n  github: zhangmin-gh\n- id: wang-fang\n  name: Wang Fang\n',
				'content/accounts/acme.mdx': planFile(plan),
			},
			'Plans',
			'2026-10-01',
		);
		const run = (...args: string[]) => runNode(['src/cli/codeowners.ts', ...args], { KAM_CONTENT: join(repo.root, 'content') });
		return { repo, run };
	}
	const EXPECTED = `${CODEOWNERS_HEADER.join('\n')}\n\n/content/accounts/acme.mdx @liwei-kam @zhangmin-gh\n/content/visits/acme/ @liwei-kam @zhangmin-gh\n`;

	it('writes .github/CODEOWNERS at the root of the content repository, then --check passes', async () => {
		const { repo, run } = await contentRepo();
		const missing = await run('--check');
		expect(missing.stderr).toContain('.github/CODEOWNERS is missing');
		expect(missing.code).toBe(1);
		const written = await run();
		expect(written.code).toBe(0);
		expect(await readFile(join(repo.root, '.github/CODEOWNERS'), 'utf8')).toBe(EXPECTED);
		const check = await run('--check');
		expect(check.stdout).toContain('is up to date (2 paths)');
		expect(check.code).toBe(0);
	});

	it('--check exits 1 when the file is out of date, and writes nothing', async () => {
		const { repo, run } = await contentRepo();
		const file = join(repo.root, 'CODEOWNERS');
		await writeFile(file, EXPECTED.replace(' @zhangmin-gh', ''));
		const check = await run('--check', file);
		expect(check.stderr).toContain('is out of date: run `npm run codeowners`');
		expect(check.code).toBe(1);
		expect(await readFile(file, 'utf8')).toBe(EXPECTED.replace(' @zhangmin-gh', ''));
		expect((await run(file)).code).toBe(0);
		expect(await readFile(file, 'utf8')).toBe(EXPECTED);
	});

	it('warns about a signer without a GitHub login', async () => {
		const { repo, run } = await contentRepo();
		await writeFile(join(repo.root, 'content/policy.yaml'), 'signOff:\n  major: [owner-manager, wang-fang]\n');
		const result = await run(join(repo.root, 'CODEOWNERS'));
		expect(result.stderr).toContain('warning: `wang-fang` has no `github` login in people.yaml');
		expect(result.code).toBe(0);
	});
});
