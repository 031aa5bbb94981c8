import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isRunning, lockWorkDir, pruneWorkDirs, recordOutDir, workDirFor } from '../../src/build/work-dir.ts';

const scratch = await mkdtemp(join(tmpdir(), 'kam-workdir-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** A pid that belonged to a process which has exited. */
function deadPid(): number {
	const { pid } = spawnSync(process.execPath, ['-e', '']);
	return pid!;
}

describe('workDirFor', () => {
	it('is the same for the same output directory, and differs for another one', () => {
		expect(workDirFor('/p', '/sites/a/dist')).toBe(workDirFor('/p', '/sites/a/dist'));
		expect(workDirFor('/p', '/sites/a/dist')).not.toBe(workDirFor('/p', '/sites/b/dist'));
		expect(workDirFor('/p', '/sites/a/dist')).toMatch(/^\/p\/node_modules\/\.kam-work\/dist-[0-9a-f]{10}$/);
	});
});

/**
 * A zombie: `sh` starts a child that exits a moment later, once `sh` has become
 * `sleep`, which never collects it (a child that exits at once may be collected
 * by `sh` itself). Resolves to the zombie's pid and the way to end it.
 */
async function zombie(): Promise<{ pid: number; end(): void }> {
	const { spawn } = await import('node:child_process');
	const holder = spawn('sh', ['-c', 'sleep 0.5 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
	const pid = await new Promise<number>((resolvePid) => holder.stdout.once('data', (data) => resolvePid(Number(String(data).trim()))));
	await expect.poll(() => readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2], { timeout: 5_000, interval: 10 }).toBe('Z');
	return { pid, end: () => holder.kill('SIGKILL') };
}

describe('isRunning', () => {
	it('is true for a live process', () => {
		expect(isRunning(process.pid)).toBe(true);
	});

	it('is false for a process that has exited and was collected', () => {
		expect(isRunning(deadPid())).toBe(false);
	});

	it('is false for a killed process its parent has not collected yet (a zombie)', async () => {
		const { pid, end } = await zombie();
		try {
			expect(isRunning(pid)).toBe(false);
		} finally {
			end();
		}
	});
});

describe('lockWorkDir', () => {
	it('makes a second build wait until the first releases the lock, and tells it who holds it', async () => {
		const workDir = join(scratch, 'wait');
		const release = await lockWorkDir(workDir, () => {});
		const waitedFor: number[] = [];
		let acquired = false;
		const second = lockWorkDir(workDir, (pid) => waitedFor.push(pid)).then((unlock) => {
			acquired = true;
			return unlock;
		});
		await new Promise((resolve) => setTimeout(resolve, 500));
		expect(acquired).toBe(false);
		expect(waitedFor).toEqual([process.pid]);
		await release();
		await (await second)();
		expect(acquired).toBe(true);
	});

	it('takes over the lock of a build that was killed', async () => {
		const workDir = join(scratch, 'stale');
		await writeFile(`${workDir}.lock`, String(deadPid()));
		const waits: number[] = [];
		const release = await lockWorkDir(workDir, (pid) => waits.push(pid));
		expect(waits).toEqual([]);
		await release();
		expect(existsSync(`${workDir}.lock`)).toBe(false);
	});
});

describe('pruneWorkDirs', () => {
	it('removes work dirs whose output is gone, and keeps live or busy ones', async () => {
		const parent = join(scratch, 'prune');
		const liveOut = join(scratch, 'live-dist');
		await mkdir(liveOut, { recursive: true });
		const dirs = { gone: join(parent, 'gone'), live: join(parent, 'live'), busy: join(parent, 'busy'), unrecorded: join(parent, 'unrecorded') };
		for (const dir of Object.values(dirs)) await mkdir(join(dir, '.astro'), { recursive: true });
		await recordOutDir(dirs.gone, join(scratch, 'deleted-dist'));
		await recordOutDir(dirs.live, liveOut);
		await recordOutDir(dirs.busy, join(scratch, 'deleted-too'));
		const releaseBusy = await lockWorkDir(dirs.busy, () => {});
		await pruneWorkDirs(parent);
		expect(Object.fromEntries(Object.entries(dirs).map(([name, dir]) => [name, existsSync(dir)]))).toEqual({ gone: false, live: true, busy: true, unrecorded: false });
		await releaseBusy();
	});
});
