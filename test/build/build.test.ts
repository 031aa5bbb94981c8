import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readContentDir } from '../../src/node/read-content-dir.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { PARENT_PID_VARIABLE } from '../../src/build/parent-watch.ts';
import { isRunning, workDirFor } from '../../src/build/work-dir.ts';
import { buildSite, childEnv, PROJECT_ROOT, SAMPLE_CONTENT } from '../helpers/build-site.ts';
import { copySampleContent } from '../helpers/content-fixture.ts';

async function listFiles(dir: string): Promise<Map<string, string>> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const files = new Map<string, string>();
	for (const entry of entries.filter((e) => e.isFile())) {
		const path = join(entry.parentPath, entry.name);
		const info = await stat(path);
		files.set(path.slice(dir.length), `${info.size}:${info.mtimeMs}`);
	}
	return files;
}

describe('npm run build', () => {
	it('publishes a page for every plan of the sample content', async () => {
		const siteDir = inject('sampleSiteDir');
		const { plans } = validateContent(await readContentDir(SAMPLE_CONTENT));
		expect(plans.length).toBeGreaterThanOrEqual(16);
		for (const plan of plans) {
			const html = await readFile(join(siteDir, 'accounts', plan.slug, 'index.html'), 'utf8');
			expect(html, plan.slug).toContain(escapeText(plan.frontmatter.name));
		}
	});

	it('fails on a broken plan and leaves the previous output exactly as it was', async () => {
		const contentDir = await copySampleContent();
		const first = await buildSite({ contentDir });
		expect(first.code).toBe(0);
		const before = await listFiles(first.outDir);

		const planPath = join(contentDir, 'accounts', 'broken-plan.mdx');
		await writeFile(planPath, '---\nname: Broken\ntier: gold\n---\n');
		const second = await buildSite({ contentDir, outDir: first.outDir });
		expect(second.code).toBe(1);
		expect(second.stdout).toContain('accounts/broken-plan.mdx');
		expect(second.stderr).toContain('nothing was published');
		expect(await listFiles(first.outDir)).toEqual(before);
		const siblings = await readdir(join(first.outDir, '..'));
		expect(siblings.filter((name) => name.startsWith('.kam-build-'))).toEqual([]);
	});
});

