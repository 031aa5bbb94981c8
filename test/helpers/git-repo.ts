import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Git without the machine's own configuration, so tests see only what they set. */
const ISOLATED = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

export interface TestRepo {
	/** The repository's root. */
	root: string;
	git(args: string[], options?: { cwd?: string; env?: NodeJS.ProcessEnv }): Promise<string>;
	/** Writes (or, with `null`, deletes) files and commits them all on `date` (YYYY-MM-DD, noon UTC+8) as `author`. */
	commit(files: Record<string, string | null>, message: string, date: string, author?: string): Promise<string>;
	/** Renames a file with `git mv` (commit separately). */
	move(from: string, to: string): Promise<void>;
}

/** A fresh repository in a temp directory with a local user, for history tests with real commits. */
export async function createTestRepo(): Promise<TestRepo> {
	const root = await mkdtemp(join(tmpdir(), 'kam-repo-'));
	const git = async (args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) =>
		(await run('git', args, { cwd: options.cwd ?? root, env: { ...process.env, ...ISOLATED, ...options.env } })).stdout;
	await git(['init', '-q', '-b', 'main']);
	await git(['config', 'user.name', 'Test Runner']);
	await git(['config', 'user.email', 'runner@example.com']);
	return {
		root,
		git,
		async commit(files, message, date, author = 'Test Runner') {
			for (const [path, text] of Object.entries(files)) {
				const full = join(root, path);
				if (text === null) await rm(full);
				else {
					await mkdir(dirname(full), { recursive: true });
					await writeFile(full, text);
				}
			}
			await git(['add', '-A']);
			const stamp = `${date}T12:00:00+08:00`;
			await git(['commit', '-q', '-m', message, '--author', `${author} <${author.toLowerCase().replace(/\W+/g, '.')}@example.com>`], {
				env: { GIT_AUTHOR_DATE: stamp, GIT_COMMITTER_DATE: stamp },
			});
			return (await git(['rev-parse', 'HEAD'])).trim();
		},
		async move(from, to) {
			await mkdir(dirname(join(root, to)), { recursive: true });
			await git(['mv', from, to]);
		},
	};
}
