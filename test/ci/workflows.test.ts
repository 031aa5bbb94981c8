import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT, runNode } from '../helpers/build-site.ts';
import { writeContentDir } from '../helpers/content-fixture.ts';

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; if?: string };
type Job = {
	needs?: string | string[];
	if?: string;
	steps?: Step[];
	permissions?: Record<string, string>;
	container?: string;
	strategy?: { matrix?: Record<string, unknown> };
	outputs?: Record<string, string>;
};
type Workflow = { on: Record<string, unknown>; concurrency?: { group: string; 'cancel-in-progress': boolean }; jobs: Record<string, Job> };

const workflow = async (name: string) => parse(await readFile(join(PROJECT_ROOT, '.github/workflows', name), 'utf8')) as Workflow;
const runs = (job: Job) => (job.steps ?? []).map((s) => s.run ?? '').join('\n');

describe('GitHub workflows', () => {
	it('pass the workflow linter (npm run lint:workflows)', async () => {
		const result = await runNode(['src/cli/lint-workflows.ts']);
		expect(result.stdout).toBe('.github/workflows/deploy.yml  ok\n.github/workflows/pr.yml  ok\n.github/workflows/sign-off.yml  ok\n');
		expect(result.code).toBe(0);
	});

	it('the linter fails a broken workflow', async () => {
		const dir = await writeContentDir({});
		const file = join(dir, 'broken.yml');
		await writeFile(file, 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    stepz: []\n');
		const result = await runNode(['src/cli/lint-workflows.ts', file]);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain("Additional property 'stepz' is not allowed");
	});

	it('.ci/run type-checks before it tests', async () => {
		const script = await readFile(join(PROJECT_ROOT, '.ci/run'), 'utf8');
		expect(script).toMatch(/npm run typecheck[^]*npm test/);
	});

	it('.ci/run installs nothing outside npm and tests with the npm-shipped browser', async () => {
		const script = await readFile(join(PROJECT_ROOT, '.ci/run'), 'utf8');
		expect(script).not.toContain('apt-get');
		expect(script).toMatch(/^export KAM_BROWSER=npm$/m);
	});

	it('pull requests: full history, npm install, annotated checks, type check, tests, build artifact, job summary', async () => {
		const pr = await workflow('pr.yml');
		expect(Object.keys(pr.on)).toEqual(['pull_request']);
		const job = pr.jobs.check!;
		const steps = job.steps!;
		expect(steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'fetch-depth': 0 });
		expect(steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with).toMatchObject({ 'node-version': 20 });
		const script = runs(job);
		expect(script).toContain('npm install');
		expect(script).not.toMatch(/npm ci\b/);
		// The browser tests' Chromium and fonts come with `npm install`.
		expect(script).not.toContain('apt-get');
		expect(script).toContain('npm run validate -- --format github');
		expect(script).toContain('npm run lint -- --format github');
		expect(script).toContain('npm run typecheck');
		expect(script).toContain('npm test');
		expect(script).toContain('npm run build');
		expect(script).toMatch(/pr-summary -- .* >> "\$GITHUB_STEP_SUMMARY"/);
		expect(steps.some((s) => s.uses?.startsWith('actions/upload-artifact@') && s.with?.path === 'dist/')).toBe(true);
	});

	it('pull requests that change only content skip the portal tests, and still validate, lint, build and summarise', async () => {
		const steps = (await workflow('pr.yml')).jobs.check!.steps!;
		const scope = steps.find((s) => s.run?.includes('npm run --silent pr-scope --'));
		expect(scope?.run).toContain('>> "$GITHUB_OUTPUT"');
		const onlyForCode = "${{ steps.changes.outputs.code == 'true' }}";
		const byRun = (fragment: string) => steps.find((s) => s.run?.includes(fragment));
		expect(byRun('npm test')?.if).toBe(onlyForCode);
		for (const always of ['npm run validate', 'npm run build', 'pr-summary']) expect(byRun(always)?.if ?? '', always).not.toContain('steps.changes');
		expect(steps.indexOf(scope!)).toBeLessThan(steps.indexOf(byRun('npm test')!));
	});

	it('publishing: on push to main, nightly and by hand; deploy only after a successful build, one at a time', async () => {
		const deploy = await workflow('deploy.yml');
		expect(deploy.on).toMatchObject({ push: { branches: ['main'] }, schedule: [{ cron: expect.any(String) }] });
		expect(deploy.on).toHaveProperty('workflow_dispatch');
		expect(deploy.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
		expect(deploy.jobs.deploy!.needs).toContain('build');
		expect(deploy.jobs.deploy!.if).toContain("needs.build.result == 'success'");
		expect(deploy.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
		expect(deploy.jobs.deploy!.steps![0]!.uses).toMatch(/^actions\/deploy-pages@/);
		const build = deploy.jobs.build!;
		expect(runs(build)).toContain('npm run validate -- --format github');
		expect(runs(build)).toContain('npm run typecheck');
		expect(runs(build)).toContain('npm test');
		expect(build.steps!.at(-1)!.uses).toMatch(/^actions\/upload-pages-artifact@/);
	});

	it('publishing: every policy portal is built by a job of a matrix and deployed together with the whole portal', async () => {
		const deploy = await workflow('deploy.yml');
		const list = deploy.jobs.portals!;
		expect(runs(list)).toContain('npm run --silent portals -- --format json');
		expect(list.outputs).toHaveProperty('ids');
		const portal = deploy.jobs.portal!;
		expect(portal.needs).toBe('portals');
		expect(portal.strategy?.matrix).toEqual({ portal: '${{ fromJSON(needs.portals.outputs.ids) }}' });
		expect(runs(portal)).toContain('npm run build -- --portal "${{ matrix.portal }}"');
		expect(portal.steps!.find((s) => s.uses?.startsWith('actions/upload-artifact@'))?.with).toMatchObject({ name: 'portal-${{ matrix.portal }}', path: 'dist/${{ matrix.portal }}/' });
		// The deploy waits for every portal: a failed portal build publishes nothing.
		expect(deploy.jobs.deploy!.needs).toEqual(['build', 'portals', 'portal']);
		expect(deploy.jobs.deploy!.if).toContain("needs.portal.result == 'success' || needs.portal.result == 'skipped'");
	});

	it('pull requests: CODEOWNERS out of date fails the check', async () => {
		const steps = (await workflow('pr.yml')).jobs.check!.steps!;
		expect(steps.find((s) => s.run?.includes('npm run codeowners -- --check'))?.if ?? '').not.toContain('steps.changes');
	});

	it('sign-off: runs on pull requests and their reviews, reads every review with gh api, checks with the author', async () => {
		const signOff = await workflow('sign-off.yml');
		expect(Object.keys(signOff.on)).toEqual(['pull_request', 'pull_request_review']);
		const job = signOff.jobs['sign-off']!;
		expect(job.steps!.find((s) => s.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'fetch-depth': 0, ref: '${{ github.event.pull_request.head.sha }}' });
		const script = runs(job);
		expect(script).toMatch(/gh api "repos\/\{owner\}\/\{repo\}\/pulls\/\$PR_NUMBER\/reviews" --paginate/);
		expect(script).toContain('npm run --silent sign-off -- "$BASE_SHA" --reviews "$RUNNER_TEMP/reviews.json" --author "$AUTHOR"');
		const check = job.steps!.find((s) => s.run?.includes('sign-off --'))! as Step & { env?: Record<string, string> };
		expect(check.env).toEqual({ BASE_SHA: '${{ github.event.pull_request.base.sha }}', AUTHOR: '${{ github.event.pull_request.user.login }}' });
	});

	it('npm run portals lists the policy portals as the matrix', async () => {
		const result = await runNode(['src/cli/portals.ts', '--format', 'json'], { KAM_CONTENT: 'content' });
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout)).toEqual(['east-china']);
	});

	it('npm run portals refuses a stray argument with exit 2', async () => {
		const result = await runNode(['src/cli/portals.ts', 'extra'], { KAM_CONTENT: 'content' });
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('unexpected argument `extra`; usage: npm run portals -- [--format json]');
	});
});