function escapeText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Pids of live processes whose working directory is this one. */
async function processesWorkingIn(dir: string): Promise<number[]> {
	const { readlink } = await import('node:fs/promises');
	const pids: number[] = [];
	for (const entry of await readdir('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		const cwd = await readlink(`/proc/${entry}/cwd`).catch(() => '');
		if (cwd === dir) pids.push(Number(entry));
	}
	return pids;
}

/** Live processes a build started (Astro's, the validation's and theirs): they carry its pid. */
async function processesStartedBy(buildPid: number): Promise<number[]> {
	const marker = `${PARENT_PID_VARIABLE}=${buildPid}\0`;
	const pids: number[] = [];
	for (const entry of await readdir('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		const environment = await readFile(`/proc/${entry}/environ`, 'utf8').catch(() => '');
		if (environment.includes(marker) && isRunning(Number(entry))) pids.push(Number(entry));
	}
	return pids;
}

describe('concurrent builds', () => {
	it('into the same directory run one after the other, and the last one started is published', async () => {
		const [full, trimmed] = await Promise.all([copySampleContent(), copySampleContent()]);
		await rm(join(trimmed, 'accounts/hulunbuir-open-pit-mining.mdx'));
		const outDir = join(await mkdtemp(join(tmpdir(), 'kam-same-')), 'dist');
		const first = buildSite({ contentDir: full, outDir });
		// The second starts once the first holds the output directory's lock.
		await expect.poll(() => existsSync(`${workDirFor(PROJECT_ROOT, outDir)}.lock`), { timeout: 30_000, interval: 20 }).toBe(true);
		const second = await buildSite({ contentDir: trimmed, outDir });
		expect([(await first).code, second.code], second.stderr).toEqual([0, 0]);
		expect(second.stdout).toMatch(/Waiting for the build into .* that is running \(pid \d+\)/);
		expect(await readdir(join(outDir, 'accounts'))).not.toContain('hulunbuir-open-pit-mining');
	});

	it('each publish their own content (no shared generated modules)', async () => {
		const [renamed, trimmed] = await Promise.all([copySampleContent(), copySampleContent()]);
		const plan = 'accounts/hulunbuir-open-pit-mining.mdx';
		await rename(join(renamed, plan), join(renamed, 'accounts/hulunbuir-renamed.mdx'));
		await rm(join(trimmed, plan));
		const [a, b] = await Promise.all([buildSite({ contentDir: renamed }), buildSite({ contentDir: trimmed })]);
		expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
		const plansOf = async (outDir: string) => (await readdir(join(outDir, 'accounts'))).filter((name) => !name.includes('.')).sort();
		const samplePlans = (await readdir(join(SAMPLE_CONTENT, 'accounts'), { recursive: true })).filter((f) => f.endsWith('.mdx')).length;
		expect(await plansOf(a.outDir)).toContain('hulunbuir-renamed');
		expect(await plansOf(a.outDir)).not.toContain('hulunbuir-open-pit-mining');
		expect(await plansOf(a.outDir)).toHaveLength(samplePlans);
		expect(await plansOf(b.outDir)).toHaveLength(samplePlans - 1);
	});
});

describe('an interrupted build', () => {
	it('never leaves a half-written site in dist, and the next build clears its leftovers', async () => {
		const contentDir = await copySampleContent();
		const first = await buildSite({ contentDir });
		expect(first.code).toBe(0);
		const before = await listFiles(first.outDir);
		const parent = join(first.outDir, '..');

		const { spawn } = await import('node:child_process');
		const child = spawn(process.execPath, ['--no-warnings', 'src/build/build.ts', '--out', first.outDir], {
			cwd: join(import.meta.dirname, '../..'),
			env: childEnv({ KAM_CONTENT: contentDir, KAM_AS_OF: '2026-11-22', KAM_CACHE_DIR: join(parent, '.astro-cache') }),
			stdio: 'ignore',
		});
		// Kill it hard once it has started writing the staging directory.
		const deadline = Date.now() + 60_000;
		while (Date.now() < deadline && !(await readdir(parent)).some((name) => name.startsWith('.kam-build-'))) {
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		child.kill('SIGKILL');
		await new Promise((resolve) => child.once('close', resolve));
		expect(await listFiles(first.outDir)).toEqual(before);

		const next = await buildSite({ contentDir, outDir: first.outDir });
		expect(next.code).toBe(0);
		expect((await readdir(parent)).filter((name) => name.startsWith('.kam-'))).toEqual([]);
	});

	it("stops Astro's process and the validation too, so nothing keeps writing after the kill", async () => {
		const contentDir = await copySampleContent();
		const parent = await mkdtemp(join(tmpdir(), 'kam-kill-'));
		const { spawn } = await import('node:child_process');
		const child = spawn(process.execPath, ['--no-warnings', 'src/build/build.ts', '--out', join(parent, 'dist')], {
			cwd: join(import.meta.dirname, '../..'),
			env: childEnv({ KAM_CONTENT: contentDir, KAM_AS_OF: '2026-11-22', KAM_CACHE_DIR: join(parent, '.astro-cache') }),
			stdio: 'ignore',
		});
		// Astro's process works in the work dir of this output directory.
		const workDir = workDirFor(PROJECT_ROOT, join(parent, 'dist'));
		await expect.poll(() => processesWorkingIn(workDir), { timeout: 60_000, interval: 20 }).not.toEqual([]);
		child.kill('SIGKILL');
		await new Promise((resolve) => child.once('close', resolve));
		await expect.poll(() => processesWorkingIn(workDir), { timeout: 2_000 }).toEqual([]);
		await expect.poll(() => processesStartedBy(child.pid!), { timeout: 2_000 }).toEqual([]);
	});
});

describe('the browser scripts of the built site', () => {
	it('carry no schema or validator code: the vocabularies they need come without zod', async () => {
		const assets = join(inject('sampleSiteDir'), '_astro');
		const scripts = (await readdir(assets)).filter((name) => name.endsWith('.js'));
		expect(scripts.length).toBeGreaterThan(3);
		const withZod: string[] = [];
		for (const name of scripts) if (/\$?ZodError|\$ZodType/.test(await readFile(join(assets, name), 'utf8'))) withZod.push(name);
		expect(withZod).toEqual([]);
	});
});
