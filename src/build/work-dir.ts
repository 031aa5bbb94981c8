/**
 * Astro's working directory for builds into one output directory, and the lock
 * that lets only one such build run at a time.
 *
 * The directory is the same for every build into the same output: Astro's
 * generated modules and prerender bundle then keep their paths from one build
 * to the next, so Node's compile cache (which Astro's own CLI enables) reuses
 * the code of unchanged modules. Builds into other directories run in parallel.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** `<project>/node_modules/.kam-work/<name of out>-<hash of its path>`: inside the project, so the bundle resolves node_modules. */
export function workDirFor(projectRoot: string, outDir: string): string {
	const hash = createHash('sha256').update(outDir).digest('hex').slice(0, 10);
	return join(projectRoot, 'node_modules', '.kam-work', `${basename(outDir)}-${hash}`);
}

/** Removes a tree, retrying, because a killed build's last writes can still be landing. */
export function removeTree(path: string): Promise<void> {
	return rm(path, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

/** Whether a process with this pid is alive (a zombie is not). */
export function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
	return !isZombie(pid);
}

/**
 * A killed process stays in the process table until its parent collects it,
 * which the init of a container may do only seconds later; it runs no more.
 */
function isZombie(pid: number): boolean {
	try {
		// `pid (command) state ...`; the command may hold spaces and parentheses.
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
	} catch {
		return false;
	}
}

/**
 * Takes `<workDir>.lock` for this process, waiting while another build holds
 * it (`onWait` is told its pid once). Resolves to the function that releases it.
 */
export async function lockWorkDir(workDir: string, onWait: (pid: number) => void): Promise<() => Promise<void>> {
	await mkdir(join(workDir, '..'), { recursive: true });
	const lockFile = `${workDir}.lock`;
	let told = false;
	for (;;) {
		const unlock = await tryLock(lockFile);
		if (unlock) return unlock;
		const holder = await lockHolder(lockFile);
		if (holder && !told) {
			onWait(holder);
			told = true;
		}
		await new Promise((resolveWait) => setTimeout(resolveWait, 200));
	}
}

/** An empty lock is being written, unless it is older than a moment (its writer was killed). */
async function isFresh(lockFile: string): Promise<boolean> {
	const info = await stat(lockFile).catch(() => undefined);
	return info !== undefined && Date.now() - info.mtimeMs < 2000;
}

/** The pid in a lock file; 0 while it is being written (an empty file). */
async function lockHolder(lockFile: string): Promise<number> {
	return Number(await readFile(lockFile, 'utf8').catch(() => '')) || 0;
}

/**
 * Creates the lock file with this pid in it, unless a live process holds it;
 * the lock of a process that is gone (a killed build) is taken over. Resolves
 * to the lock's release, or undefined when it is held.
 */
async function tryLock(lockFile: string): Promise<(() => Promise<void>) | undefined> {
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const handle = await open(lockFile, 'wx');
			await handle.writeFile(String(process.pid));
			await handle.close();
			return () => rm(lockFile, { force: true });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		const holder = await lockHolder(lockFile);
		const alive = holder === 0 ? await isFresh(lockFile) : isRunning(holder);
		if (alive) return undefined;
		await rm(lockFile, { force: true });
	}
	return undefined;
}

/** Which output directory a work dir serves, so it can be pruned once that is gone. */
const OUT_DIR_RECORD = 'out-dir.txt';

export async function recordOutDir(workDir: string, outDir: string): Promise<void> {
	await writeFile(join(workDir, OUT_DIR_RECORD), outDir);
}

/**
 * Removes work dirs whose output directory no longer exists, each under its
 * lock (a busy one is skipped), so builds into throwaway directories leave
 * nothing behind for long.
 */
export async function pruneWorkDirs(workDirParent: string): Promise<void> {
	for (const entry of await readdir(workDirParent).catch(() => [])) {
		if (entry.endsWith('.lock')) continue;
		const workDir = join(workDirParent, entry);
		const unlock = await tryLock(`${workDir}.lock`);
		if (!unlock) continue;
		try {
			const outDir = await readFile(join(workDir, OUT_DIR_RECORD), 'utf8').catch(() => undefined);
			// No record: a build killed before writing one.
			if (outDir === undefined || !existsSync(outDir)) await removeTree(workDir);
		} finally {
			await unlock();
		}
	}
}
